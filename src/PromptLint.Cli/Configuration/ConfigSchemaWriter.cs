using System.Text.Encodings.Web;
using System.Text.Json;
using PromptLint.Configuration;
using PromptLint.Diagnostics;
using PromptLint.Rules;
using PromptLint.Settings;

namespace PromptLint.Cli.Configuration;

/// <summary>
/// Generates the JSON Schema for promptlint.yaml (schemas/promptlint.schema.json) from the rule catalog and
/// the parser's keys, so editors with a YAML language server complete and validate the file. A test fails
/// when the committed schema differs from this output (<c>promptlint schema &gt; schemas/promptlint.schema.json</c>).
/// </summary>
internal static class ConfigSchemaWriter
{
    public static string Generate()
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            if (RepositoryLinks.Current.Schema("promptlint.schema.json") is { } id)
            {
                w.WriteString("$id", id);
            }

            w.WriteString("title", "promptlint.yaml");
            w.WriteString("description", "PromptLint configuration: rule severities and options, presets, include/exclude globs, per-glob overrides, fine-tuned models and their evidence, and usage figures for the ladder report.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("definitions");
            WriteSeverity(w);
            WriteRules(w);
            WriteGlobs(w);
            w.WriteEndObject();
            w.WriteStartObject("properties");
            foreach (string key in ConfigParser.TopLevelKeys)
            {
                w.WriteStartObject(key);
                switch (key)
                {
                    case "root":
                        w.WriteString("type", "boolean");
                        w.WriteString("description", "Stop looking for promptlint.yaml files in parent folders.");
                        break;
                    case "extends":
                        w.WriteString("description", "The built-in preset this file refines (default: recommended).");
                        WriteEnum(w, Presets.Names);
                        break;
                    case "rules":
                        w.WriteString("$ref", "#/definitions/rules");
                        break;
                    case "include" or "exclude":
                        w.WriteString("$ref", "#/definitions/globs");
                        w.WriteString("description", key == "include" ? "Only files matching one of these globs are linted when folders are walked." : "Files matching one of these globs are not linted when folders are walked.");
                        break;
                    case "overrides":
                        w.WriteString("type", "array");
                        w.WriteString("description", "Rule settings for files matching globs; later entries win.");
                        w.WriteStartObject("items");
                        w.WriteString("type", "object");
                        w.WriteBoolean("additionalProperties", false);
                        w.WriteStartArray("required");
                        w.WriteStringValue("files");
                        w.WriteEndArray();
                        w.WriteStartObject("properties");
                        w.WriteStartObject("files");
                        w.WriteString("$ref", "#/definitions/globs");
                        w.WriteEndObject();
                        w.WriteStartObject("rules");
                        w.WriteString("$ref", "#/definitions/rules");
                        w.WriteEndObject();
                        w.WriteEndObject();
                        w.WriteEndObject();
                        break;
                    case "models":
                        WriteModels(w);
                        break;
                    case "retirements":
                        WriteRetirements(w);
                        break;
                    default:
                        WriteUsage(w);
                        break;
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRetirements(Utf8JsonWriter w)
    {
        const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        w.WriteString("type", "object");
        w.WriteString("description", "Retirements of fine-tune base models (PL4013, PL4014): the date to judge against and rows over the table shipped with PromptLint.");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("asOf");
        w.WriteString("type", "string");
        w.WriteString("pattern", DatePattern);
        w.WriteString("description", "The date (YYYY-MM-DD) retirements are judged against; default: the shipped table's own date.");
        w.WriteEndObject();
        w.WriteStartObject("models");
        w.WriteString("type", "object");
        w.WriteString("description", "Base model ID -> its retirement: a date, never (removes the row), or { retires, provider, source }.");
        w.WriteStartObject("additionalProperties");
        w.WriteStartArray("oneOf");
        w.WriteStartObject();
        w.WriteString("type", "string");
        w.WriteString("pattern", "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|never)$");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartArray("required");
        w.WriteStringValue("retires");
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteStartObject("retires");
        w.WriteString("type", "string");
        w.WriteString("pattern", "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|never)$");
        w.WriteEndObject();
        w.WriteStartObject("provider");
        w.WriteString("type", "string");
        w.WriteString("description", "Only this provider's base of that name (e.g. OpenAI, Azure OpenAI); default: any provider.");
        w.WriteEndObject();
        w.WriteStartObject("source");
        w.WriteString("type", "string");
        w.WriteString("description", "Where the date comes from; shown in the finding.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteModels(Utf8JsonWriter w)
    {
        w.WriteString("type", "object");
        w.WriteString("description", "Fine-tuned model IDs (exact, or with * for a family of deployments) and the evidence behind each: eval results, datasets, metric, task kind, general-ability eval (PL4001-PL4012, PL4015, PL4016).");
        w.WriteStartObject("additionalProperties");
        w.WriteStartArray("type");
        w.WriteStringValue("object");
        w.WriteStringValue("null");
        w.WriteEndArray();
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (string key in ConfigParser.ModelKeys)
        {
            w.WriteStartObject(key);
            switch (key)
            {
                case "task":
                    w.WriteString("description", "What the fine-tune does; sets PL4007's training-set floor (classification/extraction 200, generation 500). Default: generation.");
                    WriteEnum(w, new[] { "classification", "extraction", "generation" });
                    break;
                case "minImprovement":
                    WriteNonNegativeNumber(w, ModelBaseline.DefaultMinImprovement, "How much the evaluation must beat the baseline by, in the metric's units (PL4005).");
                    break;
                case "better":
                    WriteBetter(w, "Whether higher or lower scores are better (lower for error rates). Default: higher.");
                    break;
                case "metric":
                    w.WriteString("type", "string");
                    w.WriteString("description", "The metric both result files must report, e.g. accuracy; picks one metric out of files with several (PL4003).");
                    break;
                case "regression":
                    WriteRegression(w);
                    break;
                default:
                    w.WriteString("type", "string");
                    w.WriteString("description", key switch
                    {
                        "baseline" => "Eval result of the prompt-only system on the fine-tune's base model (PromptLint JSON, MEAI ScenarioRunResult or promptfoo results.json), relative to this file.",
                        "evaluation" => "Eval result of the fine-tune on held-out data, same metric and dataset as the baseline, relative to this file.",
                        "training" => "The fine-tuning training set (JSONL), relative to this file.",
                        _ => "The validation set uploaded with the job (JSONL), relative to this file.",
                    });
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNonNegativeNumber(Utf8JsonWriter w, double defaultValue, string description)
    {
        w.WriteString("type", "number");
        w.WriteNumber("minimum", 0);
        w.WriteNumber("default", defaultValue);
        w.WriteString("description", description);
    }

    private static void WriteBetter(Utf8JsonWriter w, string description)
    {
        w.WriteString("description", description);
        WriteEnum(w, new[] { "higher", "lower" });
    }

    private static void WriteRegression(Utf8JsonWriter w)
    {
        w.WriteString("type", "object");
        w.WriteString("description", "The general-ability eval (reasoning, instruction following, safety) run on the fine-tune's base and on the fine-tune, in the same result formats as baseline (PL4015 without it, PL4016 when the fine-tune falls below the base by more than tolerance).");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (string key in ConfigParser.RegressionKeys)
        {
            w.WriteStartObject(key);
            switch (key)
            {
                case "tolerance":
                    WriteNonNegativeNumber(w, RegressionEval.DefaultTolerance, "How far the fine-tune may score below the base, in the metric's units (PL4016).");
                    break;
                case "better":
                    WriteBetter(w, "Whether higher or lower general-ability scores are better. Default: higher.");
                    break;
                default:
                    w.WriteString("type", "string");
                    w.WriteString("description", key switch
                    {
                        "base" => "Eval result of the general-ability eval on the fine-tune's base model, relative to this file.",
                        "fineTune" => "Eval result of the same general-ability eval on the fine-tune, relative to this file.",
                        _ => "The metric both general-ability results report; picks one metric out of files with several (PL4003).",
                    });
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteUsage(Utf8JsonWriter w)
    {
        w.WriteString("type", "object");
        w.WriteString("description", "Calls, prices and fine-tune figures for the ladder report (promptlint ladder, docs/ladder-report.md). Later entries and nearer files win; prompts: entries win over models: entries, which win over the default price table. Money in US dollars, prices per million tokens.");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (string section in new[] { "prompts", "models" })
        {
            w.WriteStartObject(section);
            w.WriteString("type", "object");
            w.WriteString("description", section == "prompts"
                ? "Keyed by a glob relative to this file: the figures for the prompt files it matches."
                : "Keyed by a model ID (* for any run of characters), matched against a prompt's model and a fine-tune's base model.");
            w.WriteStartObject("additionalProperties");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            foreach (string key in UsageEntry.Keys.Where(k => k != "model" || section == "prompts"))
            {
                w.WriteStartObject(key);
                if (key == "model")
                {
                    w.WriteString("type", "string");
                }
                else
                {
                    w.WriteString("type", "number");
                    w.WriteNumber("minimum", 0);
                }

                w.WriteString("description", UsageDescription(key));
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static string UsageDescription(string key) => key switch
    {
        "model" => "The model these prompts are sent to when their file declares none.",
        "callsPerDay" => "Calls per day that send this prompt.",
        "inputPricePerMillion" => "Input price, US dollars per million tokens (default: the price table).",
        "outputPricePerMillion" => "Output price, US dollars per million tokens.",
        "fineTunedInputPricePerMillion" => "Input price of the fine-tuned model, US dollars per million tokens.",
        "fineTunedOutputPricePerMillion" => "Output price of the fine-tuned model, US dollars per million tokens.",
        "trainingPricePerMillion" => "Training price, US dollars per million training tokens.",
        "trainingTokens" => "Expected training tokens: training-set tokens × epochs.",
        "tokensRemovedByFineTune" => "Static prompt tokens a fine-tune would remove from every call (examples, long instructions).",
        "userTokensPerCall" => "Input tokens per call beyond the static prompt (user text, retrieved context); default 0.",
        _ => "Output tokens per call; default 0.",
    };

    private static void WriteSeverity(Utf8JsonWriter w)
    {
        w.WriteStartObject("severity");
        w.WriteString("description", "error fails the build or run; none turns the rule off.");
        WriteEnum(w, new[] { "error", "warning", "info", "none" });
        w.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter w)
    {
        w.WriteStartObject("rules");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (RuleDescriptor rule in RuleCatalog.All)
        {
            w.WriteStartObject(rule.Id);
            w.WriteString("description", $"{rule.Title} (default: {rule.DefaultSeverity.ToName()}).{(rule.HelpLink is { } link ? " " + link : "")}");
            w.WriteStartArray("oneOf");
            w.WriteStartObject();
            w.WriteString("$ref", "#/definitions/severity");
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            w.WriteStartObject("severity");
            w.WriteString("$ref", "#/definitions/severity");
            w.WriteEndObject();
            foreach (var option in rule.Options)
            {
                w.WriteStartObject(option.Key);
                w.WriteString("type", "integer");
                w.WriteNumber("minimum", 0);
                w.WriteNumber("default", option.Value);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteGlobs(Utf8JsonWriter w)
    {
        w.WriteStartObject("globs");
        w.WriteString("description", "Globs relative to this file's folder: * within a folder, ** across folders, ?, {a,b}. A glob without '/' matches file names at any depth.");
        w.WriteStartArray("oneOf");
        w.WriteStartObject();
        w.WriteString("type", "string");
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("type", "string");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray("enum");
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
