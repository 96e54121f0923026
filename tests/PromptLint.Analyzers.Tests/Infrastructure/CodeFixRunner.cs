using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PromptLint.Analyzers.Tests.Infrastructure;

/// <summary>
/// A small code-fix harness over an <see cref="AdhocWorkspace"/>: one C# document (and optional additional
/// documents), the analyzer's diagnostics with the given ID, the first fix the provider registers for the first of
/// them, and the solution after applying it. Hand-written rather than Microsoft.CodeAnalysis.CSharp.CodeFix.Testing
/// because that framework resolves its reference assemblies by downloading packages at test time; this harness uses
/// the same real SDK assemblies as <see cref="AnalyzerRunner"/>. Any AD0001 fails the test.
/// </summary>
internal static class CodeFixRunner
{
    public const string ProjectFolder = "/project";

    public static async Task<(Solution Before, Solution After, Diagnostic Diagnostic)> ApplyAsync(CodeFixProvider provider, string diagnosticId, string source, params (string Path, string Text)[] additional)
    {
        var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
                filePath: ProjectFolder + "/TestProject.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: AnalyzerRunner.References(withSdks: true)));
        DocumentId documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Program.cs", SourceText.From(source), filePath: ProjectFolder + "/Program.cs");
        foreach (var (path, text) in additional)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        Project project = solution.GetProject(projectId)!;
        Compilation compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "test source does not compile:\n" + string.Join("\n", errors.Take(10)));
        var diagnostics = await compilation.WithAnalyzers([new PromptLintAnalyzer()], project.AnalyzerOptions).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Diagnostic diagnostic = diagnostics.Where(d => d.Id == diagnosticId && d.Location.IsInSource).OrderBy(d => d.Location.SourceSpan.Start).FirstOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"no {diagnosticId}; got: {string.Join(", ", diagnostics.Select(d => d.Id))}");

        Assert.Contains(diagnosticId, provider.FixableDiagnosticIds); // what the IDE asks before it offers the fix
        var actions = new List<CodeAction>();
        Document document = solution.GetDocument(documentId)!;
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        Assert.NotEmpty(actions);
        var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
        Solution after = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (solution, after, diagnostic);
    }

    public static async Task<string> TextOf(Solution solution, string fileName)
    {
        TextDocument document = solution.Projects.Single().Documents.Cast<TextDocument>().Concat(solution.Projects.Single().AdditionalDocuments)
            .Single(d => d.Name == fileName);
        return (await document.GetTextAsync()).ToString().Replace("\r\n", "\n");
    }
}
