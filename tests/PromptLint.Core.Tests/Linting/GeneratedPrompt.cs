using System.Text;

namespace PromptLint.Core.Tests.Linting;

/// <summary>
/// Seeded prompt texts in several formats, mixing what the heuristics look at (roles, output formats, examples, lists,
/// headings, template variables, secrets-shaped tokens, conflicting lengths) with random words and non-ASCII text.
/// </summary>
internal static class GeneratedPrompt
{
    private static readonly string[] Extensions = [".md", ".txt", ".prompty", ".prompt", ".jinja2", ".json"];

    private static readonly string[] Sentences =
    [
        "You are a support assistant for an outdoor shop.",
        "Answer in JSON with the keys \"answer\" and \"confidence\".",
        "Keep every answer under 50 words.",
        "Write at least 300 words.",
        "Never mention competitors.",
        "Respond in Markdown with a table.",
        "Input: my tent leaks\nOutput: {\"answer\": \"We will replace it.\"}",
        "Q: Where is my order?\nA: It ships tomorrow.",
        "<example>\nUser: hello\nAssistant: Hi! How can I help?\n</example>",
        "Use the customer's name {{customer_name}} and the order {{order_id}}.",
        "api_key = sk-test-ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
        "Réponds en français, sans émojis — s'il te plaît.",
        "Today is 2024-03-01 and the price of the tent is $199.",
        "- Be concise.\n- Be polite.\n- Cite the policy section.",
        "## Output format\nReturn a bulleted list.",
    ];

    private static readonly string[] Words = ["order", "refund", "tent", "policy", "shipping", "customer", "always", "never", "briefly", "détail", "größe", "数据", "format", "example", "role"];

    public static string Name(int seed) => $"generated/prompt-{seed:D3}{Extensions[seed % Extensions.Length]}";

    public static string Text(int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        string extension = Extensions[seed % Extensions.Length];
        if (extension == ".json")
        {
            return "[{\"role\": \"system\", \"content\": \"" + Body(random).Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"}, {\"role\": \"user\", \"content\": \"{{question}}\"}]";
        }

        if (extension is ".prompty" or ".prompt")
        {
            sb.Append("---\nname: generated").Append(seed).Append("\ndescription: a generated prompt\nmodel:\n  api: chat\ninputs:\n  question:\n    type: string\n---\n");
            sb.Append(extension == ".prompty" ? "system:\n" : "{{role \"system\"}}\n");
        }

        return sb.Append(Body(random)).Append(extension == ".prompty" ? "\n\nuser:\n{{question}}\n" : "\n").ToString();
    }

    private static string Body(Random random)
    {
        var sb = new StringBuilder();
        int parts = random.Next(3, 12);
        for (int i = 0; i < parts; i++)
        {
            sb.Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
            for (int w = random.Next(0, 25); w > 0; w--)
            {
                sb.Append(Words[random.Next(Words.Length)]).Append(random.Next(8) == 0 ? ". " : " ");
            }

            sb.Append(random.Next(3) == 0 ? "\n\n" : "\n");
        }

        return sb.ToString();
    }
}
