using System.Text;

namespace PromptLint.Benchmarks.Corpus;

/// <summary>
/// Writes a deterministic corpus of prompt files (every supported format) plus verbatim copies of
/// <c>prompts-examples/</c>. Same seed and counts, same bytes: the corpus is regenerated, never checked in.
/// </summary>
internal static class CorpusGenerator
{
    public const int DefaultSeed = 20250611;
    public const int CliSeed = 424242;

    /// <summary>Marks a folder as generated, so regeneration may delete it and nothing else.</summary>
    private const string Marker = ".promptlint-bench-corpus";

    private static readonly (FileKind Kind, int Weight)[] FormatWeights =
    {
        (FileKind.Prompty, 20), (FileKind.Dotprompt, 12), (FileKind.SkText, 12), (FileKind.SkYaml, 12),
        (FileKind.Scriban, 8), (FileKind.Markdown, 14), (FileKind.PlainText, 10), (FileKind.JsonChat, 12),
    };

    private static readonly string[] Features =
    {
        "support-bot", "checkout", "search", "returns", "catalogue", "analytics", "moderation", "translations",
        "invoicing", "onboarding", "reviews", "shipping", "loyalty", "internal-tools", "developer-portal", "hr-assistant",
    };

    public sealed record Result(string Folder, int GeneratedPrompts, int ExampleFiles, int FilesWritten, long BytesWritten);

    /// <summary>The throughput corpus: 1,000 generated prompts plus 5 copies of the examples.</summary>
    public static Result GenerateMain(string folder) => Generate(folder, generated: 1000, exampleCopies: 5, seed: DefaultSeed);

    /// <summary>The CLI folder: one copy of the examples plus enough generated prompts for 200 prompt files in all.</summary>
    public static Result GenerateCli(string folder) => Generate(folder, generated: CliFiles - ExamplePromptCount(), exampleCopies: 1, seed: CliSeed);

    public const int CliFiles = 200;

    /// <summary>How many files of <c>prompts-examples/</c> the CLI lints (its README and SK <c>config.json</c> files are not prompts).</summary>
    public static int ExamplePromptCount() => CorpusLoader.Load(BenchPaths.ExamplesFolder)
        .Count(i => !string.Equals(Path.GetFileName(i.Path), "README.md", StringComparison.OrdinalIgnoreCase));

    public static Result Generate(string folder, int generated, int exampleCopies, int seed)
    {
        PrepareFolder(folder);
        var content = new PromptContent(seed);
        var writer = new PromptWriter(content.Random);
        int totalWeight = FormatWeights.Sum(w => w.Weight);
        Defect[] defects = Enum.GetValues<Defect>().Where(d => d != Defect.None).ToArray();
        int files = 0;
        long bytes = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        for (int i = 0; i < generated; i++)
        {
            int pick = content.Random.Next(totalWeight);
            FileKind kind = FormatWeights[0].Kind;
            foreach ((FileKind k, int weight) in FormatWeights)
            {
                if (pick < weight)
                {
                    kind = k;
                    break;
                }

                pick -= weight;
            }

            Defect defect = content.Chance(0.75) ? Defect.None : defects[content.Random.Next(defects.Length)];
            PromptSpec spec = content.NextSpec(i, defect);
            string feature = Features[i % Features.Length];
            foreach (GeneratedFile file in writer.Render(kind, spec, feature))
            {
                string path = Path.Combine(folder, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                byte[] data = utf8.GetBytes(file.Text);
                File.WriteAllBytes(path, data);
                files++;
                bytes += data.Length;
            }
        }

        int exampleFiles = 0;
        string examples = BenchPaths.ExamplesFolder;
        for (int copy = 1; copy <= exampleCopies; copy++)
        {
            foreach (string source in Directory.EnumerateFiles(examples, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                string relative = Path.GetRelativePath(examples, source);
                if (string.Equals(Path.GetFileName(relative), "README.md", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // documentation about the examples, not a prompt (the CLI skips README files too)
                }

                string target = Path.Combine(folder, $"examples-copy-{copy}", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
                exampleFiles++;
                files++;
                bytes += new FileInfo(target).Length;
            }
        }

        return new Result(folder, generated, exampleFiles, files, bytes);
    }

    private static void PrepareFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            bool ours = File.Exists(Path.Combine(folder, Marker));
            bool empty = !Directory.EnumerateFileSystemEntries(folder).Any();
            if (!ours && !empty)
            {
                throw new InvalidOperationException($"refusing to overwrite {folder}: it exists and was not created by the corpus generator");
            }

            if (ours)
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), "Generated by bench/PromptLint.Benchmarks; safe to delete.\n");
    }
}
