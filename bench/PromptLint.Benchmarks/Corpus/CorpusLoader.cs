using System.Text;
using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Readers;

namespace PromptLint.Benchmarks.Corpus;

/// <summary>One prompt file held in memory, as a host would hand it to Core.</summary>
internal sealed class LintItem
{
    public LintItem(string path, byte[] bytes, string text, IReadOnlyDictionary<string, string>? companions)
    {
        Path = path;
        Bytes = bytes;
        Text = text;
        Companions = companions;
        Input = new PromptInput(path, text, companions);
        Format = PromptFormats.FromFileName(path);
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public string Text { get; }

    public IReadOnlyDictionary<string, string>? Companions { get; }

    public PromptInput Input { get; }

    public PromptFormat Format { get; }

    public static LintItem FromText(string path, string text, IReadOnlyDictionary<string, string>? companions = null) =>
        new(path, Encoding.UTF8.GetBytes(text), text, companions);
}

/// <summary>
/// Loads a folder the way <c>promptlint lint &lt;folder&gt;</c> selects files: every file whose name maps to a
/// format and whose text looks like a prompt (<see cref="PromptFormats.IsLikelyPrompt"/>), with Semantic Kernel's
/// sibling <c>config.json</c> passed as a companion. File IO happens here, once, outside the timed region.
/// </summary>
internal static class CorpusLoader
{
    public static List<LintItem> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"corpus folder not found: {folder} (run the 'generate' command first)");
        }

        var items = new List<LintItem>();
        var strict = new UTF8Encoding(false, true);
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (PromptFormats.FromFileName(file) == PromptFormat.Unknown)
            {
                continue;
            }

            byte[] bytes = File.ReadAllBytes(file);
            string text = strict.GetString(bytes);
            if (!PromptFormats.IsLikelyPrompt(file, text))
            {
                continue;
            }

            Dictionary<string, string>? companions = null;
            if (PromptFormats.FromFileName(file) == PromptFormat.SemanticKernelText)
            {
                string config = Path.Combine(Path.GetDirectoryName(file)!, PromptFormats.SemanticKernelConfig);
                if (File.Exists(config))
                {
                    companions = new Dictionary<string, string> { [PromptFormats.SemanticKernelConfig] = File.ReadAllText(config) };
                }
            }

            string display = Path.GetRelativePath(folder, file).Replace('\\', '/');
            items.Add(new LintItem(display, bytes, text, companions));
        }

        return items;
    }

    public static long TotalBytes(IEnumerable<LintItem> items) => items.Sum(i => (long)i.Bytes.Length);
}
