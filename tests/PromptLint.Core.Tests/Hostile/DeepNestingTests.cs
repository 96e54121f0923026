using PromptLint.Configuration;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>Nesting and size past the limits is a located PL0014/PL0001, never a recursion (issue #8, rows 1 and 2).</summary>
public sealed class DeepNestingTests
{
    private static readonly string DeepFlow = new string('[', 50_000) + new string(']', 50_000);

    [Fact]
    public void Row_1_deep_flow_sequence_in_prompty_front_matter_is_PL0014_at_the_bracket_past_the_limit()
    {
        string text = "---\nname: " + DeepFlow + "\n---\nsystem:\nhi\n";
        var finding = Assert.Single(Lint.Text("d.prompty", text).Of("PL0014"));
        // The front matter's own mapping is level 1, so the 64th bracket (column 6 + 64) is level 65.
        Assert.Equal((2, 6 + 64), (finding.Start().Line, finding.Start().Column));
        Assert.Contains("nested deeper than 64 levels", finding.Message);
    }

    [Fact]
    public void Row_2_deep_nesting_in_promptlint_yaml_is_a_located_PL0001()
    {
        ConfigParseResult result = ConfigParser.Parse("/repo/promptlint.yaml", "rules: " + DeepFlow + "\n");
        Assert.Null(result.Config);
        var finding = Assert.Single(result.Problems);
        Assert.Equal("PL0001", finding.RuleId);
        Assert.Equal((1, 7 + 64), (finding.Position.Start.Line, finding.Position.Start.Column));
    }

    [Theory]
    [InlineData("flow mappings", "name: {{a: ", 50_000)]
    [InlineData("block sequences on one line", "name:\n  - ", 0)]
    public void Other_deep_yaml_shapes_in_front_matter_are_PL0014(string shape, string head, int repeat)
    {
        string body = shape == "flow mappings"
            ? "name: " + string.Concat(Enumerable.Repeat("{a: ", repeat)) + "x" + new string('}', repeat)
            : head + string.Concat(Enumerable.Repeat("- ", 50_000)) + "x";
        var findings = Lint.Text("d.prompty", "---\n" + body + "\n---\nsystem:\nhi\n").Of("PL0014");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.InRange(f.Start().Line, 2, 3));
    }

    [Fact]
    public void Deep_block_indentation_in_a_yaml_template_is_PL0014()
    {
        var yaml = new System.Text.StringBuilder();
        for (int depth = 0; depth < 200; depth++)
        {
            yaml.Append(' ', depth).Append("a:\n");
        }

        var finding = Assert.Single(Lint.Text("deep.yaml", "template: hi\nx:\n" + yaml).Of("PL0014"));
        Assert.Contains("nested deeper than 64 levels", finding.Message);
        // Level 2 starts on line 3; YamlDotNet marks a block mapping where its first key ends.
        Assert.InRange(finding.Start().Line, 2 + 64, 3 + 64);
    }

    [Fact]
    public void Deep_json_chat_array_is_PL0014_at_the_65th_bracket()
    {
        var finding = Assert.Single(Lint.Text("chat.json", new string('[', 100_000) + new string(']', 100_000)).Of("PL0014"));
        Assert.Equal((1, 66), (finding.Start().Line, finding.Start().Column));
        Assert.Contains("nested deeper than 64 levels", finding.Message);
    }

    [Fact]
    public void Yaml_with_too_many_nodes_is_PL0014()
    {
        string yaml = "template: hi\nitems: [" + string.Join(",", Enumerable.Repeat("1", 100_001)) + "]\n";
        var finding = Assert.Single(Lint.Text("many.yaml", yaml).Of("PL0014"));
        Assert.Contains("more than 100,000 nodes", finding.Message);
    }

    [Fact]
    public void Alias_bombs_stay_harmless_in_front_matter_and_config()
    {
        var bomb = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++)
        {
            bomb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        var findings = Lint.Text("bomb.prompty", "---\n" + bomb + "---\nsystem:\nYou are a bot. Reply in JSON.\n");
        Assert.Empty(findings.Of("PL0014"));
        ConfigParseResult config = ConfigParser.Parse("/repo/promptlint.yaml", "usage:\n" + bomb.ToString().Replace("a", "  a").Replace("*  a", "*a").Replace("&  a", "&a"));
        Assert.All(config.Problems, p => Assert.True(p.Position.Start.Line >= 1));
    }

    [Fact]
    public void Malformed_config_still_gives_a_located_PL0001()
    {
        var finding = Assert.Single(ConfigParser.Parse("/repo/promptlint.yaml", "rules:\n  PL1001: [unclosed\n").Problems);
        Assert.Equal("PL0001", finding.RuleId);
        Assert.True(finding.Position.Start.Line >= 2);
    }

    [Fact]
    public void Template_blocks_nested_past_the_limit_are_one_PL5001_and_stay_linear()
    {
        string text = string.Concat(Enumerable.Repeat("{{#if a}}", 20_000)) + string.Concat(Enumerable.Repeat("{{/each}}", 20_000));
        var findings = Lint.Text("blocks.prompt", text + "\n");
        Assert.Single(findings, f => f.RuleId == "PL5001" && f.Message.Contains("deeper than 64 levels"));
        Assert.Equal(100, findings.Of("PL5001").Count);
    }

    [Theory]
    [InlineData("nested.md")]
    [InlineData("nested.poml")]
    public void Fifty_thousand_nested_elements_are_read_and_linted(string file)
    {
        // Each opener once searched for its close tag from where it stood: quadratic (10 s for this file).
        string elements = string.Concat(Enumerable.Repeat("<p>", 50_000)) + "x" + string.Concat(Enumerable.Repeat("</p>", 50_000));
        string text = file.EndsWith(".poml", StringComparison.Ordinal) ? "<poml><role>You are a bot.</role>" + elements + "</poml>\n" : "You are a bot.\n" + elements + "\n";
        var findings = Lint.Text(file, text, LintSettings.Default.WithOption("PL0013", "maxFileBytes", 10_000_000));
        Assert.Empty(findings.Of("PL0014"));
        Assert.Single(findings.Of("PL1001"));
    }
}
