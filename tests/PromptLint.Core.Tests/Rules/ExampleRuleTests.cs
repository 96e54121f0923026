using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL2001–PL2003: structural and textual examples across formats.</summary>
public sealed class ExampleRuleTests
{
    private const string System = "You are a sentiment classifier for product reviews. Respond with one label: positive, negative or neutral.";

    [Theory]
    [InlineData("a.prompty", "system:\n" + System + "\nuser:\n{{review}}\n")]
    [InlineData("a.prompt", "{{role \"system\"}}\n" + System + "\n{{role \"user\"}}\n{{review}}\n")]
    [InlineData("skprompt.txt", "<message role=\"system\">" + System + "</message>\n<message role=\"user\">{{$review}}</message>\n")]
    [InlineData("a.json", "[{\"role\":\"system\",\"content\":\"" + System + "\"},{\"role\":\"user\",\"content\":\"{{review}}\"}]")]
    [InlineData("a.md", System + "\n\nHere is an example of the tone we like: calm and short.\n")]
    [InlineData("a.md", System + "\n\nExample input: I love it\n")]
    [InlineData("a.md", System + "\n\n<faq>\nQ: Can I return it?\nA: Yes, within 30 days.\n</faq>\n")]
    [InlineData("a.prompty", "system:\n" + System + "\nuser:\n{{review}}\nassistant:\n{\n")]
    public void Pl2001_flags_prompts_without_examples(string file, string text) =>
        Assert.Single(Lint.Text(file, text).Of("PL2001"));

    [Theory]
    [InlineData("a.prompty", "system:\n" + System + "\nuser:\nGreat!\nassistant:\npositive\nuser:\n{{review}}\n")]
    [InlineData("a.prompt", "{{role \"system\"}}\n" + System + "\n{{role \"user\"}}\nBroke in a day.\n{{role \"model\"}}\nnegative\n{{role \"user\"}}\n{{review}}\n")]
    [InlineData("skprompt.txt", "<message role=\"system\">" + System + "</message>\n<message role=\"user\">ok</message>\n<message role=\"assistant\">neutral</message>\n<message role=\"user\">{{$review}}</message>\n")]
    [InlineData("a.md", System + "\n\n<example>\nReview: Great!\nLabel: positive\n</example>\n")]
    [InlineData("a.md", System + "\n\nInput: Great!\nOutput: positive\n")]
    [InlineData("a.md", System + "\n\nQ: Is it good?\nA: positive\n")]
    [InlineData("a.md", System + "\n\n## Examples\n\"Great!\" -> positive\n")]
    [InlineData("a.md", System + "\n\nReview: Great!\nVerdict: positive\n\nReview: Meh.\nVerdict: neutral\n")]
    public void Pl2001_finds_structural_and_textual_examples(string file, string text) =>
        Assert.Empty(Lint.Text(file, text).Of("PL2001"));

    [Fact]
    public void Pl2002_flags_fewer_examples_than_the_minimum_at_the_first_example()
    {
        var finding = Assert.Single(Lint.Text("a.md", System + "\n\nInput: Great!\nOutput: positive\n").Of("PL2002"));
        Assert.Equal(3, finding.Start().Line);
        Assert.Contains("1 example", finding.Message);
    }

    [Fact]
    public void Pl2002_respects_minExamples()
    {
        LintSettings settings = LintSettings.Default.WithOption("PL2002", "minExamples", 1);
        Assert.Empty(Lint.Text("a.md", System + "\n\nInput: Great!\nOutput: positive\n", settings).Of("PL2002"));
    }

    [Fact]
    public void Pl2002_is_quiet_with_enough_examples() =>
        Assert.Empty(Lint.Text("a.md", System + "\n\nInput: a\nOutput: positive\n\nInput: b\nOutput: negative\n\nInput: c\nOutput: neutral\n").Of("PL2002"));

    [Fact]
    public void Pl2003_flags_the_example_whose_output_format_differs()
    {
        string text = "system:\nYou extract fields. Respond with JSON.\nuser:\na\nassistant:\n{\"a\": 1}\nuser:\nb\nassistant:\n{\"b\": 2}\nuser:\nc\nassistant:\nThe extracted value is the number three.\nuser:\n{{x}}\n";
        var finding = Assert.Single(Lint.Text("a.prompty", text).Of("PL2003"));
        Assert.Equal(11, finding.Start().Line);
        Assert.Contains("prose", finding.Message);
    }

    [Fact]
    public void Pl2003_is_quiet_when_examples_agree() =>
        Assert.Empty(Lint.Text("a.prompty", "system:\nYou extract fields. Respond with JSON.\nuser:\na\nassistant:\n{\"a\": 1}\nuser:\nb\nassistant:\n{\"b\": 2}\nuser:\n{{x}}\n").Of("PL2003"));
}
