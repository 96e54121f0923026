using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using PromptLint.Core.Tests.Infrastructure;

namespace PromptLint.Core.Tests.Linting;

/// <summary>
/// Core is built for netstandard2.0 (the analyzer, the MSBuild task) and net10.0 (the CLI), and code under
/// <c>#if</c> may differ between them: the same inputs must give the same findings, field for field, through both
/// builds. This project links the net10.0 build; the netstandard2.0 one is loaded beside it from its build output.
/// </summary>
public sealed class FindingsAcrossTargetsTests
{
    [Fact]
    public void Both_builds_are_really_different_targets()
    {
        Assert.Equal(".NETCoreApp,Version=v10.0", TargetOf(typeof(PromptLint.Linting.Linter).Assembly));
        Assert.Equal(".NETStandard,Version=v2.0", TargetOf(NetStandardCore.Value));
    }

    [Fact]
    public void Prompts_examples_give_the_same_findings_on_both_targets()
    {
        string examples = RepoPaths.Combine("prompts-examples");
        var inputs = Directory.EnumerateFiles(examples, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "config.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(examples, f), File.ReadAllBytes(f), Companions(f)))
            .ToList();
        AssertSameFindings(inputs);
    }

    [Fact]
    public void Generated_texts_give_the_same_findings_on_both_targets()
    {
        var inputs = Enumerable.Range(0, 60)
            .Select(seed => (GeneratedPrompt.Name(seed), System.Text.Encoding.UTF8.GetBytes(GeneratedPrompt.Text(seed)), (IReadOnlyDictionary<string, string>?)null))
            .ToList();
        AssertSameFindings(inputs);
    }

    private static void AssertSameFindings(List<(string Path, byte[] Bytes, IReadOnlyDictionary<string, string>? Companions)> inputs)
    {
        Assembly net10 = typeof(PromptLint.Linting.Linter).Assembly;
        int findings = 0;
        foreach (var (path, bytes, companions) in inputs)
        {
            List<string> expected = Lint(net10, path, bytes, companions);
            List<string> actual = Lint(NetStandardCore.Value, path, bytes, companions);
            Assert.True(expected.SequenceEqual(actual),
                $"{path}: net10.0 {expected.Count} finding(s), netstandard2.0 {actual.Count}; first difference: " +
                $"{expected.Except(actual).FirstOrDefault() ?? "-"} | {actual.Except(expected).FirstOrDefault() ?? "-"}");
            findings += expected.Count;
        }

        Assert.True(findings > inputs.Count / 2, $"only {findings} findings over {inputs.Count} inputs: the comparison would prove little");
    }

    /// <summary>Each finding as text: every public property, nested values included, through reflection (the two builds share no types).</summary>
    private static List<string> Lint(Assembly core, string path, byte[] bytes, IReadOnlyDictionary<string, string>? companions)
    {
        Type linter = core.GetType("PromptLint.Linting.Linter", throwOnError: true)!;
        Type settings = core.GetType("PromptLint.Settings.LintSettings", throwOnError: true)!;
        MethodInfo lint = linter.GetMethod("Lint", [typeof(string), typeof(byte[]), settings, typeof(IReadOnlyDictionary<string, string>)])!;
        object result = lint.Invoke(null, [path, bytes, null, companions])!;
        var list = (System.Collections.IEnumerable)result.GetType().GetProperty("Findings")!.GetValue(result)!;
        return list.Cast<object>().Select(f => Describe(f, depth: 0)).ToList();
    }

    private static string Describe(object? value, int depth)
    {
        if (value is null or string or Enum || value.GetType().IsPrimitive || depth > 3)
        {
            return value?.ToString() ?? "null";
        }

        return "{" + string.Join(", ", value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + Describe(p.GetValue(value), depth + 1))) + "}";
    }

    private static IReadOnlyDictionary<string, string>? Companions(string file)
    {
        string config = Path.Combine(Path.GetDirectoryName(file)!, "config.json");
        return Path.GetFileName(file) == "skprompt.txt" && File.Exists(config)
            ? new Dictionary<string, string> { ["config.json"] = File.ReadAllText(config) }
            : null;
    }

    private static string TargetOf(Assembly assembly) => assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

    /// <summary>
    /// The netstandard2.0 build in its own load context (YamlDotNet and Scriban come from the default one). It sits beside
    /// this project's output: artifacts/bin/PromptLint.Core/&lt;configuration&gt;_netstandard2.0/.
    /// </summary>
    private static readonly Lazy<Assembly> NetStandardCore = new(() =>
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string path = Path.Combine(testOutput.Parent!.Parent!.FullName, "PromptLint.Core", testOutput.Name + "_netstandard2.0", "PromptLint.Core.dll");
        Assert.True(File.Exists(path), $"the netstandard2.0 build of Core is missing at {path}");
        return new AssemblyLoadContext("PromptLint.Core netstandard2.0").LoadFromAssemblyPath(path);
    });
}
