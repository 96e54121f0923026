using System.Collections.Concurrent;
using System.Text;

namespace PromptLint.Benchmarks.Corpus;

/// <summary>
/// Inputs built to find super-linear paths: long delimiter runs, deep nesting, a 1 MB line, thousands of
/// example markers. Each takes a size parameter n (default <see cref="Size"/> = 1,000,000): runs and line
/// files are n bytes, nesting depth is n / 100 (10,000 levels by default). The descriptions give the default
/// size. Each is linted under the file name that sends it through the reader most likely to suffer.
/// </summary>
internal static class AdversarialInputs
{
    public const int Size = 1_000_000;

    public sealed record Case(string Name, string FileName, string Description, Func<int, string> Build);

    public static readonly Case[] All =
    {
        new("open-brace-run", "braces.md", "'{' x 1,000,000", n => new string('{', n)),
        new("double-brace-run", "double.prompt", "'{{' x 500,000 (Handlebars)", n => Repeat("{{", n / 2)),
        new("jinja-tag-run", "jinja.prompty", "'{%' x 500,000 (Prompty/Jinja)", n => Repeat("{%", n / 2)),
        new("space-run", "spaces.txt", "' ' x 1,000,000", n => new string(' ', n)),
        new("nested-if-10k-unclosed", "nested.prompt", "'{{#if a}}' x 10,000, never closed", n => Repeat("{{#if a}}\n", n / 100)),
        new("nested-if-10k-closed", "nested-closed.prompt", "'{{#if a}}' x 10,000 then '{{/if}}' x 10,000", n => Repeat("{{#if a}}", n / 100) + "x" + Repeat("{{/if}}", n / 100)),
        new("nested-jinja-if-10k", "nested.prompty", "'{% if a %}' x 10,000 then '{% endif %}' x 10,000", n => "---\nname: nested\n---\nsystem:\n" + Repeat("{% if a %}", n / 100) + "x" + Repeat("{% endif %}", n / 100)),
        new("single-line-1mb", "one-line.txt", "realistic words, 1 MB, no newline", n => OneLine(n)),
        new("input-lines", "inputs.txt", "'Input: …' lines to 1 MB (~27,000 unpaired)", n => Lines(i => $"Input: customer message number {i} about order NW-{i}", n)),
        new("input-output-pairs", "pairs.md", "'Input:'/'Output:' pairs to 1 MB (~12,000 examples)", n => Lines(i => $"Input: where is order NW-{i}?\nOutput: {{\"status\": \"in_transit\", \"order\": \"NW-{i}\"}}", n)),
        new("unclosed-example-tags", "examples.md", "'<example>' + text to 1 MB (~40,000 unclosed tags)", n => Lines(i => $"<example>\nInput {i}", n)),
        new("role-marker-lines", "roles.md", "'user:'/'assistant:' turns to 1 MB (~25,000 messages)", n => Lines(i => $"user:\nquestion {i}\n\nassistant:\nanswer {i}\n", n)),
        new("stray-end-tags", "stray.scriban", "'{{ end }}' x 100,000 (one PL5001 each)", n => Repeat("{{ end }}\n", n / 10)),
        new("distinct-variables", "vars.prompt", "100,000 distinct undeclared '{{vN}}' (one PL5002 each)", n => Lines(i => $"{{{{v{i}}}}}", n)),
        new("unclosed-expressions", "unclosed.md", "'{{ a ' x 200,000, never closed", n => Repeat("{{ a ", n / 5)),
        new("sk-message-tags-unclosed", "skprompt.txt", "'<message role=\"user\">' x 40,000, never closed", n => Repeat("<message role=\"user\">\n", n / 25)),
        new("json-chat-many-messages", "chat.json", "JSON chat array with ~10,000 messages", n => ManyMessages(n)),
        new("json-deep-nesting", "deep.json", "'[' x 10,000 (JSON nesting)", n => new string('[', n / 100) + new string(']', n / 100)),
        new("yaml-front-matter-1mb", "big.prompty", "1 MB of YAML front matter keys", n => "---\n" + Lines(i => $"key_{i}: value {i}", n) + "\n---\nsystem:\nYou are a helper.\n"),
    };

    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>
    /// Inputs that BenchmarkDotNet runs at 100 KB instead of 1 MB, because with the Core of this writing one
    /// operation at 1 MB takes 10–30 s or does not finish within a minute (BDN runs each operation about ten
    /// times). The <c>adversarial</c> command still runs them at 1 MB, with a time limit. Set
    /// <c>PROMPTLINT_ADVERSARIAL_N</c> (e.g. 1000000) to run every case at one size.
    /// </summary>
    private static readonly HashSet<string> ReducedForBenchmarkDotNet = new(StringComparer.Ordinal)
    {
        "open-brace-run", "double-brace-run", "jinja-tag-run", "unclosed-example-tags", "unclosed-expressions", "sk-message-tags-unclosed",
    };

    public static Case Find(string name) => All.First(c => c.Name == name);

    /// <summary>The size parameter BenchmarkDotNet uses for <paramref name="c"/>.</summary>
    public static int BenchmarkSize(Case c) =>
        Environment.GetEnvironmentVariable("PROMPTLINT_ADVERSARIAL_N") is { Length: > 0 } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)
        : ReducedForBenchmarkDotNet.Contains(c.Name) ? Size / 10
        : Size;

    /// <summary>The input at its default size (<see cref="Size"/>: ~1 MB, or 10,000 nesting levels).</summary>
    public static string Text(Case c) => Text(c, Size);

    /// <summary>The input built for a size parameter <paramref name="n"/> (bytes for runs and lines; nesting depth is n / 100).</summary>
    public static string Text(Case c, int n) => Cache.GetOrAdd(c.Name + "/" + n, _ => c.Build(n));

    private static string Repeat(string unit, int count)
    {
        var sb = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    private static string Lines(Func<int, string> line, int size)
    {
        var sb = new StringBuilder(size + 200);
        for (int i = 0; sb.Length < size; i++)
        {
            sb.Append(line(i)).Append('\n');
        }

        return sb.ToString();
    }

    private static string OneLine(int size)
    {
        var content = new PromptContent(7);
        var sb = new StringBuilder(size + 200);
        sb.Append("You are a support assistant. ");
        while (sb.Length < size)
        {
            sb.Append(content.Sentence()).Append(' ');
        }

        return sb.ToString();
    }

    private static string ManyMessages(int size)
    {
        var sb = new StringBuilder(size + 200);
        sb.Append("[{\"role\": \"system\", \"content\": \"You are a support assistant. Respond with JSON.\"}");
        for (int i = 0; sb.Length < size; i++)
        {
            sb.Append(",\n{\"role\": \"").Append(i % 2 == 0 ? "user" : "assistant").Append("\", \"content\": \"message ").Append(i).Append(" about order NW-").Append(i).Append(" and {{var").Append(i % 10).Append("}}\"}");
        }

        sb.Append("]\n");
        return sb.ToString();
    }
}
