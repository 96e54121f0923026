namespace PromptLint.Cli.Tests;

/// <summary>A folder walk lints templates addressed to a model and skips, with a reason, the ones that are not prompts.</summary>
public sealed class TemplateWalkTests
{
    [Fact]
    public void Walked_templates_that_are_not_prompts_are_skipped_with_their_reason_and_linted_when_named()
    {
        using var temp = new TempFolder();
        temp.Write("flows/answer.jinja2", "# system:\nYou are a trail guide. Answer questions about trails in one sentence.\n\n# user:\n{{ question }}\n");
        temp.Write("ci/deploy.yml.jinja2", "name: {{ workflow }}\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
        temp.Write("scripts/start.jinja2", "#!/bin/sh\nexec dotnet {{ app }}.dll\n");

        var (_, stdout, stderr) = CliRunner.Run(temp.Path, "lint", ".", "--verbose");

        Assert.Contains("flows/answer.jinja2(1,1): warning PL2001:", stdout);
        Assert.DoesNotContain("PL0015", stdout);
        Assert.Contains("skipped ci/deploy.yml.jinja2: a Jinja2 (prompt flow) template that generates 'deploy.yml', not a prompt", stderr);
        Assert.Contains("skipped scripts/start.jinja2: its text is not addressed to a model (a script: its first line is a shebang)", stderr);
        Assert.StartsWith("1 file linted", stdout.Split('\n').Last(l => l.Length > 0));

        string named = CliRunner.Run(temp.Path, "lint", "ci/deploy.yml.jinja2").Stdout;
        Assert.StartsWith("1 file linted", named); // linted, not skipped; its few words say nothing to a model, so no PL1001–PL2001
        Assert.DoesNotContain("PL0015", named);
    }
}
