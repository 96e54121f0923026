using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Model;
using PromptLint.Readers;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Formats;

public sealed class FormatTableTests
{
    [Theory]
    [InlineData("chat.prompty", PromptFormat.Prompty)]
    [InlineData("greet.prompt", PromptFormat.Dotprompt)]
    [InlineData("Summarize/skprompt.txt", PromptFormat.SemanticKernelText)]
    [InlineData("notes.txt", PromptFormat.PlainText)]
    [InlineData("story.yml", PromptFormat.SemanticKernelYaml)]
    [InlineData("chat.jinja2", PromptFormat.Jinja2)]
    [InlineData("chat.J2", PromptFormat.Jinja2)]
    [InlineData("card.liquid", PromptFormat.Liquid)]
    [InlineData("card.hbs", PromptFormat.Handlebars)]
    [InlineData("card.handlebars", PromptFormat.Handlebars)]
    [InlineData("card.mustache", PromptFormat.Mustache)]
    [InlineData("notes.sbn-txt", PromptFormat.Scriban)]
    [InlineData("notes.scriban", PromptFormat.Scriban)]
    [InlineData("guide.md", PromptFormat.Markdown)]
    [InlineData("chat.json", PromptFormat.JsonChat)]
    [InlineData(".gitignore", PromptFormat.Unknown)]
    [InlineData("Program.cs", PromptFormat.Unknown)]
    [InlineData("SUMMARIZE/SKPROMPT.TXT", PromptFormat.SemanticKernelText)]
    [InlineData("NOTES.SBN-TXT", PromptFormat.Scriban)]
    [InlineData("notes.scribanx", PromptFormat.Scriban)]
    [InlineData("notes.sb", PromptFormat.Unknown)]
    [InlineData(".prompty", PromptFormat.Prompty)]
    [InlineData(".txt", PromptFormat.PlainText)]
    [InlineData("chat.", PromptFormat.Unknown)]
    [InlineData("chat.prompty.bak", PromptFormat.Unknown)]
    [InlineData("README", PromptFormat.Unknown)]
    [InlineData("xskprompt.txt", PromptFormat.PlainText)]
    public void File_names_map_to_their_format(string path, PromptFormat expected) =>
        Assert.Equal(expected, PromptFormats.FromFileName(path));

    [Fact]
    public void Every_format_in_the_table_has_a_reader_for_its_own_format()
    {
        foreach (PromptFormatInfo row in FormatTable.All)
        {
            Assert.Equal(row.Format, FormatTable.ReaderFor(row.Format)!.Format);
        }
    }

    [Fact]
    public void The_readme_format_table_has_a_row_with_the_names_of_every_format()
    {
        string readme = File.ReadAllText(Path.Combine(PromptLint.Core.Tests.Infrastructure.RepoPaths.Root, "README.md"));
        string[] rows = readme.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).ToArray();
        foreach (PromptFormatInfo format in FormatTable.All)
        {
            Assert.Contains(rows, row => row.StartsWith("| " + format.DisplayName + " |", StringComparison.Ordinal)
                && format.Names.All(name => row.Contains("`" + (name.StartsWith(".", StringComparison.Ordinal) ? "*" + name : name) + "`", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_unsupported_file_message_lists_every_name_in_the_table()
    {
        string message = InputDecoder.Unsupported("notes.docx", LintSettings.Default).Message;
        foreach (string name in FormatTable.All.SelectMany(f => f.Names))
        {
            Assert.Contains(name, message);
        }
    }
}
