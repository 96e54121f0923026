using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PromptLint.Analysis;

namespace PromptLint.Models;

/// <summary>
/// Classifies a model identifier as a base model, a fine-tune, custom weights or an ambiguous name, using the
/// regex set of the reference (llm-apis.md section B). Provider prefixes (<c>openai:chat:</c>, <c>vertex_ai/</c>, …)
/// are stripped first; then the rules run in the reference's order and the first match wins.
/// </summary>
/// <remarks>
/// Deliberate tightenings of the reference patterns: <c>\d</c> is written <c>[0-9]</c> and <c>\w</c> is written
/// <c>[A-Za-z0-9_]</c> (the .NET classes also accept non-ASCII digits and letters); identifiers longer than
/// <see cref="MaxLength"/> characters are never model IDs and classify as <see cref="ModelIdClass.Base"/>.
/// All patterns are case-sensitive except the name-hint words, as in the reference.
/// </remarks>
public static class ModelIdClassifier
{
    /// <summary>No provider's model identifier comes close to this length (a full Vertex AI endpoint URL is under 200).</summary>
    internal const int MaxLength = 512;

    internal const string UnknownProvider = "Unknown";

    private const string OpenAI = "OpenAI";
    private const string Bedrock = "AWS Bedrock";
    private const string Vertex = "Vertex AI";

    private static readonly Regex ProviderPrefix = Create(
        @"^(?:openai|azure|bedrock|vertex|vertex_ai|mistral|together|fireworks)(?::(?:chat|completion|responses))?[:/]");

    // 1. Mistral: ft:<base>:<8 hex>:<YYYYMMDD>[:<suffix>]:<8 hex>
    private static readonly Regex MistralFineTune = Create(
        @"^ft:(?<base>[a-z0-9][a-z0-9.\-]*):[0-9a-f]{8}:[0-9]{8}:(?:[A-Za-z0-9_\-]+:)?[0-9a-f]{8}$");

    // 2. OpenAI: ft:<base>:<org>:<suffix>:<id>[:ckpt-step-<n>]; org and suffix may be empty.
    private static readonly Regex OpenAIFineTune = Create(
        @"^ft:(?<base>[a-z0-9][a-z0-9.\-]*):[A-Za-z0-9_\-]*:[A-Za-z0-9._\-]*:[A-Za-z0-9]+(?<ckpt>:ckpt-step-[0-9]+)?$");

    // 2b. The reference's lenient variant, for documentation placeholders such as ft:gpt-4.1-mini:company-name:ID.
    private static readonly Regex OpenAIFineTuneLenient = Create(
        @"(?:^|[:/])ft:(?<base>[a-z0-9][A-Za-z0-9_.\-]*)(?::[A-Za-z0-9_.\-]*){2,4}$");

    private static readonly Regex CheckpointSuffix = Create(@":ckpt-step-[0-9]+$");

    // 3. OpenAI legacy (GPT-3): <base>:ft-<org>[:<suffix>]-YYYY-MM-DD-hh-mm-ss
    private static readonly Regex OpenAILegacyFineTune = Create(
        @"^(?<base>(?:ada|babbage|curie|davinci)[a-z0-9\-]*):ft-[A-Za-z0-9\-]+(?::[A-Za-z0-9\-]+)?-[0-9]{4}(?:-[0-9]{2}){5}$");

    // 4. Azure OpenAI fine-tuned model name: <base>.ft-<32 hex>[-suffix] (the suffix is not verified).
    private static readonly Regex AzureFineTune = Create(
        @"^(?<base>[a-z0-9][a-z0-9.\-]*)\.ft-[0-9a-f]{32}(?:-[A-Za-z0-9_\-]+)?$");

    // 5. Bedrock ARNs with a 12-digit account.
    private const string BedrockArn = @"^arn:aws(?:-[a-z\-]+)?:bedrock:[a-z0-9\-]+:[0-9]{12}:";
    private static readonly Regex BedrockCustomModel = Create(BedrockArn + @"custom-model/(?<base>[a-z0-9\-]+\.[a-z0-9\-:.]+)/[a-z0-9]{12}$");
    private static readonly Regex BedrockCustomModelDeployment = Create(BedrockArn + @"custom-model-deployment/[a-z0-9]{12}$");
    private static readonly Regex BedrockImportedModel = Create(BedrockArn + @"imported-model/[a-z0-9]{12}$");
    private static readonly Regex BedrockProvisionedModel = Create(BedrockArn + @"provisioned-model/[a-z0-9]{12}$");

