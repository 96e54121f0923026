using System.Text.Json;
using System.Text.RegularExpressions;

namespace PromptLint.Cli.Tests;

/// <summary>
/// prompts-examples/fine-tune-app's general-ability eval (regression: under models:) end to end, in a copy: clean as
/// committed, PL4016 when the fine-tune's general score drops, PL4015 on a prompt when the entry declares no general
/// eval; promptlint ladder shows the check after the four questions in every format.
/// </summary>
public sealed class GeneralAbilityEndToEndTests
{
    private const string FineTuneId = "ft:gpt-4o-mini-2024-07-18:northwind:triage:9NG2I8g6";

    private static TempFolder CopyOfTheSample()
    {
        var temp = new TempFolder();
        string sample = Path.Combine(CliRunner.RepoRoot, "prompts-examples", "fine-tune-app");
        foreach (string file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories)
                     .Where(f => !Regex.IsMatch(Path.GetRelativePath(sample, f), @"^(bin|obj)[\\/]")))
        {
            temp.Write(Path.GetRelativePath(sample, file), File.ReadAllText(file));
        }

        return temp;
    }

    private static void Edit(TempFolder temp, string relative, string from, string to)
    {
        string path = Path.Combine(temp.Path, relative);
        string text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    /// <summary>The sample's fine-tune is on gpt-4o-mini-2024-07-18, which the shipped retirement table has OpenAI retiring on 2027-01-14.</summary>
    private const string RetiringBase = "promptlint.yaml(4,3): info PL4014: OpenAI fine-tuned model 'ft:gpt-4o-mini-2024-07-18:northwind:triage:*' was trained from 'gpt-4o-mini-2024-07-18', which OpenAI retires on 2027-01-14 (retirement table as of 2026-12-07; source: https://developers.openai.com/api/docs/deprecations); plan the retraining on a current base model and measure its baseline there before that date";

    private static string[] Findings(string stdout) => stdout.Split('\n').Where(l => Regex.IsMatch(l, @": (error|warning|info) PL\d{4}:")).ToArray();

    private static JsonElement FineTune(TempFolder temp)
    {
        var (exit, stdout, stderr) = CliRunner.Run(temp.Path, "ladder", "--format", "json");
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.GetProperty("fineTunes").EnumerateArray().Single().Clone();
    }

    [Fact]
    public void The_sample_with_its_general_eval_is_clean_and_the_ladder_answers_yes()
    {
        using TempFolder temp = CopyOfTheSample();
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");
        Assert.Equal(0, exit);
        Assert.Equal([RetiringBase], Findings(stdout)); // the only finding: its base is on the table (info)

        JsonElement general = FineTune(temp).GetProperty("generalAbility");
        Assert.Equal("generalAbility", general.GetProperty("key").GetString());
        Assert.Equal("yes", general.GetProperty("answer").GetString());
        Assert.Equal("accuracy 0.812 on the base → 0.804 on the fine-tune, −0.008, within tolerance 0.02", general.GetProperty("why").GetString());
    }

    [Fact]
    public void A_fine_tune_that_lost_general_ability_is_PL4016_and_the_ladder_answers_no()
    {
        using TempFolder temp = CopyOfTheSample();
        Edit(temp, "evals/general-fine-tune.json", "\"score\": 0.804", "\"score\": 0.761");

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");
        Assert.Equal(0, exit);
        Assert.Equal(
            ["evals/general-fine-tune.json(6,12): warning PL4016: the fine-tune fell below its base on the general-ability eval (accuracy 0.812 on the base → 0.761 on the fine-tune, −0.051, more than tolerance 0.02): mix general examples into the training set, train fewer epochs or at a lower learning rate, or check whether the task needs a fine-tune at all", RetiringBase],
            Findings(stdout));

        JsonElement fineTune = FineTune(temp);
        Assert.Equal("failed PL4016", fineTune.GetProperty("evidence").GetString());
        Assert.Equal("no", fineTune.GetProperty("generalAbility").GetProperty("answer").GetString());
        Assert.Equal(4, fineTune.GetProperty("questions").GetArrayLength());

        string table = Regex.Replace(CliRunner.Run(temp.Path, "ladder").Stdout, @"\n {10}(?=\S)", " ");
        Assert.Contains("  no      After training: the fine-tune kept its base's general ability (a general eval on both, within tolerance) — PL4016: the fine-tune fell below its base on the general-ability eval (accuracy 0.812 on the base → 0.761", table);
        string markdown = CliRunner.Run(temp.Path, "ladder", "--format", "markdown").Stdout;
        Assert.Contains("| After training: the fine-tune kept its base's general ability (a general eval on both, within tolerance) | **no** | PL4016: the fine-tune fell below its base on the general-ability eval", markdown);
    }

    [Fact]
    public void A_prompt_on_the_fine_tune_without_a_general_eval_is_PL4015_and_the_ladder_says_unknown()
    {
        using TempFolder temp = CopyOfTheSample();
        string config = File.ReadAllText(Path.Combine(temp.Path, "promptlint.yaml"));
        temp.Write("promptlint.yaml", config.Substring(0, config.IndexOf("    regression:", StringComparison.Ordinal)));
        temp.Write("prompts/triage.prompty", $$$"""
            ---
            name: triage
            model:
              api: chat
              configuration:
                name: {{{FineTuneId}}}
            ---
            system:
            You are the ticket triage assistant for Northwind Outdoor. Classify each ticket into billing, shipping, product or account. Reply with JSON only: {"category": "billing|shipping|product|account"}

            user:
            Charged twice, order 1042

            assistant:
            {"category": "billing"}

            user:
            Parcel late, order 2210

            assistant:
            {"category": "shipping"}

            user:
            {{ticket}}
            """);

        var (_, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");
        string finding = Assert.Single(Findings(stdout), l => l.Contains("PL4015"));
        Assert.StartsWith("prompts/triage.prompty(6,11): warning PL4015: OpenAI fine-tuned model '" + FineTuneId + "' has a baseline and an evaluation under models:", finding);
        Assert.DoesNotContain(Findings(stdout), l => l.Contains("PL4016") || l.Contains("PL4001"));
        Assert.Equal([RetiringBase], Findings(stdout).Where(l => l.Contains("PL4014")).ToArray()); // once, at the entry; not again at the prompt

        JsonElement general = FineTune(temp).GetProperty("generalAbility");
        Assert.Equal("unknown", general.GetProperty("answer").GetString());
        Assert.Equal("no general-ability eval: declare regression: { base, fineTune } under models: (PL4015)", general.GetProperty("why").GetString());
    }

    [Fact]
    public void A_later_asOf_makes_the_entry_PL4013_and_every_ladder_format_says_retired()
    {
        using TempFolder temp = CopyOfTheSample();
        File.AppendAllText(Path.Combine(temp.Path, "promptlint.yaml"), "retirements:\n  asOf: 2027-02-01\n");

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");
        Assert.Equal(0, exit);
        string finding = Assert.Single(Findings(stdout));
        Assert.StartsWith("promptlint.yaml(4,3): warning PL4013: OpenAI fine-tuned model 'ft:gpt-4o-mini-2024-07-18:northwind:triage:*' was trained from 'gpt-4o-mini-2024-07-18', which OpenAI retired on 2027-01-14 (retirement table as of 2027-02-01;", finding);

        JsonElement status = FineTune(temp).GetProperty("baseRetirement");
        Assert.Equal("retired", status.GetProperty("status").GetString());
        Assert.Equal("2027-01-14", status.GetProperty("date").GetString());
        Assert.Equal("2027-02-01", status.GetProperty("asOf").GetString());
        const string line = "base gpt-4o-mini-2024-07-18: retired on 2027-01-14 (PL4013; retirement table as of 2027-02-01)";
        Assert.Contains(line, Regex.Replace(CliRunner.Run(temp.Path, "ladder").Stdout, @"\n {4}(?=\S)", " "));
        Assert.Contains(line, CliRunner.Run(temp.Path, "ladder", "--format", "markdown").Stdout);
        Assert.Contains("<p class=\"base base-retired\">" + line + "</p>", CliRunner.Run(temp.Path, "ladder", "--format", "html").Stdout);
    }

    [Fact]
    public void On_a_base_the_table_does_not_list_the_sample_is_clean_and_the_ladder_says_so()
    {
        using TempFolder temp = CopyOfTheSample();
        foreach (string file in new[] { "promptlint.yaml", "evals/baseline.json", "evals/fine-tune.json", "evals/general-base.json", "evals/general-fine-tune.json" })
        {
            Edit(temp, file, "gpt-4o-mini-2024-07-18", "gpt-4.1-nano-2025-04-14");
        }

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");
        Assert.Equal(0, exit);
        Assert.Empty(Findings(stdout));
        JsonElement fineTune = FineTune(temp);
        Assert.Equal("gpt-4.1-nano-2025-04-14", fineTune.GetProperty("baseModel").GetString());
        Assert.Equal("notListed", fineTune.GetProperty("baseRetirement").GetProperty("status").GetString());
        Assert.Equal("passed", fineTune.GetProperty("evidence").GetString());
    }
}
