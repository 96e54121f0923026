using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Mono.Cecil;

namespace PromptLint.Core.Tests.Architecture;

/// <summary>
/// The checker behind <see cref="CoreLayersTests"/>, fed small in-memory assemblies: it reports a deliberate back edge
/// however the reference is written, a circle within one layer, and nothing for an edge that points down.
/// </summary>
public sealed class LayerCheckTests
{
    private static readonly LayerCheck CoreOrder = new("PromptLint", CoreLayersTests.Layers);

    private const string RulesType = "namespace PromptLint.Rules { public class Rule { public static int Count; } }\n";

    public static TheoryData<string> BackEdges =>
    [
        "public class Span { public PromptLint.Rules.Rule Field; }",
        "public class Span : PromptLint.Rules.Rule { }",
        "public class Span { public System.Collections.Generic.List<PromptLint.Rules.Rule[]> Items() => null; }",
        "public class Span { public int Read() => PromptLint.Rules.Rule.Count; }",
        "public class Span { public System.Func<object> Make() => () => new PromptLint.Rules.Rule(); }",
        "[Marker(typeof(PromptLint.Rules.Rule))] public class Span { }\n" +
        "public class Marker : System.Attribute { public Marker(System.Type t) { } }",
        "public class Span { public bool Is(object o) => o is PromptLint.Rules.Rule; }",
        "public class Span { public System.Collections.Generic.IEnumerable<int> Walk() { yield return PromptLint.Rules.Rule.Count; } }",
    ];

    [Theory]
    [MemberData(nameof(BackEdges))]
    public void ATextTypeUsingARulesTypeIsReportedAsAnEdgeUp(string textType)
    {
        IReadOnlyList<TypeEdge> edges = EdgesOf(RulesType + "namespace PromptLint.Text { " + textType + " }");

        Assert.Contains("up from Text to Rules: PromptLint.Text.Span -> PromptLint.Rules.Rule", CoreOrder.Violations(edges));
    }

    [Fact]
    public void AnEdgeDownIsNoViolation()
    {
        IReadOnlyList<TypeEdge> edges = EdgesOf(
            "namespace PromptLint.Text { public class Span { } }\n" +
            "namespace PromptLint.Rules { public class Rule { public PromptLint.Text.Span Where; } }");

        Assert.Equal([new TypeEdge("PromptLint.Rules.Rule", "PromptLint.Text.Span")], edges);
        Assert.Empty(CoreOrder.Violations(edges));
    }

    [Fact]
    public void ACircleBetweenTheAreasOfOneLayerIsReportedEdgeByEdge()
    {
        var check = new LayerCheck("PromptLint", [["Text"], ["Formats", "Readers"]]);
        IReadOnlyList<TypeEdge> edges = EdgesOf(
            "namespace PromptLint.Formats { public class Table { public PromptLint.Readers.Reader R; } }\n" +
            "namespace PromptLint.Readers { public class Reader { public PromptLint.Formats.Table T; } }");

        Assert.Equal(
            [
                "circle between Formats, Readers: PromptLint.Formats.Table -> PromptLint.Readers.Reader",
                "circle between Formats, Readers: PromptLint.Readers.Reader -> PromptLint.Formats.Table",
            ],
            check.Violations(edges).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnAreaInNoLayerIsReported()
    {
        IReadOnlyList<TypeEdge> edges = EdgesOf(
            "namespace PromptLint.Text { public class Span { } }\n" +
            "namespace PromptLint.Elsewhere { public class Stray { public PromptLint.Text.Span S; } }");

        Assert.Equal(["area Elsewhere is in no layer (e.g. PromptLint.Elsewhere.Stray)"], CoreOrder.Violations(edges));
    }

    [Fact]
    public void DiskAccessAndNativeCallsAreReported()
    {
        using ModuleDefinition module = ModuleDefinition.ReadModule(Compile(
            "namespace PromptLint.Text { public class Span {\n" +
            "  public string Read(string p) => System.IO.File.ReadAllText(p);\n" +
            "  public string Name(string p) => System.IO.Path.GetFileName(p);\n" +
            "  [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int getpid(); } }"));

        Assert.Equal(
            [
                "disk access: PromptLint.Text.Span -> System.IO.File",
                "P/Invoke: System.Int32 PromptLint.Text.Span::getpid()",
            ],
            DiskAccessCheck.Violations(module));
    }

    internal static IReadOnlyList<TypeEdge> EdgesOf(string source)
    {
        using ModuleDefinition module = ModuleDefinition.ReadModule(Compile(source));
        return TypeReferences.Of(module);
    }

    internal static MemoryStream Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Synthetic",
            [CSharpSyntaxTree.ParseText(source)],
            FrameworkReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        return stream;
    }

    private static IEnumerable<MetadataReference> FrameworkReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
}
