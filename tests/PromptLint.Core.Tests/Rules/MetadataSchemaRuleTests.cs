using PromptLint.Core.Tests.Infrastructure;

namespace PromptLint.Core.Tests.Rules;

/// <summary>PL5006 on realistic Prompty, Semantic Kernel YAML and Dotprompt files: flagged where the format's schema is broken, quiet where it holds or is open.</summary>
public sealed class MetadataSchemaRuleTests
{
    private const string PromptyBody = "---\nsystem:\nYou answer billing questions for Contoso in two sentences.\n\nuser:\n{{question}}\n";

    private static string Prompty(string model, string extra = "") =>
        "---\nname: Billing answer\ndescription: Answers a billing question\n" + extra +
        "model:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\n" + model +
        "inputs:\n  question:\n    type: string\n" + PromptyBody;

    [Theory]
    [InlineData("  parameters:\n    temprature: 0.7\n", 10, 5, "unknown key 'temprature' in 'model.parameters'", "did you mean 'temperature'?")]
    [InlineData("  parameters:\n    max_tokens: \"200\"\n", 10, 17, "'model.parameters.max_tokens' must be a whole number", "the quoted text \"200\"; remove the quotes")]
    [InlineData("  parameters:\n    temperature: 3\n", 10, 18, "'model.parameters.temperature' is 3", "outside the range 0 to 2")]
    [InlineData("  parameters:\n    top_p: 1.5\n", 10, 12, "'model.parameters.top_p' is 1.5", "outside the range 0 to 1")]
    [InlineData("  parameters:\n    max_tokens: 0\n", 10, 17, "'model.parameters.max_tokens' is 0", "more than 0")]
    [InlineData("  respnse: first\n", 9, 3, "unknown key 'respnse' in 'model'", "did you mean 'response'?")]
    [InlineData("  response: fist\n", 9, 13, "'model.response' is 'fist'", "did you mean 'first'?")]
    public void Flags_prompty_model_settings_at_their_node(string model, int line, int column, string what, string hint)
    {
        var finding = Assert.Single(Lint.Text("billing.prompty", Prompty(model)).Of("PL5006"));
        Assert.Equal((line, column), (finding.Start().Line, finding.Start().Column));
        Assert.Contains(what, finding.Message);
        Assert.Contains(hint, finding.Message);
    }

    [Theory]
    [InlineData("descripton: typo\n", 4, 1, "unknown key 'descripton' in Prompty metadata; did you mean 'description'?")]
    [InlineData("template: jinja\n", 4, 11, "'template' is 'jinja', which Prompty does not know; did you mean 'jinja2'?")]
    [InlineData("template:\n  format: handelbars\n", 5, 11, "'template.format' is 'handelbars', which Prompty does not know; did you mean 'handlebars'?")]
    [InlineData("authors: 42\n", 4, 10, "'authors' must be text or a list in Prompty metadata, but it is the number 42")]
    public void Flags_prompty_top_level_keys_and_template_formats(string extra, int line, int column, string message)
    {
        var finding = Assert.Single(Lint.Text("billing.prompty", Prompty(string.Empty, extra)).Of("PL5006"));
        Assert.Equal((line, column), (finding.Start().Line, finding.Start().Column));
        Assert.Equal(message, finding.Message.Replace(", which the runtime ignores", string.Empty));
    }

    [Theory]
    [InlineData("  parameters:\n    temperature: 0.2\n    max_tokens: 128\n    top_p: 0.95\n    seed: 7\n")]
    [InlineData("  parameters:\n    top_k: 40\n    deployment_name: gpt-4o\n    logit_bias: {}\n    tools: ${file:tools.json}\n")]
    [InlineData("  response: all\n  connection: my_connection\n  parameters:\n    temperature: 0\n    max_tokens: ~\n")]
    public void Accepts_valid_prompty_settings_and_provider_pass_through_keys(string model) =>
        Assert.Empty(Lint.Text("billing.prompty", Prompty(model)).Of("PL5006"));

    [Fact]
    public void Accepts_a_later_generation_prompty_file()
    {
        string text = "---\nid: billing\nname: Billing answer\nmetadata:\n  authors: [contoso]\nmodel:\n  id: gpt-4o\n  provider: azure\n" +
            "  connection:\n    kind: key\n  options:\n    temperature: 0.3\n    maxOutputTokens: 400\n    topK: 20\n" +
            "inputs:\n  - name: question\n    kind: string\ntemplate:\n  format:\n    kind: mustache\n  parser: prompty\n" + PromptyBody;
        Assert.Empty(Lint.Text("billing.prompty", text).Of("PL5006"));
    }

    private const string SemanticKernelTemplate =
        "name: SummarizeTicket\ndescription: Summarizes a support ticket.\ntemplate: |\n" +
        "  <message role=\"system\">Summarize the ticket in three bullet points for the on-call engineer.</message>\n" +
        "  <message role=\"user\">{{$ticket}}</message>\n";

