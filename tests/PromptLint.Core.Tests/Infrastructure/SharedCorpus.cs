namespace PromptLint.Core.Tests.Infrastructure;

/// <summary>
/// The shared labeled corpus (<c>../shared/corpus</c>, read in place, never copied) and its split by source repository
/// (docs/accuracy.md): tuning sources are read while designing signals, check sources are only scored. Tests print ids
/// of tuning items only, so a failing test never shows which check item it missed.
/// </summary>
internal static class SharedCorpus
{
    public static readonly string Root = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpus"));

    public static readonly IReadOnlySet<string> CheckSources = new HashSet<string>(StringComparer.Ordinal) { "github/awesome-copilot", "microsoft/poml" };

    /// <summary>Why a corpus-backed test is skipped here (the corpus is absent outside CI), or null when it runs.</summary>
    public static string? SkipReason =>
        File.Exists(Path.Combine(Root, "labels.tsv")) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{Root} is not here";

    /// <summary>False (after saying why) when the corpus is absent; under <c>CI=true</c> its absence fails the test.</summary>
    public static bool IsPresent(Xunit.Abstractions.ITestOutputHelper output)
    {
        if (File.Exists(Path.Combine(Root, "labels.tsv")) && File.Exists(Path.Combine(Root, "manifest.tsv")))
        {
            return true;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"{Root} is absent under CI=true");
        output.WriteLine($"skipped: {Root} is not here");
        return false;
    }

    public static List<(string Id, Dictionary<string, string> Row)> Labels()
    {
        string[] lines = File.ReadAllLines(Path.Combine(Root, "labels.tsv"));
        string[] header = lines[0].Split('\t');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            string[] cols = l.Split('\t');
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cols.Length ? cols[i] : string.Empty;
            }

            return (cols[0], row);
        }).ToList();
    }

    /// <summary>Item id → source repository (manifest.tsv).</summary>
    public static Dictionary<string, string> Sources() =>
        File.ReadLines(Path.Combine(Root, "manifest.tsv")).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > 1)
            .ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);

    public static string ItemFile(string id) => Directory.GetFiles(Path.Combine(Root, "items", id)).Single();
}

/// <summary>A fact over the shared corpus: skipped, with the reason in its name, when the corpus is absent outside CI.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        Skip = SharedCorpus.SkipReason;
        DisplayName = Skip is null ? null : $"{test} (skipped: {Skip})";
    }
}

/// <summary>A theory over the shared corpus: skipped, with the reason in its name, when the corpus is absent outside CI.</summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        Skip = SharedCorpus.SkipReason;
        DisplayName = Skip is null ? null : $"{test} (skipped: {Skip})";
    }
}
