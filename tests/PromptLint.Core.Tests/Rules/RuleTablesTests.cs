using System.Globalization;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Core.Tests.Rules;

/// <summary>
/// The rule tables in README.md and rules/README.md, and the package targets' rule-ID list, are generated from the
/// catalog: the committed text must be what these tests render. PROMPTLINT_UPDATE_GOLDEN=1 rewrites a stale one —
/// read the diff before committing.
/// </summary>
public sealed class RuleTablesTests
{
    private const string Begin = "<!-- rule-table: generated from the rule classes by RuleTablesTests; PROMPTLINT_UPDATE_GOLDEN=1 rewrites it -->\n";
    private const string End = "<!-- /rule-table -->";

    [Fact]
    public void The_README_table_is_the_catalog() => AssertTable("README.md", Table(
        "| ID | Title | Default | Rung / area | Applies to |",
        r => $"| [{r.Id}](rules/{r.Id}.md) | {r.Title}{OptionsNote(r)} | {r.DefaultSeverity.ToName()} | {Area(r)} | {Where(r)} |"));

    [Fact]
    public void The_rules_folder_table_is_the_catalog() => AssertTable(Path.Combine("rules", "README.md"), Table(
        "| ID | Title | Default severity | Category | Applies to |",
        r => $"| [{r.Id}]({r.Id}.md) | {r.Title} | {r.DefaultSeverity.ToName()} | {r.Category} | {Where(r)} |"));

    /// <summary>The IDs kept warnings under TreatWarningsAsErrors: MSBuild needs them at evaluation time, before any task runs.</summary>
    [Fact]
    public void The_package_targets_list_every_rule_id()
    {
        string path = RepoPaths.Combine(Path.Combine("src", "PromptLint.Package", "build", "PromptLint.targets"));
        string text = File.ReadAllText(path);
        var element = new System.Text.RegularExpressions.Regex("<_PromptLintRuleIds>(?<ids>[^<]*)</_PromptLintRuleIds>");
        System.Text.RegularExpressions.Match match = element.Match(text);
        Assert.True(match.Success, "PromptLint.targets has no <_PromptLintRuleIds> property");
        string expected = string.Join(";", RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal));
        if (match.Groups["ids"].Value == expected)
        {
            return;
        }

        Assert.True(Environment.GetEnvironmentVariable("PROMPTLINT_UPDATE_GOLDEN") == "1",
            $"the rule IDs in PromptLint.targets are stale; run the Core tests with PROMPTLINT_UPDATE_GOLDEN=1\n  - {match.Groups["ids"].Value}\n  + {expected}");
        File.WriteAllText(path, element.Replace(text, $"<_PromptLintRuleIds>{expected}</_PromptLintRuleIds>", 1));
    }

    [Fact]
    public void A_table_names_options_and_where_a_rule_applies()
    {
        Assert.Equal(" (`minExamples`, 500; `minExamplesClassification`, 200)", OptionsNote(RuleCatalog.TrainingSetBelowSizeFloor));
        Assert.Equal(" (`maxFileBytes`, 1 MiB)", OptionsNote(RuleCatalog.InputTooLarge));
        Assert.Equal(string.Empty, OptionsNote(RuleCatalog.SecretInPrompt));
        Assert.Equal("prompt files, C#", Where(RuleCatalog.SecretInPrompt));
        Assert.Equal("C#", Where(RuleCatalog.ToolWithoutDescription));
    }

    private static string Table(string header, Func<RuleDescriptor, string> row)
    {
        var lines = new List<string> { header, string.Concat(Enumerable.Repeat("|---", header.Count(c => c == '|') - 1)) + "|" };
        lines.AddRange(RuleCatalog.All.Select(row));
        return "\n" + string.Join("\n", lines) + "\n\n";
    }

    private static string OptionsNote(RuleDescriptor rule) =>
        rule.Options.Count == 0 ? string.Empty : " (" + string.Join("; ", rule.Options.Select(o => $"`{o.Key}`, {Number(o.Value)}")) + ")";

    private static string Number(int value) =>
        value >= 1024 * 1024 && value % (1024 * 1024) == 0 ? $"{value / (1024 * 1024)} MiB" : value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Area(RuleDescriptor rule) => rule.AppliesIn(RuleScope.Configuration) ? "configuration" : rule.Category switch
    {
        RuleCategory.Input => "input",
        RuleCategory.Instructions => "1: prompt",
        RuleCategory.Examples => "2: few-shot",
        RuleCategory.Retrieval => "3: retrieval",
        RuleCategory.FineTuning => "4: fine-tune",
        RuleCategory.Templates => "templates",
        RuleCategory.Size => "size and cost",
        _ => "security",
    };

    private static string Where(RuleDescriptor rule) => string.Join(", ", new[]
    {
        (RuleScope.PromptFiles, "prompt files"), (RuleScope.CSharp, "C#"), (RuleScope.Datasets, "datasets"),
        (RuleScope.Evidence, "eval results"), (RuleScope.Configuration, "configuration"),
    }.Where(s => rule.AppliesIn(s.Item1)).Select(s => s.Item2));

    private static void AssertTable(string relativePath, string expected)
    {
        string path = RepoPaths.Combine(relativePath);
        string text = File.ReadAllText(path).Replace("\r\n", "\n");
        int begin = text.IndexOf(Begin, StringComparison.Ordinal);
        int end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"{relativePath} has no generated rule table (markers '{Begin.Trim()}' … '{End}')");
        int start = begin + Begin.Length;
        string committed = text.Substring(start, end - start);
        if (committed == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("PROMPTLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text.Substring(0, start) + expected + text.Substring(end));
            return;
        }

        string? first = expected.Split('\n').Zip(committed.Split('\n')).Where(p => p.First != p.Second).Select(p => $"\n  - {p.Second}\n  + {p.First}").FirstOrDefault();
        Assert.Fail($"the rule table in {relativePath} is stale; run the Core tests with PROMPTLINT_UPDATE_GOLDEN=1{first}");
    }
}
