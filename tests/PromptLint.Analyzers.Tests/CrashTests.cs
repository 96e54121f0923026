using System.Text;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>The analyzer must never throw (AD0001 fails the run): every C# file of this repository, and a generated 2,000-file project.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task Every_csharp_file_in_this_repository_analyzes_without_AD0001()
    {
        string root = RepoRoot();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}artifacts{Path.DirectorySeparatorChar}") && !f.Contains("node_modules"))
            .ToList();
        Assert.True(files.Count > 50);

        // Files of many projects do not compile together; the analyzer must still not crash on the errors.
        var runner = new AnalyzerRunner().AllowCompileErrors();
        foreach (string file in files)
        {
            runner.WithSource(file, File.ReadAllText(file));
        }

        await runner.RunAsync();
    }

    [Fact]
    public async Task A_generated_2000_file_project_analyzes_without_AD0001()
    {
        var runner = new AnalyzerRunner();
        for (int i = 0; i < 2000; i++)
        {
            runner.WithSource($"/project/Gen{i}.cs", Generated(i));
        }

        var diagnostics = await runner.RunAsync();
        Assert.Contains(diagnostics, d => d.Id == "PL1001");
        Assert.Contains(diagnostics, d => d.Id == "PL4001");
    }

    private static string Generated(int i)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System.Collections.Generic; using OpenAI.Chat; using Microsoft.Extensions.AI;");
        sb.AppendLine($"namespace Gen{i / 100};");
        sb.AppendLine($"public sealed class Service{i}");
        sb.AppendLine("{");
        sb.AppendLine($"    private const string Role = \"You are assistant number {i} for Contoso. \";");
        sb.AppendLine($"    private static readonly string Task = \"Answer questions about order {i}.\";");
        sb.AppendLine($"    public int Compute(int x) {{ var list = new List<int> {{ x, {i} }}; return list.Count * x + {i}; }}");
        switch (i % 4)
        {
            case 0:
                sb.AppendLine("    public object Chat(string q) => new List<OpenAI.Chat.ChatMessage> { new SystemChatMessage(Role + Task), new UserChatMessage(q) };");
                break;
            case 1:
                sb.AppendLine("    public object Meai(string q) => new Microsoft.Extensions.AI.ChatMessage(ChatRole.System, $\"{Role}Reply in JSON. Question: {q}\");");
                break;
            case 2:
                sb.AppendLine($"    public string Model() => \"ft:gpt-4o-mini:contoso:svc{i}:abc{i}\";");
                break;
            default:
                sb.AppendLine("    public string Plain(string s) => s.Trim() + \"{{ not a template\";");
                break;
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string RepoRoot() => PromptLint.Tests.Shared.RepositoryRoot.Path;
}
