namespace PromptLint.Hosts.Tests;

/// <summary>
/// Every format of the format table goes through the one pipeline in all three hosts alike: prompts are linted (Scriban
/// and Liquid errors in Scriban's words at its positions), and templates that are not addressed to a model are skipped.
/// </summary>
public sealed class FormatsThroughHostsTests : IDisposable
{
    private readonly TempRepository _repository = new();

    public FormatsThroughHostsTests()
    {
        _repository.Write("flows/answer.jinja2", "# system:\nYou are a trail guide for Northwind Outdoor. Answer questions about trails kindly.\n\n# user:\n{{ question }}\n");
        _repository.Write("ci/deploy.yml.jinja2", "name: {{ workflow }}\non:\n  push:\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet test\n");
        _repository.Write("scripts/start.jinja2", "#!/bin/sh\nset -e\nexec dotnet {{ app }}.dll\n");
        _repository.Write("prompts/card.liquid", "You are a gift-note writer. Respond with the note text only.\n{% if gift %}Enjoy!{% endfor %}\n");
        _repository.Write("prompts/notes.sbn-txt", "system:\nYou write release notes. Respond with a Markdown list.\n{{ for c in changes }}- {{ c.title }}\n");
        _repository.Write("prompts/reply.hbs", "system:\nYou answer return requests. Reply in two short paragraphs.\nuser:\n{{#if order}}Order {{order}}{{/if}}\n");
        _repository.Write("prompts/tip.mustache", "Write one hiking tip for {{season}}. Answer in one sentence.\n");
        _repository.Write("prompts/page.hbs", "<html>\n<head><title>{{title}}</title></head>\n<body>\n<div>{{body}}</div>\n</body>\n</html>\n");
        _repository.Write("advisor.poml", "<poml>\n  <role>You are a boot-fitting specialist.</role>\n  <task>Recommend a size.</task>\n  <user-msg>{{ foot }}</user-msg>\n</poml>\n");
        _repository.Write("licensed.prompt", "# Copyright 2025 Northwind Outdoor\n\n---\nmodel: googleai/gemini-2.5-flash\n---\nWrite a packing list for {{trip}}.\n");
    }

    [Fact]
    public void Each_format_gives_the_same_findings_in_the_cli_the_analyzer_and_the_task()
    {
        List<string> files = _repository.Files().ToList();
        List<string> cli = HostRunners.Cli(_repository.Root);
        List<string> analyzer = HostRunners.Analyzer(_repository.Root, files);
        List<string> task = HostRunners.Task(_repository.Root, files);

        Assert.Contains("flows/answer.jinja2(1,1) warning PL1001", cli);
        Assert.Contains("prompts/card.liquid(2,23) error PL5001", cli); // Scriban's Liquid parser, at 'endfor'
        Assert.Contains(cli, f => f.StartsWith("prompts/notes.sbn-txt(", StringComparison.Ordinal) && f.EndsWith("error PL5001", StringComparison.Ordinal));
        Assert.Contains(cli, f => f.StartsWith("advisor.poml(", StringComparison.Ordinal));
        Assert.Contains(cli, f => f.StartsWith("licensed.prompt(6,1)", StringComparison.Ordinal)); // positions after the licence header
        Assert.DoesNotContain(cli, f => f.StartsWith("ci/", StringComparison.Ordinal) || f.StartsWith("scripts/", StringComparison.Ordinal) || f.Contains("page.hbs"));
        Assert.Equal(cli, analyzer);
        Assert.Equal(cli, task);
    }

    public void Dispose() => _repository.Dispose();
}
