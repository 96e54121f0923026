using System.Text.RegularExpressions;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Core.Tests.Rules;

/// <summary>Every rule has a page in rules/ whose title, severity and options agree with the catalog, and vice versa (the README tables: <see cref="RuleTablesTests"/>).</summary>
public sealed class RuleDocsTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_agrees_with_the_catalog(string id)
    {
        RuleDescriptor rule = RuleCatalog.Find(id)!;
        string path = RepoPaths.Combine("rules", id + ".md");
        Assert.True(File.Exists(path), $"rules/{id}.md is missing");
        string[] lines = File.ReadAllLines(path);
        Assert.Equal($"# {id}: {rule.Title}", lines[0]);
        Assert.Equal($"Default severity: {rule.DefaultSeverity.ToName()}", lines[2]);
        foreach (var option in rule.Options)
        {
            Assert.Contains(option.Key, File.ReadAllText(path));
        }

        Assert.Equal(RepositoryLinks.Current.RulePage(id), rule.HelpLink);
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_catalog_rule()
    {
        var pages = Directory.GetFiles(RepoPaths.Combine("rules"), "PL*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.NotNull(RuleCatalog.Find(page!)));
    }

    [Fact]
    public void Rule_ids_follow_the_ladder_scheme_and_are_unique()
    {
        Assert.All(RuleCatalog.All, r => Assert.Matches(new Regex("^PL[0-7][0-9]{3}$"), r.Id));
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
    }
}
