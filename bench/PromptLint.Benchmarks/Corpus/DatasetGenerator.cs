using System.Text;

namespace PromptLint.Benchmarks.Corpus;

/// <summary>
/// Writes a chat fine-tuning JSONL of about the requested size under artifacts/bench-corpus (git-ignored, never
/// committed): one system prompt, varied user tickets and JSON answers, about 420 bytes a line, with a few
/// duplicates and prose answers mixed in so every dataset check has work to do.
/// </summary>
internal static class DatasetGenerator
{
    private static readonly string[] Topics = { "invoice", "refund", "parcel", "tent", "boots", "password", "address", "stove", "jacket", "voucher", "return label", "warranty" };
    private static readonly string[] Problems = { "is wrong", "never arrived", "is broken", "was charged twice", "cannot be found", "does not fit", "arrived damaged", "was cancelled" };
    private static readonly string[] Categories = { "billing", "shipping", "product", "account" };

    public static string PathFor(int megabytes) => Path.Combine(BenchPaths.CorpusRoot, "datasets", $"train-{megabytes}mb.jsonl");

    /// <summary>Generates the file if it is missing; returns its path.</summary>
    public static string Ensure(int megabytes)
    {
        string path = PathFor(megabytes);
        if (File.Exists(path) && new FileInfo(path).Length >= megabytes * 1_000_000L)
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(megabytes);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        long written = 0;
        for (int i = 0; written < megabytes * 1_000_000L; i++)
        {
            string topic = Topics[random.Next(Topics.Length)], problem = Problems[random.Next(Problems.Length)];
            string user = $"Hello, my {topic} {problem} (order {100000 + i}, account {random.Next(1_000_000)}). I wrote on day {random.Next(1, 29)} and heard nothing back; what can you do?";
            string answer = i % 50 == 7
                ? $"This ticket is about {Categories[i % 4]}."
                : $"{{\\\"category\\\": \\\"{Categories[i % 4]}\\\", \\\"priority\\\": \\\"P{1 + random.Next(3)}\\\", \\\"order\\\": {100000 + i}}}";
            string line = "{\"messages\": [{\"role\": \"system\", \"content\": \"You are the ticket triage assistant for Northwind Outdoor. Reply with JSON only.\"}, "
                + $"{{\"role\": \"user\", \"content\": \"{user}\"}}, {{\"role\": \"assistant\", \"content\": \"{answer}\"}}]}}";
            writer.WriteLine(line);
            written += line.Length + 1;
        }

        return path;
    }
}
