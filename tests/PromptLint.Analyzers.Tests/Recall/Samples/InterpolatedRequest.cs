// library
// A user request with a hole in it and no instructions.
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

public sealed class ReviewSummarizer(IChatClient client)
{
    public async Task<string> SummarizeAsync(string review)
    {
        ChatResponse response = await client.GetResponseAsync($"Summarize this product review in one line: {review}"); // expect: PL1005
        return response.Text;
    }
}