    // 6. Vertex AI endpoint and registry model; Gemini API tuned model.
    private static readonly Regex VertexEndpoint = Create(
        @"^(?:https://[a-z0-9\-]+-aiplatform\.googleapis\.com/v1(?:beta1)?/)?projects/[^/\s]+/locations/[^/\s]+/endpoints/[^/\s]+$");
    private static readonly Regex VertexRegistryModel = Create(@"^projects/[^/\s]+/locations/[^/\s]+/models/[^/\s]+$");
    private static readonly Regex GeminiTunedModel = Create(@"^tunedModels/[a-z0-9][a-z0-9\-]*$");

    // 7. Fireworks account model (uploaded or fine-tuned); accounts/fireworks/... is the public catalog.
    private static readonly Regex FireworksAccountModel = Create(
        @"^accounts/(?!fireworks/)[a-z0-9][a-z0-9\-]*/models/[a-z0-9][a-z0-9.\-]*$");

    // 8. Cohere: <uuid>-ft
    private static readonly Regex CohereFineTune = Create(@"^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}-ft$");

    // 9. Together (low confidence): <namespace>/<base path>-<8 hex>
    private static readonly Regex TogetherFineTune = Create(@"^(?<ns>[A-Za-z0-9_.\-]+)/.+-[0-9a-f]{8}$");

    // 10. Local (Ollama / Hugging Face) and deployment aliases: low-confidence hint words.
    private static readonly Regex HintWord = Patterns.Create(
        @"(?:^|[-_/:.])(?:lora|qlora|adapter|sft|dpo|finetuned?|ft)(?:$|[-_/:.])", ignoreCase: true);

    private static readonly char[] HintSeparators = { '-', '_', '/', ':', '.' };

