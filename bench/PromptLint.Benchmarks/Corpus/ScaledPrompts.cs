using System.Collections.Concurrent;
using System.Text;

namespace PromptLint.Benchmarks.Corpus;

/// <summary>
/// One realistic prompt per format, grown to a target size by adding worked examples and reference rows
/// (one example plus half a catalogue row per step), so 1x, 10x and 100x differ only in how many realistic
/// sections they repeat. Base size is 10,000 bytes: 1x ≈ 10 KB, 10x ≈ 100 KB, 100x ≈ 1 MB (under the
/// 1 MiB <c>maxFileBytes</c> default, so the CLI would lint it too).
/// </summary>
internal static class ScaledPrompts
{
    public const int BaseBytes = 10_000;

    private static readonly ConcurrentDictionary<(FileKind, int), LintItem> Cache = new();

    /// <summary>The example style each format's scaled prompt uses, so every example detector gets its turn.</summary>
    public static ExampleStyle StyleFor(FileKind kind) => kind switch
    {
        FileKind.SkYaml => ExampleStyle.XmlTags,
        FileKind.Scriban => ExampleStyle.Numbered,
        FileKind.Markdown => ExampleStyle.InputOutput,
        FileKind.PlainText => ExampleStyle.QuestionAnswer,
        _ => ExampleStyle.Turns,
    };

    public static LintItem Get(FileKind kind, int scale) => Cache.GetOrAdd((kind, scale), key => Build(key.Item1, BaseBytes * key.Item2));

    private static LintItem Build(FileKind kind, int targetBytes)
    {
        int small = 4, large = 40;
        int s0 = Render(kind, small).Bytes.Length;
        int s1 = Render(kind, large).Bytes.Length;
        double perStep = (double)(s1 - s0) / (large - small);
        int n = Math.Max(1, small + (int)Math.Round((targetBytes - s0) / perStep));
        LintItem item = Render(kind, n);
        for (int i = 0; i < 4 && Math.Abs(item.Bytes.Length - targetBytes) > targetBytes / 50; i++)
        {
            n = Math.Max(1, n + (int)Math.Round((targetBytes - item.Bytes.Length) / perStep));
            item = Render(kind, n);
        }

        return item;
    }

    private static LintItem Render(FileKind kind, int examples)
    {
        var content = new PromptContent(CorpusGenerator.DefaultSeed + (int)kind);
        var writer = new PromptWriter(content.Random);
        PromptSpec spec = content.NextSpec("support", 0, examples, examples / 2, Defect.None, StyleFor(kind));
        IReadOnlyList<GeneratedFile> files = writer.Render(kind, spec, "scaled");
        GeneratedFile prompt = files[0];
        IReadOnlyDictionary<string, string>? companions = files.Count > 1
            ? files.Skip(1).ToDictionary(f => Path.GetFileName(f.RelativePath), f => f.Text)
            : null;
        return new LintItem(prompt.RelativePath, Encoding.UTF8.GetBytes(prompt.Text), prompt.Text, companions);
    }
}
