using Mono.Cecil;

namespace PromptLint.Core.Tests.Architecture;

/// <summary>
/// Core's folders form layers (docs/architecture.md, "Layers"): a type may use its own layer and the layers below it,
/// never one above, and the areas that share a layer never form a circle. Measured on both builds of Core.
/// </summary>
public sealed class CoreLayersTests
{
    /// <summary>Bottom first. One line per level; areas on one line share the level.</summary>
    internal static readonly IReadOnlyList<string[]> Layers =
    [
        ["Text", "Limits"],
        ["Json", "Diagnostics"],
        ["Settings"],
        ["Templates"],
        ["Model"],
        ["Readers"],
        ["Formats"],
        ["Analysis"],
        ["Models"],
        ["Datasets"],
        ["FineTuning"],
        ["Rules"],
        ["Configuration", "Suppressions"],
        ["Linting", "Baselines"],
        ["Pipeline", "Ladder"],
    ];

    private static readonly LayerCheck Check = new("PromptLint", Layers);

    public static TheoryData<string> CoreBuilds => ["net10.0", "netstandard2.0"];

    [Theory]
    [MemberData(nameof(CoreBuilds))]
    public void NoTypeUsesALayerAboveItsOwnAndNoLayerHoldsACircle(string build)
    {
        using ModuleDefinition core = ModuleDefinition.ReadModule(CorePath(build));
        IReadOnlyList<TypeEdge> edges = TypeReferences.Of(core);
        Assert.NotEmpty(edges);

        IReadOnlyList<string> violations = Check.Violations(edges);

        Assert.True(violations.Count == 0, Report(violations, edges));
    }

    [Theory]
    [MemberData(nameof(CoreBuilds))]
    public void CoreNeitherTouchesTheDiskNorCallsNativeCode(string build)
    {
        using ModuleDefinition core = ModuleDefinition.ReadModule(CorePath(build));

        IReadOnlyList<string> violations = DiskAccessCheck.Violations(core);

        Assert.True(violations.Count == 0, "Disk access belongs in PromptLint.Hosting:\n  " + string.Join("\n  ", violations));
    }

    private static string Report(IReadOnlyList<string> violations, IReadOnlyList<TypeEdge> edges) =>
        $"{violations.Count} violation(s) of the layers in CoreLayersTests.Layers:\n  " + string.Join("\n  ", violations) +
        "\n\nMeasured edges between areas:\n  " + string.Join("\n  ", AreaSummary(edges));

    private static IEnumerable<string> AreaSummary(IReadOnlyList<TypeEdge> edges) =>
        edges.Select(e => (from: Check.AreaOf(e.From), to: Check.AreaOf(e.To), e))
            .Where(t => t.from is not null && t.to is not null && t.from != t.to)
            .GroupBy(t => $"{t.from} -> {t.to}")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.Count()}): {string.Join(", ", g.Take(3).Select(t => t.e))}{(g.Count() > 3 ? ", …" : "")}");

    internal static string CorePath(string build)
    {
        string net10 = typeof(PromptLint.Linting.Linter).Assembly.Location;
        if (build == "net10.0") return net10;
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string path = Path.Combine(testOutput.Parent!.Parent!.FullName, "PromptLint.Core", testOutput.Name + "_netstandard2.0", "PromptLint.Core.dll");
        Assert.True(File.Exists(path), $"the netstandard2.0 build of Core is missing at {path}");
        return path;
    }
}
