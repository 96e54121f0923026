namespace PromptLint.Cli.Tests;

public sealed class BaselineTests
{
    private const string Prompt = "system:\nYou help. The customer wrote: {{message}}\nuser:\nhi\n";

    [Fact]
    public void Baselined_findings_stay_baselined_when_lines_are_added_above_them()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.prompty", Prompt);
        var (updateExit, updateOut, _) = CliRunner.Run(temp.Path, "lint", ".", "--update-baseline");
        Assert.Equal(0, updateExit);
        Assert.StartsWith("wrote 5 findings from 1 file to promptlint.baseline.json", updateOut);

        File.WriteAllText(file, "<!-- a new first line -->\n\n" + Prompt);
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(0, exit);
        Assert.Equal("1 file linted: 0 errors, 0 warnings, 0 info (5 baselined, 0 baseline entries fixed)\n", stdout);
    }

    [Fact]
    public void New_findings_are_reported_and_fixed_entries_are_counted()
    {
        using var temp = new TempFolder();
        string file = temp.Write("a.prompty", Prompt);
        CliRunner.Run(temp.Path, "lint", ".", "--update-baseline");

        // Fix the injection (delimit the variable) and add a secret.
        File.WriteAllText(file, Prompt.Replace("{{message}}", "<message>{{message}}</message>") + "Password=Tr0ub4dor&3x;\n");
        var (exit, stdout, _) = CliRunner.Run(temp.Path, "lint", ".");

        Assert.Equal(1, exit);
        Assert.Contains("a.prompty(5,1): error PL7001", stdout);
        Assert.DoesNotContain("PL5004", stdout);
        Assert.EndsWith("(4 baselined, 1 baseline entry fixed)\n", stdout);
    }

    [Fact]
    public void A_missing_explicit_baseline_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.Write("a.prompty", Prompt);
        var (exit, _, stderr) = CliRunner.Run(temp.Path, "lint", ".", "--baseline", "nope.json");
        Assert.Equal(2, exit);
        Assert.Contains("baseline not found: nope.json", stderr);
    }
}
