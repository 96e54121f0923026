using System;
using System.Collections.Generic;
using PromptLint.Model;
using static PromptLint.Rules.MetadataSchema;

namespace PromptLint.Rules;

/// <summary>
/// Each format's metadata schema as data, from its published specification: Prompty (the v1 front matter schema and
/// the later generations' <c>model.id</c>/<c>connection</c>/<c>options</c>, <c>template.format</c>), Semantic Kernel
/// <c>PromptTemplateConfig</c> and its <c>InputVariable</c>/<c>OutputVariable</c>, Dotprompt's reserved keys and Picoschema type names. Model parameter maps are open (runtimes
/// pass them to the provider), so only known parameters are checked there, and a typo only when it is no provider's own name.
/// </summary>
internal static class MetadataSchemas
{
    private static readonly MetadataSchema Temperature = Range(ValueShape.Number, 0, 2);
    private static readonly MetadataSchema TopP = Range(ValueShape.Number, 0, 1);
    private static readonly MetadataSchema MaxTokens = Range(ValueShape.Integer, 0, exclusive: true);
    private static readonly MetadataSchema Penalty = Range(ValueShape.Number, -2, 2);

    /// <summary>OpenAI-style sampling parameters, in the spellings the formats' runtimes accept.</summary>
    private static readonly Dictionary<string, MetadataSchema> ModelParameters = new(StringComparer.Ordinal)
    {
        ["temperature"] = Temperature,
        ["top_p"] = TopP,
        ["topP"] = TopP,
        ["max_tokens"] = MaxTokens,
        ["maxTokens"] = MaxTokens,
        ["max_completion_tokens"] = MaxTokens,
        ["max_output_tokens"] = MaxTokens,
        ["maxOutputTokens"] = MaxTokens,
        ["frequency_penalty"] = Penalty,
        ["frequencyPenalty"] = Penalty,
        ["presence_penalty"] = Penalty,
        ["presencePenalty"] = Penalty,
        ["seed"] = Of(ValueShape.Integer),
        ["n"] = Range(ValueShape.Integer, 1),
        ["stop"] = Of(ValueShape.Text | ValueShape.Sequence),
        ["stop_sequences"] = Of(ValueShape.Text | ValueShape.Sequence),
        ["stopSequences"] = Of(ValueShape.Text | ValueShape.Sequence),
        ["response_format"] = Of(ValueShape.Text | ValueShape.Mapping),
        ["responseFormat"] = Of(ValueShape.Text | ValueShape.Mapping),
        ["tools"] = Of(ValueShape.Sequence),
        ["tool_choice"] = Of(ValueShape.Text | ValueShape.Mapping),
        ["tools_choice"] = Of(ValueShape.Text | ValueShape.Mapping),
        ["stream"] = Of(ValueShape.Boolean),
    };

    /// <summary>Provider parameters one edit away from a known one (top_k beside top_p), which are not typos.</summary>
    private static readonly string[] ProviderParameters =
    {
        "top_k", "topK", "max_new_tokens", "min_tokens", "min_p", "logprobs", "top_logprobs", "user", "kind", "modality",
        "max_input_tokens", "chat_system_prompt",
    };

    private static MetadataSchema Parameters(params (string Key, MetadataSchema Schema)[] extra)
    {
        var keys = new Dictionary<string, MetadataSchema>(ModelParameters, StringComparer.Ordinal);
        foreach (var (key, schema) in extra)
        {
            keys[key] = schema;
        }

        return new MetadataSchema { Shape = ValueShape.Mapping, Keys = keys, PassThrough = ProviderParameters };
    }

    private static readonly MetadataSchema PromptyModel = new()
    {
        Shape = ValueShape.Mapping | ValueShape.Text,
        Keys = new Dictionary<string, MetadataSchema>(StringComparer.Ordinal)
        {
            ["api"] = Choice("chat", "completion"),
            ["configuration"] = Of(ValueShape.Mapping),
            ["parameters"] = Parameters(),
            ["response"] = Choice("first", "full", "all"),
            ["id"] = Of(ValueShape.Text),
            ["provider"] = Of(ValueShape.Text),
            ["connection"] = Of(ValueShape.Mapping | ValueShape.Text),
            ["options"] = Parameters(),
        },
    };

    private static readonly MetadataSchema PromptyTemplateFormat = Choice("jinja2", "mustache", "handlebars");

    private static readonly MetadataSchema PromptyTemplate = new()
    {
        Shape = ValueShape.Text | ValueShape.Mapping,
        OneOf = PromptyTemplateFormat.OneOf,
        Keys = new Dictionary<string, MetadataSchema>(StringComparer.Ordinal)
        {
            ["format"] = new() { Shape = ValueShape.Text | ValueShape.Mapping, OneOf = PromptyTemplateFormat.OneOf, Keys = Keyed(("kind", PromptyTemplateFormat)) },
            ["parser"] = Anything,
            ["strict"] = Of(ValueShape.Boolean),
            ["options"] = Of(ValueShape.Mapping),
            ["type"] = Anything,
        },
    };

