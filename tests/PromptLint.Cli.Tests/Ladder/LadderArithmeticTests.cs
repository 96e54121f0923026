using System.Text.RegularExpressions;
using PromptLint.Cli.Commands;
using PromptLint.Ladder;
using PromptLint.Ladder.Writers;

namespace PromptLint.Cli.Tests.Ladder;

/// <summary>
/// The ladder report shows its arithmetic in every format, names the price sources it used, keeps a cent and a
/// hundred dollars visible in one chart, and fits the terminal. Expected figures are the hand-worked ones of
/// docs/ladder-report.md (see <see cref="LadderCostTests"/>).
/// </summary>
public sealed class LadderArithmeticTests
{
    private static readonly string[] AssistantWorking =
    {
        "120 calls × 353 tokens = 42,360",
        "42,360 tokens × $2.50/M = $0.1059 → $0.11 per day; × 365 = $38.65 per year",
        "630,000 training tokens × $25.00/M = $15.75",
        "120 calls × (250 removed × $2.50/M − 143 still sent × $1.25/M fine-tuned premium − 60 output × $5.00/M fine-tuned premium) = $0.01755 → $0.02 per day",
        "⌈$15.75 ÷ $0.01755 per day⌉ = 898 days",
    };

    [Fact]
    public void Markdown_and_html_show_every_step_of_the_working()
    {
        using TempFolder temp = LadderScenarios.Both();
        string markdown = CliRunner.Run(temp.Path, "ladder", "--format", "markdown").Stdout;
        string html = CliRunner.Run(temp.Path, "ladder", "--format", "html").Stdout;

        Assert.Contains("| 353 (o200k_base) | 42,360 | $0.11 | $38.65 | 898 days | $15.75 | $0.02 |", markdown);
        Assert.Contains("| 306 (o200k_base) | 15,300,000 | $2.30 | $837.68 | 7 days | $1.26 | $0.20 |", markdown);
        Assert.Contains("| tokens per day | 50,000 calls × 306 tokens = 15,300,000 |", markdown);
        Assert.Contains("| break-even | ⌈$1.26 ÷ $0.195 per day⌉ = 7 days |", markdown);
        Assert.All(AssistantWorking, working => Assert.Contains($" | {working} |", markdown));
        Assert.All(AssistantWorking, working => Assert.Contains($"<td>{working}</td>", html));
        Assert.Contains("<td class=\"num\">42,360</td>", html);
        Assert.Contains("<td class=\"num\">$15.75</td><td class=\"num\">$0.02</td></tr>", html);
    }

    [Fact]
    public void The_terminal_table_shows_the_working_within_its_width()
    {
        using TempFolder temp = LadderScenarios.Both();
        string table = CliRunner.Run(temp.Path, "ladder").Stdout;

        string working = Regex.Replace(table, @"\n {18}", " "); // undo the wrapping of long steps
        Assert.All(AssistantWorking, step => Assert.Contains(step, working));
        Assert.All(table.Split('\n'), line => Assert.True(line.Length <= 120, $"{line.Length} characters: {line}"));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(250)]
    public void The_table_fits_the_width_and_names_the_columns_it_left_out(int width)
    {
        LadderReport report = Report(LadderScenarios.Both());
        string table = LadderTableWriter.Write(report, width);

        Assert.All(table.Split('\n'), line => Assert.True(line.Length <= width, $"{line.Length} > {width}: {line}"));
        string header = table.Split('\n')[0];
        Assert.StartsWith("prompt ", header);
        Assert.Contains("rung", header);
        if (width >= 120)
        {
            Assert.Contains("break-even", header);
        }

        if (width == 250)
        {
            Assert.DoesNotContain("left out", table);
            Assert.Contains("counter", header);
            Assert.Contains("saves/day", header);
        }
        else
        {
            Assert.Matches(@"\(left out to fit \d+ characters: [^)]*counter", Regex.Replace(table, @"\s+", " "));
        }
    }

    [Theory]
    [InlineData("default", "Prices: the default table of ")]
    [InlineData("usage", "Prices: usage: in promptlint.yaml (the default table was not used).")]
    [InlineData("both", "Prices: usage: in promptlint.yaml, and the default table of ")]
    [InlineData("none", "Prices: none used (no figure could be computed).")]
    public void The_footer_names_the_price_sources_actually_used(string sources, string footer)
    {
        using TempFolder temp = sources switch
        {
            "default" => LadderScenarios.Write(LadderScenarios.AssistantConfig, (LadderScenarios.AssistantPath, LadderScenarios.Assistant)),
            "usage" => LadderScenarios.Write(LadderScenarios.ClassifierConfig, (LadderScenarios.ClassifierPath, LadderScenarios.Classifier)),
            "both" => LadderScenarios.Both(),
            _ => LadderScenarios.Write("root: true", (LadderScenarios.ClassifierPath, LadderScenarios.Classifier)),
        };

        string markdown = CliRunner.Run(temp.Path, "ladder", "--format", "markdown").Stdout;
        string html = CliRunner.Run(temp.Path, "ladder", "--format", "html").Stdout;

        Assert.Contains(footer, markdown);
        Assert.Equal(sources is "default" or "both", html.Contains("<p>Default prices: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_chart_keeps_sixty_cents_visible_beside_a_hundred_dollars()
    {
        const string config = """
            root: true
            usage:
              prompts:
                "prompts/small.prompty": { callsPerDay: 2000, inputPricePerMillion: 1.00 }
                "prompts/large.prompty": { callsPerDay: 326798, inputPricePerMillion: 1.00 }
            """;
        using TempFolder temp = LadderScenarios.Write(config, ("prompts/small.prompty", LadderScenarios.Classifier), ("prompts/large.prompty", LadderScenarios.Classifier));
        string html = CliRunner.Run(temp.Path, "ladder", "--format", "html").Stdout;

        Assert.Contains(">$0.61/day</text>", html);   // 2,000 × 306 × $1.00 / 1e6 = $0.612
        Assert.Contains(">$100.00/day</text>", html); // 326,798 × 306 × $1.00 / 1e6 = $100.000188
        int small = BarWidth(html, "prompts/small.prompty"), large = BarWidth(html, "prompts/large.prompty");
        Assert.True(small * 3 >= large, $"the $0.61 bar is {small}px beside {large}px"); // a linear scale gives 3px beside 500px
        Assert.True(small < large);
        Assert.Contains("Log scale", html);
        foreach (string tick in new[] { "$0.01", "$0.10", "$1", "$10", "$100", "$1,000" })
        {
            Assert.Contains($"text-anchor=\"middle\">{tick}</text>", html);
        }
    }

    private static int BarWidth(string html, string path) =>
        int.Parse(Regex.Match(html, $"<rect class=\"bar\"[^>]* width=\"(\\d+)\"[^>]*><title>{Regex.Escape(path)}:").Groups[1].Value);

    private static LadderReport Report(TempFolder temp)
    {
        using (temp)
        {
            var context = new CliContext(TextWriter.Null, TextWriter.Null, Stream.Null, temp.Path);
            var cascade = LintCommand.Cascade(null, temp.Path);
            return LadderCommand.Build(CommandInputs.Discover(["."], null, cascade, context), cascade, temp.Path);
        }
    }
}