    [Fact]
    public void Flags_semantic_kernel_keys_types_ranges_and_template_format()
    {
        string text = SemanticKernelTemplate + "template_format: handlebar\ninput_variables:\n  - name: ticket\n    is_requried: true\n" +
            "    allow_dangerously_set_content: \"false\"\nexecution_settings:\n  default:\n    temperature: 3\n    max_tokens: \"500\"\n";
        var findings = Lint.Text("summarize.yaml", text).Of("PL5006");
        Assert.Equal(
            new[]
            {
                "6:18 'template_format' is 'handlebar', which Semantic Kernel does not know; did you mean 'handlebars'?",
                "9:5 unknown key 'is_requried' in 'input_variables[0]', which the runtime ignores; did you mean 'is_required'?",
                "10:36 'input_variables[0].allow_dangerously_set_content' must be true or false in Semantic Kernel metadata, but it is the quoted text \"false\"; remove the quotes",
                "13:18 'execution_settings.default.temperature' is 3, outside the range 0 to 2; the model service rejects it",
                "14:17 'execution_settings.default.max_tokens' must be a whole number in Semantic Kernel metadata, but it is the quoted text \"500\"; remove the quotes",
            },
            findings.Select(f => $"{f.Start().Line}:{f.Start().Column} {f.Message}"));
    }

    [Fact]
    public void Accepts_semantic_kernel_settings_per_service_with_provider_keys()
    {
        string text = SemanticKernelTemplate + "template_format: semantic-kernel\ninput_variables:\n  - name: ticket\n    is_required: true\n" +
            "output_variable:\n  description: The summary.\nexecution_settings:\n  azure_openai:\n    model_id: gpt-4o\n    temperature: 0.4\n" +
            "    max_tokens: 500\n    chat_system_prompt: You are terse.\n  ollama:\n    model_id: llama3\n    top_k: 40\n    num_ctx: 8192\n";
        Assert.Empty(Lint.Text("summarize.yaml", text).Of("PL5006"));
    }

    [Fact]
    public void Flags_dotprompt_config_and_reserved_key_typos()
    {
        string text = "---\nmodel: googleai/gemini-2.0-flash\nconfig:\n  temperature: 2.5\n  maxOutputTokens: \"300\"\nouptut:\n  format: json\n" +
            "input:\n  schema:\n    city: string\n---\n{{role \"system\"}}\nYou write a one-paragraph travel tip for {{city}}.\n";
        var findings = Lint.Text("tip.prompt", text).Of("PL5006");
        Assert.Collection(
            findings,
            f => Assert.Equal((4, 16, "'config.temperature' is 2.5, outside the range 0 to 2; the model service rejects it"), (f.Start().Line, f.Start().Column, f.Message)),
            f => Assert.Equal((5, 20, "'config.maxOutputTokens' must be a whole number in Dotprompt metadata, but it is the quoted text \"300\"; remove the quotes"), (f.Start().Line, f.Start().Column, f.Message)),
            f => Assert.Equal((6, 1, "unknown key 'ouptut' in Dotprompt metadata, which the runtime ignores; did you mean 'output'?"), (f.Start().Line, f.Start().Column, f.Message)));
    }

    [Fact]
    public void Accepts_dotprompt_extension_namespaces_and_provider_config() =>
        Assert.Empty(Lint.Text("tip.prompt",
            "---\nmodel: googleai/gemini-2.0-flash\nconfig:\n  temperature: 0.8\n  topK: 32\n  safetySettings: []\nmyapp.owner: travel-team\n" +
            "output:\n  format: json\n  schema:\n    tip: string\n---\nYou write a one-paragraph travel tip.\n").Of("PL5006"));

    [Fact]
    public void Flags_picoschema_type_typos_but_not_registered_schema_names_or_json_schema()
    {
        string text = "---\nmodel: googleai/gemini-2.0-flash\ninput:\n  schema:\n    city: strng, the city to visit\n    interests(aray): string\n" +
            "    season(enum): [spring, summer]\n    party: Traveller\n    days?: integer\noutput:\n  format: json\n  schema:\n    type: object\n" +
            "    properties:\n      tip: {type: strng}\n---\nYou write a travel tip for {{city}} ({{season}}) about {{interests}} for {{party}} over {{days}} days.\n";
        Assert.Collection(
            Lint.Text("tip.prompt", text).Of("PL5006"),
            f => Assert.Equal((5, 11, "'input.schema.city' has the Picoschema type 'strng', which Dotprompt does not know; did you mean 'string'?"), (f.Start().Line, f.Start().Column, f.Message)),
            f => Assert.Equal((6, 5, "'input.schema.interests(aray)' declares the Picoschema kind '(aray)', which Dotprompt does not know; did you mean '(array)'?"), (f.Start().Line, f.Start().Column, f.Message)));
    }

    [Fact]
    public void Other_formats_have_no_schema_to_break() =>
        Assert.Empty(Lint.Text("notes.md", "---\ntemprature: 9\n---\nYou summarize meeting notes.\n").Of("PL5006"));
}
