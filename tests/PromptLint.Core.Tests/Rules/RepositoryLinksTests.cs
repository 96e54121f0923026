using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Core.Tests.Rules;

/// <summary>Every link derives from the one build property, PromptLintRepositoryUrl; unset (this repository today), there are none.</summary>
public sealed class RepositoryLinksTests
{
    [Fact]
    public void Without_a_repository_url_there_are_no_links()
    {
        var links = new RepositoryLinks(" ");
        Assert.Null(links.RepositoryUrl);
        Assert.Null(links.RulePage("PL1001"));
        Assert.Null(links.Schema("promptlint.schema.json"));
    }

    [Fact]
    public void With_a_repository_url_rule_pages_and_schemas_derive_from_it()
    {
        var links = new RepositoryLinks("https://example.org/acme/promptlint/");
        Assert.Equal("https://example.org/acme/promptlint", links.RepositoryUrl);
        Assert.Equal("https://example.org/acme/promptlint/blob/main/rules/PL1001.md", links.RulePage("PL1001"));
        Assert.Equal("https://example.org/acme/promptlint/raw/main/schemas/promptlint.schema.json", links.Schema("promptlint.schema.json"));
    }

    [Fact]
    public void The_file_addresses_can_be_set_apart_from_the_repository_url()
    {
        var links = new RepositoryLinks("https://example.org/acme/promptlint", "https://example.org/acme/promptlint/-/blob/release", "https://example.org/acme/promptlint/-/raw/release");
        Assert.Equal("https://example.org/acme/promptlint/-/blob/release/rules/PL2001.md", links.RulePage("PL2001"));
        Assert.Equal("https://example.org/acme/promptlint/-/raw/release/schemas/promptlint.schema.json", links.Schema("promptlint.schema.json"));
    }

    [Fact]
    public void This_build_names_no_home_so_no_rule_has_a_help_link()
    {
        Assert.Null(RepositoryLinks.Current.RepositoryUrl);
        Assert.All(RuleCatalog.All, rule => Assert.Null(rule.HelpLink));
    }

    [Fact]
    public void No_file_of_the_repository_links_to_a_foreign_promptlint_repository()
    {
        string root = PromptLint.Tests.Shared.RepositoryRoot.Path;
        string[] folders = ["src", "schemas", "rules", "docs", "tests", "prompts-examples"];
        var offenders = folders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(root, f), "*", SearchOption.AllDirectories))
            .Append(Path.Combine(root, "README.md"))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains("node_modules"))
            .Where(p => p != typeof(RepositoryLinksTests).Assembly.Location && !p.EndsWith("RepositoryLinksTests.cs", StringComparison.Ordinal))
            .Where(p => new FileInfo(p).Length < 4_000_000 && File.ReadAllText(p).Contains("promptlint/promptlint", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetRelativePath(root, p))
            .ToList();
        Assert.True(offenders.Count == 0, "links to a repository that is not this project's:\n" + string.Join("\n", offenders));
    }
}