    private static readonly HashSet<string> HintWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "lora", "qlora", "adapter", "sft", "dpo", "finetune", "finetuned", "ft",
    };

    /// <summary>
    /// First path segments that rule out the Together rule: publishers of base models in Together's catalog, and the
    /// fixed first segments of other providers' path formats (Fireworks catalog, Gemini, Vertex publisher models).
    /// </summary>
    private static readonly HashSet<string> NotTogetherNamespaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "meta-llama", "mistralai", "Qwen", "google", "deepseek-ai", "togethercomputer", "microsoft", "NousResearch",
        "nvidia", "openai", "moonshotai", "zai-org", "THUDM", "black-forest-labs", "Salesforce", "BAAI", "intfloat",
        "allenai", "upstage", "Gryphe", "lgai", "arcee-ai", "ServiceNow-AI", "deepcogito", "mixedbread-ai",
        "codellama", "databricks", "Snowflake", "stabilityai", "tiiuae", "bigcode", "EleutherAI", "ibm-granite",
        "HuggingFaceH4", "HuggingFaceTB", "sentence-transformers", "Alibaba-NLP", "WhereIsAI", "teknium",
        "accounts", "models", "publishers", "projects", "tunedModels",
    };

    private static readonly ModelIdClassification BaseResult = new(ModelIdClass.Base, UnknownProvider, "base or unrecognized model", null);

    /// <summary>Classifies <paramref name="modelId"/>; null, empty or whitespace gives <see cref="ModelIdClass.Base"/>.</summary>
    public static ModelIdClassification Classify(string? modelId)
    {
        if (modelId is null)
            return BaseResult;

        string id = modelId.Trim();
        if (id.Length == 0 || id.Length > MaxLength)
            return BaseResult;

        if (ProviderPrefix.SafeMatch(id) is { } prefix)
            id = id.Substring(prefix.Length);

        return ClassifyStripped(id) ?? BaseResult;
    }

    /// <summary>True for <see cref="ModelIdClass.FineTuned"/> and <see cref="ModelIdClass.Custom"/> (what PL4001 flags by default).</summary>
    public static bool IsFineTunedOrCustom(string? modelId) =>
        Classify(modelId).Class is ModelIdClass.FineTuned or ModelIdClass.Custom;

    private static ModelIdClassification? ClassifyStripped(string id)
    {
        Match? m;

        // 1. Mistral
        if ((m = MistralFineTune.SafeMatch(id)) is not null)
            return Result(ModelIdClass.FineTuned, "Mistral", "Mistral fine-tuned model", m);

        // 2. OpenAI (strict, then the placeholder-tolerant variant)
        if ((m = OpenAIFineTune.SafeMatch(id)) is not null)
            return Result(ModelIdClass.FineTuned, OpenAI, m.Groups["ckpt"].Success ? "OpenAI fine-tuning checkpoint" : "OpenAI fine-tuned model", m);
        if ((m = OpenAIFineTuneLenient.SafeMatch(id)) is not null)
            return Result(ModelIdClass.FineTuned, OpenAI, CheckpointSuffix.SafeIsMatch(id) ? "OpenAI fine-tuning checkpoint" : "OpenAI fine-tuned model", m);

        // 3. OpenAI legacy
        if ((m = OpenAILegacyFineTune.SafeMatch(id)) is not null)
            return Result(ModelIdClass.FineTuned, OpenAI, "OpenAI legacy fine-tuned model", m);

        // 4. Azure OpenAI
        if ((m = AzureFineTune.SafeMatch(id)) is not null)
            return Result(ModelIdClass.FineTuned, "Azure OpenAI", "Azure OpenAI fine-tuned model", m);

        // 5. Bedrock
        if (id.StartsWith("arn:", StringComparison.Ordinal))
        {
            if ((m = BedrockCustomModel.SafeMatch(id)) is not null)
                return Result(ModelIdClass.FineTuned, Bedrock, "Bedrock custom model ARN", m);
            if (BedrockCustomModelDeployment.SafeIsMatch(id))
                return Result(ModelIdClass.FineTuned, Bedrock, "Bedrock custom model deployment ARN");
            if (BedrockImportedModel.SafeIsMatch(id))
                return Result(ModelIdClass.Custom, Bedrock, "Bedrock imported model ARN");
            if (BedrockProvisionedModel.SafeIsMatch(id))
                return Result(ModelIdClass.Ambiguous, Bedrock, "Bedrock provisioned model ARN");
        }

        // 6. Vertex AI, Gemini API
        if (VertexEndpoint.SafeIsMatch(id))
            return Result(ModelIdClass.Custom, Vertex, "Vertex AI endpoint");
        if (VertexRegistryModel.SafeIsMatch(id))
            return Result(ModelIdClass.Custom, Vertex, "Vertex AI registry model");
        if (GeminiTunedModel.SafeIsMatch(id))
            return Result(ModelIdClass.FineTuned, "Gemini API", "Gemini API tuned model");

        // 7. Fireworks
        if (FireworksAccountModel.SafeIsMatch(id))
            return Result(ModelIdClass.Custom, "Fireworks", "Fireworks account model");

        // 8. Cohere
        if (CohereFineTune.SafeIsMatch(id))
            return Result(ModelIdClass.FineTuned, "Cohere", "Cohere fine-tuned model");

        // 9. Together (low confidence)
        if ((m = TogetherFineTune.SafeMatch(id)) is not null && !NotTogetherNamespaces.Contains(m.Groups["ns"].Value))
            return Result(ModelIdClass.Ambiguous, "Together", "Together-style fine-tuned model name");

        // 10. Name hints (Ollama / Hugging Face names, deployment aliases such as gpt-4o-mini-ft); a name made of
        // nothing but hint words ("ft:", "lora") names no model.
        if (HintWord.SafeIsMatch(id) && !ConsistsOfHintWords(id))
            return Result(ModelIdClass.Ambiguous, UnknownProvider, "model name with a fine-tuning hint");

        return null;
    }

    private static bool ConsistsOfHintWords(string id)
    {
        foreach (string part in id.Split(HintSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!HintWords.Contains(part))
                return false;
        }
        return true;
    }

    private static ModelIdClassification Result(ModelIdClass cls, string provider, string kind, Match? match = null)
    {
        string? baseModel = null;
        if (match is not null)
        {
            Group group = match.Groups["base"];
            if (group.Success && group.Length > 0)
                baseModel = group.Value;
        }
        return new ModelIdClassification(cls, provider, kind, baseModel);
    }

    private static Regex Create(string pattern) => Patterns.Create(pattern, ignoreCase: false);
}
