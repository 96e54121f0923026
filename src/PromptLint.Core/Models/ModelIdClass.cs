namespace PromptLint.Models;

/// <summary>What a model identifier says about the weights behind it (reference section B, "Output classes").</summary>
public enum ModelIdClass
{
    /// <summary>A provider's base model, or an identifier no rule recognises.</summary>
    Base,

    /// <summary>A definite fine-tune: OpenAI, Mistral, Azure OpenAI, Bedrock custom model, Gemini API tuned model, Cohere.</summary>
    FineTuned,

    /// <summary>Custom weights or a custom deployment that may or may not be fine-tuned: Bedrock imported model, Vertex AI endpoint or registry model, Fireworks account model.</summary>
    Custom,

    /// <summary>Possibly a fine-tune, but the identifier alone cannot tell: Bedrock provisioned model, Together-style names, name hints such as <c>-ft</c> or <c>lora</c>.</summary>
    Ambiguous,
}

/// <summary>The result of <see cref="ModelIdClassifier.Classify"/>.</summary>
/// <param name="Class">The output class.</param>
/// <param name="Provider">The provider whose format matched, e.g. "OpenAI", "AWS Bedrock"; "Unknown" when no provider format matched.</param>
/// <param name="Kind">A short phrase for diagnostics, e.g. "OpenAI fine-tuned model", "Vertex AI endpoint".</param>
/// <param name="BaseModel">The base model named inside the identifier (OpenAI, Mistral, Azure OpenAI, Bedrock custom model), otherwise null.</param>
public sealed record ModelIdClassification(ModelIdClass Class, string Provider, string Kind, string? BaseModel);
