using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PromptLint.Benchmarks.Corpus;

/// <summary>The eight file formats the generator writes.</summary>
internal enum FileKind
{
    Prompty,
    Dotprompt,
    SkText,
    SkYaml,
    Scriban,
    Markdown,
    PlainText,
    JsonChat,
}

/// <summary>A generated file: path relative to the corpus folder, and its text.</summary>
internal sealed record GeneratedFile(string RelativePath, string Text);

/// <summary>
/// Renders a <see cref="PromptSpec"/> in one of the supported formats, with that format's real syntax: front matter,
/// role markers, template dialect (Handlebars, Jinja, Scriban, SK <c>{{$var}}</c>), companion files.
/// </summary>
internal sealed class PromptWriter
{
    private enum Dialect
    {
        Handlebars,
        Jinja,
        Scriban,
        SemanticKernel,
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Random _random;

    public PromptWriter(Random random) => _random = random;

    public IReadOnlyList<GeneratedFile> Render(FileKind kind, PromptSpec spec, string folder) => kind switch
    {
        FileKind.Prompty => new[] { new GeneratedFile($"{folder}/{spec.Slug}.prompty", Prompty(spec)) },
        FileKind.Dotprompt => new[] { new GeneratedFile($"{folder}/{spec.Slug}.prompt", Dotprompt(spec)) },
        FileKind.SkText => SkText(spec, folder),
        FileKind.SkYaml => new[] { new GeneratedFile($"{folder}/{spec.Slug}.yaml", SkYaml(spec)) },
        FileKind.Scriban => new[] { new GeneratedFile($"{folder}/{spec.Slug}{(_random.Next(3) == 0 ? ".sbn-txt" : ".scriban")}", Scriban(spec)) },
        FileKind.Markdown => new[] { new GeneratedFile($"{folder}/{spec.Slug}.md", Markdown(spec)) },
        FileKind.PlainText => new[] { new GeneratedFile($"{folder}/{spec.Slug}.txt", PlainText(spec)) },
        FileKind.JsonChat => new[] { new GeneratedFile($"{folder}/{spec.Slug}.json", JsonChat(spec)) },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // ---------------------------------------------------------------- formats

    private string Prompty(PromptSpec spec)
    {
        var sb = new StringBuilder();
        bool v2 = _random.Next(2) == 0;
        List<string> declared = Declared(spec, blocks: true);
        sb.Append("---\n");
        sb.Append("name: ").Append(spec.Title).Append('\n');
        sb.Append("description: ").Append(spec.Description).Append('\n');
        if (v2)
        {
            sb.Append("model:\n  id: ").Append(spec.Model).Append("\n  provider: openai\n  options:\n    temperature: ").Append(Num(spec.Temperature)).Append('\n');
            sb.Append("inputs:\n");
            foreach (string input in declared)
            {
                sb.Append("  - name: ").Append(input).Append("\n    kind: ").Append(input == spec.LoopInput ? "array" : "string").Append('\n');
            }

            sb.Append("template:\n  format: jinja2\n  parser: prompty\n");
        }
        else
        {
            sb.Append("version: 1.").Append(_random.Next(10)).Append(".0\nauthors:\n  - platform-team\n");
            sb.Append("model:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: ").Append(spec.Model).Append('\n');
            sb.Append("  parameters:\n    temperature: ").Append(Num(spec.Temperature)).Append("\n    max_tokens: ").Append(200 * (1 + _random.Next(6))).Append('\n');
            if (spec.OutputKind == "json" && spec.OutputFormat.Count > 0)
            {
                sb.Append("    response_format:\n      type: json_object\n");
            }

            sb.Append("inputs:\n");
            foreach (string input in declared)
            {
                sb.Append("  ").Append(input).Append(":\n    type: ").Append(input == spec.LoopInput ? "array" : "string").Append('\n');
            }

            sb.Append("template: jinja2\n");
        }

        sb.Append("---\n");
        sb.Append("system:\n");
        AppendSystemBody(sb, spec, textualExamples: spec.Style != ExampleStyle.Turns);
        AppendTurns(sb, spec, "user:\n", "assistant:\n");
        sb.Append("user:\n");
        AppendFinalUser(sb, spec, Dialect.Jinja);
        return sb.ToString();
    }

    private string Dotprompt(PromptSpec spec)
    {
        var sb = new StringBuilder();
        List<string> declared = Declared(spec, blocks: true);
        sb.Append("---\nname: ").Append(spec.Slug.Replace('-', '_')).Append('\n');
        sb.Append("description: ").Append(spec.Description).Append('\n');
        sb.Append("model: openai/").Append(spec.Model).Append('\n');
        sb.Append("config:\n  temperature: ").Append(Num(spec.Temperature)).Append('\n');
        sb.Append("input:\n  schema:\n");
        foreach (string input in declared)
        {
            bool optional = input == spec.ConditionalInput || input == spec.LoopInput;
            string type = input == spec.LoopInput ? "(array): string" : ": string";
            sb.Append("    ").Append(input).Append(optional ? "?" : string.Empty).Append(type).Append(", the ").Append(input.Replace('_', ' ')).Append('\n');
        }

        if (spec.OutputFormat.Count > 0)
        {
            sb.Append("output:\n  format: ").Append(spec.OutputKind == "json" ? "json" : "text").Append('\n');
        }

        sb.Append("---\n");
        sb.Append("{{role \"system\"}}\n");
        AppendSystemBody(sb, spec, textualExamples: spec.Style != ExampleStyle.Turns);
        AppendTurns(sb, spec, "{{role \"user\"}}\n", "{{role \"model\"}}\n");
        if (spec.LoopInput is not null && _random.Next(2) == 0)
        {
            sb.Append("{{history}}\n\n");
        }

        sb.Append("{{role \"user\"}}\n");
        AppendFinalUser(sb, spec, Dialect.Handlebars);
        return sb.ToString();
    }

    private IReadOnlyList<GeneratedFile> SkText(PromptSpec spec, string folder)
    {
        string function = Pascal(spec.Slug);
        var sb = new StringBuilder();
        bool messages = spec.Style == ExampleStyle.Turns || _random.Next(3) > 0;
        if (messages)
        {
            sb.Append("<message role=\"system\">\n");
            AppendSystemBody(sb, spec, textualExamples: spec.Style != ExampleStyle.Turns);
            sb.Append("</message>\n");
            AppendTurns(sb, spec, "<message role=\"user\">\n", "<message role=\"assistant\">\n", "</message>\n");
            sb.Append("<message role=\"user\">\n");
            AppendFinalUser(sb, spec, Dialect.SemanticKernel);
            sb.Append("</message>\n");
        }
        else
        {
            AppendSystemBody(sb, spec, textualExamples: true);
            AppendFinalUser(sb, spec, Dialect.SemanticKernel);
        }

        string config = JsonDocumentText(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schema", 1);
            w.WriteString("type", "completion");
            w.WriteString("description", spec.Description);
            w.WriteStartObject("execution_settings");
            w.WriteStartObject("default");
            w.WriteString("model_id", spec.Model);
            w.WriteNumber("max_tokens", 800);
            w.WriteNumber("temperature", spec.Temperature);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("input_variables");
            foreach (string input in Declared(spec, blocks: false))
            {
                w.WriteStartObject();
                w.WriteString("name", input);
                w.WriteString("description", "The " + input.Replace('_', ' ') + ".");
                w.WriteString("default", string.Empty);
                w.WriteBoolean("is_required", input == spec.Inputs[0]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
        return new[]
        {
            new GeneratedFile($"{folder}/{function}/skprompt.txt", sb.ToString()),
            new GeneratedFile($"{folder}/{function}/config.json", config),
        };
    }

    private string SkYaml(PromptSpec spec)
    {
        bool handlebars = _random.Next(3) == 0;
        Dialect dialect = handlebars ? Dialect.Handlebars : Dialect.SemanticKernel;
        var body = new StringBuilder();
        body.Append("<message role=\"system\">\n");
        AppendSystemBody(body, spec, textualExamples: spec.Style != ExampleStyle.Turns);
        body.Append("</message>\n");
        AppendTurns(body, spec, "<message role=\"user\">\n", "<message role=\"assistant\">\n", "</message>\n");
        body.Append("<message role=\"user\">\n");
        AppendFinalUser(body, spec, dialect);
        body.Append("</message>\n");

        var sb = new StringBuilder();
        sb.Append("name: ").Append(Pascal(spec.Slug)).Append('\n');
        sb.Append("description: ").Append(spec.Description).Append('\n');
        sb.Append("template_format: ").Append(handlebars ? "handlebars" : "semantic-kernel").Append('\n');
        sb.Append("template: |\n");
        foreach (string line in body.ToString().TrimEnd('\n').Split('\n'))
        {
            sb.Append(line.Length == 0 ? string.Empty : "  ").Append(line).Append('\n');
        }

        sb.Append("input_variables:\n");
        foreach (string input in Declared(spec, blocks: handlebars))
        {
            sb.Append("  - name: ").Append(input).Append("\n    description: The ").Append(input.Replace('_', ' ')).Append(".\n    is_required: ")
                .Append(input == spec.Inputs[0] ? "true" : "false").Append('\n');
        }

        sb.Append("execution_settings:\n  default:\n    model_id: ").Append(spec.Model).Append("\n    temperature: ").Append(Num(spec.Temperature)).Append('\n');
        return sb.ToString();
    }

    private string Scriban(PromptSpec spec)
    {
        var sb = new StringBuilder();
        AppendSystemBody(sb, spec, textualExamples: true);
        AppendFinalUser(sb, spec, Dialect.Scriban);
        return sb.ToString();
    }

    private string Markdown(PromptSpec spec)
    {
        var sb = new StringBuilder();
        bool markers = spec.Style == ExampleStyle.Turns || _random.Next(2) == 0;
        if (markers)
        {
            sb.Append("system:\n");
        }

        sb.Append("# Identity\n\n").Append(spec.Persona).Append(' ').Append(string.Join(" ", spec.Task)).Append("\n\n");
        if (spec.Rules.Count > 0)
        {
            sb.Append("# Instructions\n\n");
            foreach (string rule in spec.Rules)
            {
                sb.Append("- ").Append(rule).Append('\n');
            }

            sb.Append('\n');
        }

        AppendReference(sb, spec);
        if (spec.Secret is not null)
        {
            sb.Append("Call the order service with the key `").Append(spec.Secret).Append("` when you need live data.\n\n");
        }

        if (spec.OutputFormat.Count > 0)
        {
            sb.Append("# Output format\n\n");
            foreach (string line in spec.OutputFormat)
            {
                sb.Append(line).Append('\n');
            }

            if (spec.OutputKind == "json" && _random.Next(2) == 0)
            {
                sb.Append("\n```json\n").Append(spec.Examples.Count > 0 ? spec.Examples[0].Output : "{}").Append("\n```\n");
            }

            sb.Append('\n');
        }

        if (spec.Style != ExampleStyle.Turns || !markers)
        {
            if (spec.Examples.Count > 0)
            {
                sb.Append("# Examples\n\n");
            }

            AppendTextualExamples(sb, spec);
        }
        else
        {
            AppendTurns(sb, spec, "user:\n", "assistant:\n");
        }

        if (markers)
        {
            sb.Append("user:\n");
        }

        AppendFinalUser(sb, spec, Dialect.Handlebars);
        return sb.ToString();
    }

    private string PlainText(PromptSpec spec)
    {
        var sb = new StringBuilder();
        bool markers = spec.Style == ExampleStyle.Turns && _random.Next(2) == 0;
        if (markers)
        {
            sb.Append("system:\n");
        }

        AppendSystemBody(sb, spec, textualExamples: !markers);
        if (markers)
        {
            AppendTurns(sb, spec, "user:\n", "assistant:\n");
            sb.Append("user:\n");
        }

        AppendFinalUser(sb, spec, Dialect.Handlebars);
        return sb.ToString();
    }

    private string JsonChat(PromptSpec spec)
    {
        var system = new StringBuilder();
        AppendSystemBody(system, spec, textualExamples: spec.Style != ExampleStyle.Turns);
        var user = new StringBuilder();
        AppendFinalUser(user, spec, Dialect.Handlebars);
        return JsonDocumentText(w =>
        {
            w.WriteStartArray();
            Message(w, "system", system.ToString().TrimEnd('\n'));
            if (spec.Style == ExampleStyle.Turns)
            {
                foreach (ExamplePair example in spec.Examples)
                {
                    Message(w, "user", example.Input);
                    Message(w, "assistant", example.Output);
                }
            }

            Message(w, "user", user.ToString().TrimEnd('\n'));
            w.WriteEndArray();
        });

        static void Message(Utf8JsonWriter w, string role, string content)
        {
            w.WriteStartObject();
            w.WriteString("role", role);
            w.WriteString("content", content);
            w.WriteEndObject();
        }
    }

    // ---------------------------------------------------------------- parts

    private static List<string> Declared(PromptSpec spec, bool blocks)
    {
        var declared = new List<string>(spec.Inputs);
        if (blocks && spec.ConditionalInput is not null)
        {
            declared.Add(spec.ConditionalInput);
        }

        if (blocks && spec.LoopInput is not null)
        {
            declared.Add(spec.LoopInput);
        }

        return declared;
    }

    private void AppendSystemBody(StringBuilder sb, PromptSpec spec, bool textualExamples)
    {
        sb.Append(spec.Persona).Append(' ').Append(string.Join(" ", spec.Task)).Append("\n\n");
        if (spec.Rules.Count > 0)
        {
            sb.Append("Rules:\n");
            int n = 1;
            bool numbered = _random.Next(2) == 0;
            foreach (string rule in spec.Rules)
            {
                sb.Append(numbered ? (n++).ToString(CultureInfo.InvariantCulture) + ". " : "- ").Append(rule).Append('\n');
            }

            sb.Append('\n');
        }

        AppendReference(sb, spec);
        if (spec.Secret is not null)
        {
            sb.Append("When you need live order data, call the order service with api_key=").Append(spec.Secret).Append(".\n\n");
        }

        foreach (string line in spec.OutputFormat)
        {
            sb.Append(line).Append('\n');
        }

        if (spec.OutputFormat.Count > 0)
        {
            sb.Append('\n');
        }

        if (textualExamples)
        {
            AppendTextualExamples(sb, spec);
        }
    }

    private static void AppendReference(StringBuilder sb, PromptSpec spec)
    {
        if (spec.ReferenceRows.Count == 0)
        {
            return;
        }

        sb.Append(spec.ReferenceHeading).Append(":\n");
        foreach (string row in spec.ReferenceRows)
        {
            sb.Append(row).Append('\n');
        }

        sb.Append('\n');
    }

    private static void AppendTextualExamples(StringBuilder sb, PromptSpec spec)
    {
        if (spec.Examples.Count == 0)
        {
            return;
        }

        ExampleStyle style = spec.Style == ExampleStyle.Turns ? ExampleStyle.Numbered : spec.Style;
        if (style != ExampleStyle.XmlTags)
        {
            sb.Append("Examples:\n\n");
        }

        int n = 1;
        foreach (ExamplePair example in spec.Examples)
        {
            switch (style)
            {
                case ExampleStyle.XmlTags:
                    sb.Append("<example>\n<input>\n").Append(example.Input).Append("\n</input>\n<output>\n").Append(example.Output).Append("\n</output>\n</example>\n\n");
                    break;
                case ExampleStyle.InputOutput:
                    sb.Append("Input: ").Append(example.Input).Append("\nOutput: ").Append(example.Output).Append("\n\n");
                    break;
                case ExampleStyle.QuestionAnswer:
                    sb.Append("Q: ").Append(example.Input).Append("\nA: ").Append(example.Output).Append("\n\n");
                    break;
                default:
                    sb.Append("Example ").Append(n++).Append(":\nInput:\n").Append(example.Input).Append("\nOutput:\n").Append(example.Output).Append("\n\n");
                    break;
            }
        }
    }

    private static void AppendTurns(StringBuilder sb, PromptSpec spec, string user, string assistant, string close = "")
    {
        if (spec.Style != ExampleStyle.Turns)
        {
            return;
        }

        foreach (ExamplePair example in spec.Examples)
        {
            sb.Append(user).Append(example.Input).Append('\n').Append(close).Append(close.Length == 0 ? "\n" : string.Empty);
            sb.Append(assistant).Append(example.Output).Append('\n').Append(close).Append(close.Length == 0 ? "\n" : string.Empty);
        }
    }

    private static void AppendFinalUser(StringBuilder sb, PromptSpec spec, Dialect dialect)
    {
        bool blocks = dialect != Dialect.SemanticKernel;
        if (blocks && (spec.ConditionalInput is not null || spec.UnclosedBlock))
        {
            string cond = spec.ConditionalInput ?? spec.Inputs[^1];
            (string open, string close) = dialect switch
            {
                Dialect.Handlebars => ($"{{{{#if {cond}}}}}", "{{/if}}"),
                Dialect.Jinja => ($"{{% if {cond} %}}", "{% endif %}"),
                _ => ($"{{{{ if {cond} }}}}", "{{ end }}"),
            };
            sb.Append(open).Append("\nAdditional context from the agent: ").Append(Var(cond, dialect)).Append('\n');
            if (!spec.UnclosedBlock)
            {
                sb.Append(close).Append('\n');
            }
        }

        if (blocks && spec.LoopInput is not null)
        {
            string loop = spec.LoopInput;
            sb.Append("Earlier messages:\n");
            sb.Append(dialect switch
            {
                Dialect.Handlebars => $"{{{{#each {loop}}}}}\n{{{{this.role}}}}: {{{{this.content}}}}\n{{{{/each}}}}\n",
                Dialect.Jinja => $"{{% for turn in {loop} %}}\n{{{{turn.role}}}}: {{{{turn.content}}}}\n{{% endfor %}}\n",
                _ => $"{{{{ for turn in {loop} }}}}\n{{{{ turn.role }}}}: {{{{ turn.content }}}}\n{{{{ end }}}}\n",
            });
        }

        for (int i = 1; i < spec.UsedVariables.Count; i++)
        {
            string v = spec.UsedVariables[i];
            sb.Append(char.ToUpperInvariant(v[0])).Append(v.Substring(1).Replace('_', ' ')).Append(": ").Append(Var(v, dialect)).Append('\n');
        }

        string main = spec.UsedVariables[0];
        sb.Append('<').Append(main).Append(">\n").Append(Var(main, dialect)).Append("\n</").Append(main).Append(">\n");
    }

    private static string Var(string name, Dialect dialect) => dialect switch
    {
        Dialect.SemanticKernel => "{{$" + name + "}}",
        Dialect.Scriban => "{{ " + name + " }}",
        _ => "{{" + name + "}}",
    };

    private static string Pascal(string slug) =>
        string.Concat(slug.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p.Substring(1))).Replace("-", "_");

    private static string Num(double d) => d.ToString("0.0", CultureInfo.InvariantCulture);

    private static string JsonDocumentText(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }
}