    public static readonly MetadataSchema Prompty = Object(Keyed(
        ("$schema", Of(ValueShape.Text)),
        ("kind", Anything),
        ("id", Anything),
        ("name", Anything),
        ("description", Anything),
        ("version", Anything),
        ("authors", Of(ValueShape.Sequence | ValueShape.Text)),
        ("tags", Of(ValueShape.Sequence | ValueShape.Text)),
        ("metadata", Of(ValueShape.Mapping)),
        ("model", PromptyModel),
        ("sample", Anything),
        ("inputs", Of(ValueShape.Mapping | ValueShape.Sequence)),
        ("outputs", Of(ValueShape.Mapping | ValueShape.Sequence)),
        ("tools", Anything),
        ("template", PromptyTemplate),
        ("instructions", Anything),
        ("additional_instructions", Anything),
        ("base", Anything),
        ("promptlint", Anything)));

    private static readonly MetadataSchema SemanticKernelInputVariable = Object(Keyed(
        ("name", Of(ValueShape.Text)),
        ("description", Anything),
        ("default", Anything),
        ("is_required", Of(ValueShape.Boolean)),
        ("json_schema", Anything),
        ("allow_dangerously_set_content", Of(ValueShape.Boolean)),
        ("sample", Anything)));

    private static readonly MetadataSchema SemanticKernelExecutionSettings = Parameters(
        ("service_id", Of(ValueShape.Text)),
        ("model_id", Of(ValueShape.Text)),
        ("function_choice_behavior", Of(ValueShape.Mapping | ValueShape.Text)),
        ("chat_system_prompt", Of(ValueShape.Text)));

    public static readonly MetadataSchema SemanticKernelYaml = Object(Keyed(
        ("name", Of(ValueShape.Text)),
        ("description", Anything),
        ("template_format", Choice("semantic-kernel", "handlebars", "liquid", "jinja2")),
        ("template", Of(ValueShape.Text)),
        ("input_variables", new MetadataSchema { Shape = ValueShape.Sequence, EachItem = SemanticKernelInputVariable }),
        ("output_variable", Object(Keyed(("description", Anything), ("json_schema", Anything)))),
        ("execution_settings", new MetadataSchema { Shape = ValueShape.Mapping, EachValue = SemanticKernelExecutionSettings }),
        ("allow_dangerously_set_content", Of(ValueShape.Boolean)),
        ("promptlint", Anything)));

    /// <summary>
    /// Dotprompt's reserved front matter keys (dotted keys are extension namespaces, kept apart); <c>config</c> is the
    /// model's open configuration, and output formats are left unchecked because Genkit apps can register their own.
    /// </summary>
    private static readonly MetadataSchema Picoschema = new() { IsPicoschema = true };

    public static readonly MetadataSchema Dotprompt = Object(Keyed(
        ("name", Of(ValueShape.Text)),
        ("variant", Of(ValueShape.Text)),
        ("version", Anything),
        ("description", Anything),
        ("model", Of(ValueShape.Text | ValueShape.Mapping)),
        ("tools", Of(ValueShape.Sequence)),
        ("toolDefs", Of(ValueShape.Sequence)),
        ("config", Parameters(("version", Anything))),
        ("input", Object(Keyed(("schema", Picoschema), ("default", Of(ValueShape.Mapping))))),
        ("output", Object(Keyed(("format", Of(ValueShape.Text)), ("schema", Picoschema), ("contentType", Of(ValueShape.Text)), ("constrained", Of(ValueShape.Boolean))))),
        ("raw", Anything),
        ("ext", Of(ValueShape.Mapping)),
        ("metadata", Of(ValueShape.Mapping)),
        ("returnToolRequests", Of(ValueShape.Boolean)),
        ("maxTurns", Range(ValueShape.Integer, 0, exclusive: true)),
        ("promptlint", Anything)));

    /// <summary>The schema a format's metadata is checked against, or null when PromptLint has none for it.</summary>
    public static MetadataSchema? For(PromptFormat format) => format switch
    {
        PromptFormat.Prompty => Prompty,
        PromptFormat.SemanticKernelYaml => SemanticKernelYaml,
        PromptFormat.Dotprompt => Dotprompt,
        _ => null,
    };

    private static Dictionary<string, MetadataSchema> Keyed(params (string Key, MetadataSchema Schema)[] entries)
    {
        var keys = new Dictionary<string, MetadataSchema>(StringComparer.Ordinal);
        foreach (var (key, schema) in entries)
        {
            keys[key] = schema;
        }

        return keys;
    }
}
