using PromptLint.Configuration;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Configuration;

/// <summary>
/// Globs and model ID patterns compiled to a linear matcher (issue #18, point 3): the same answers as the
/// .gitignore-style rules say, and the right answer for patterns that made the old regex run out of time.
/// </summary>
public sealed class GlobTests
{
    private static Glob Parse(string pattern)
    {
        Assert.True(Glob.TryParse(pattern, out Glob? glob, out string? error), error);
        return glob!;
    }

    [Theory]
    [InlineData("*.prompty", "a.prompty", true)]
    [InlineData("*.prompty", "deep/er/a.prompty", true)]
    [InlineData("*.prompty", "a.prompty.bak", false)]
    [InlineData("prompts/*.md", "prompts/a.md", true)]
    [InlineData("prompts/*.md", "prompts/x/a.md", false)]
    [InlineData("prompts/*.md", "other/prompts/a.md", false)]
    [InlineData("prompts/**/*.md", "prompts/a.md", true)]
    [InlineData("prompts/**/*.md", "prompts/x/y/a.md", true)]
    [InlineData("prompts/**", "prompts/x/y/a.md", true)]
    [InlineData("legacy/", "legacy/a/b.prompty", true)]
    [InlineData("legacy/", "legacyx/b.prompty", false)]
    [InlineData("/top.md", "top.md", true)]
    [InlineData("/top.md", "x/top.md", false)]
    [InlineData("sub/top.md", "x/sub/top.md", false)]
    [InlineData("a?c.md", "abc.md", true)]
    [InlineData("a?c.md", "a/c.md", false)]
    [InlineData("*.{prompty,md}", "x/a.md", true)]
    [InlineData("*.{prompty,md}", "a.txt", false)]
    [InlineData("{a,b{c,d}}.md", "bd.md", true)]
    [InlineData("{a,b{c,d}}.md", "bx.md", false)]
    [InlineData("x}y,z", "x}y,z", true)]
    [InlineData("./prompts/a.md", "prompts/a.md", true)]
    [InlineData("evals", "evals/x/y.json", true)]
    public void Globs_match_like_gitignore(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Parse(pattern).IsMatch(path));

    [Fact]
    public void An_unclosed_brace_is_an_error() =>
        Assert.False(Glob.TryParse("a{b,c", out _, out _));

    [Fact]
    public void A_pattern_that_made_the_regex_backtrack_gets_the_right_answer()
    {
        // The first alternative fails only after trying every way to place 15 'a's among 40 (the regex gave up after
        // one second and answered "no match"); the second one matches.
        Glob glob = Parse("{" + string.Concat(Enumerable.Repeat("*a", 15)) + "*z,a*.prompty}");
        string name = new string('a', 40) + ".prompty";
        Assert.True(glob.IsMatch(name));
        Assert.True(glob.IsMatch("deep/" + name));
        Assert.False(glob.IsMatch(new string('a', 40) + ".md"));
    }

    [Fact]
    public void Model_patterns_match_whole_ids_without_backtracking()
    {
        var model = new ModelBaseline(string.Concat(Enumerable.Repeat("a*", 20)) + "z", null, null, "promptlint.yaml", default);
        Assert.False(model.Matches(new string('a', 200)));
        Assert.True(model.Matches(new string('a', 200) + "z"));
        var exact = new ModelBaseline("ft:gpt-4o-mini:acme:*", null, null, "promptlint.yaml", default);
        Assert.True(exact.Matches("ft:gpt-4o-mini:acme:abc"));
        Assert.False(exact.Matches("ft:gpt-4o-mini:acmex"));
        Assert.False(exact.Matches("xft:gpt-4o-mini:acme:abc"));
    }
}
