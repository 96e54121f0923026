using PromptLint.Models;

namespace PromptLint.Core.Tests.Models;

/// <summary>The fine-tuned model identifier rules of the reference (llm-apis.md section B).</summary>
public sealed class ModelIdClassifierTests
{
    private const string Hex32 = "b044a9d3cf9c4228b5d393567f693b83";
    private const string Arn = "arn:aws:bedrock:us-east-1:123456789012:";

    [Theory]
    // 1. Mistral (the section-B example, and the optional-suffix form of the stated format)
    [InlineData("ft:open-mistral-7b:587a6b29:20240514:7e773925", "Mistral", "Mistral fine-tuned model", "open-mistral-7b")]
    [InlineData("ft:open-mistral-7b:587a6b29:20240514:my-suffix:7e773925", "Mistral", "Mistral fine-tuned model", "open-mistral-7b")]
    // 2. OpenAI: section-B must-match examples, the '::' empty-suffix and empty-org forms, checkpoints
    [InlineData("ft:gpt-4o-mini:openai:custom-model-name:7p4lURel", "OpenAI", "OpenAI fine-tuned model", "gpt-4o-mini")]
    [InlineData("ft:gpt-4o-mini:acemeco:suffix:abc123", "OpenAI", "OpenAI fine-tuned model", "gpt-4o-mini")]
    [InlineData("ft:gpt-3.5-turbo-0125:martin-seeler::9NG2I8g6", "OpenAI", "OpenAI fine-tuned model", "gpt-3.5-turbo-0125")]
    [InlineData("ft:gpt-4o-2024-08-06::my-suffix:AbC123xy", "OpenAI", "OpenAI fine-tuned model", "gpt-4o-2024-08-06")]
    [InlineData("ft:gpt-4o-mini-2024-07-18:my-org:custom-suffix:96olL566:ckpt-step-2000", "OpenAI", "OpenAI fine-tuning checkpoint", "gpt-4o-mini-2024-07-18")]
    // A third segment of 8 hex that is not followed by an 8-digit date is OpenAI, not Mistral.
    [InlineData("ft:gpt-4o-mini:0123abcd:suffix:abc12345", "OpenAI", "OpenAI fine-tuned model", "gpt-4o-mini")]
    [InlineData("ft:open-mistral-7b:587a6b29:2024051:7e773925", "OpenAI", "OpenAI fine-tuned model", "open-mistral-7b")]
    // 2b. Documentation placeholders (lenient variant), bare and behind a promptfoo provider prefix
    [InlineData("ft:gpt-4.1-mini:company-name:ID", "OpenAI", "OpenAI fine-tuned model", "gpt-4.1-mini")]
    [InlineData("openai:chat:ft:gpt-4.1-mini:company-name:ID", "OpenAI", "OpenAI fine-tuned model", "gpt-4.1-mini")]
    [InlineData("openai:ft:gpt-4o-mini:acemeco:suffix:abc123", "OpenAI", "OpenAI fine-tuned model", "gpt-4o-mini")]
    [InlineData("openai/ft:gpt-4o-mini:acemeco:suffix:abc123", "OpenAI", "OpenAI fine-tuned model", "gpt-4o-mini")]
    [InlineData("azure:responses:ft:gpt-4o-mini:acemeco:suffix:abc123", "OpenAI", "OpenAI fine-tuned model", "gpt-4o-mini")]
    // 3. OpenAI legacy (GPT-3)
    [InlineData("ada:ft-your-org:custom-model-name-2022-02-15-04-21-04", "OpenAI", "OpenAI legacy fine-tuned model", "ada")]
    [InlineData("curie:ft-acme-inc-2022-03-01-10-11-12", "OpenAI", "OpenAI legacy fine-tuned model", "curie")]
    // 4. Azure OpenAI model names (the trailing suffix form is not verified by the reference)
    [InlineData("gpt-4.1-mini-2025-04-14.ft-" + Hex32, "Azure OpenAI", "Azure OpenAI fine-tuned model", "gpt-4.1-mini-2025-04-14")]
    [InlineData("gpt-35-turbo-0613.ft-" + Hex32 + "-my-suffix", "Azure OpenAI", "Azure OpenAI fine-tuned model", "gpt-35-turbo-0613")]
    [InlineData("azure/gpt-4o-mini-2024-07-18.ft-" + Hex32, "Azure OpenAI", "Azure OpenAI fine-tuned model", "gpt-4o-mini-2024-07-18")]
    // 5. Bedrock custom model and custom model deployment
    [InlineData(Arn + "custom-model/amazon.titan-text-express-v1:0:8k/abcdef123456", "AWS Bedrock", "Bedrock custom model ARN", "amazon.titan-text-express-v1:0:8k")]
    [InlineData("arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:custom-model/meta.llama3-1-8b-instruct-v1:0/a1b2c3d4e5f6", "AWS Bedrock", "Bedrock custom model ARN", "meta.llama3-1-8b-instruct-v1:0")]
    [InlineData("bedrock/" + Arn + "custom-model/amazon.nova-micro-v1:0:128k/zz9yy8xx7ww6", "AWS Bedrock", "Bedrock custom model ARN", "amazon.nova-micro-v1:0:128k")]
    [InlineData(Arn + "custom-model-deployment/a1b2c3d4e5f6", "AWS Bedrock", "Bedrock custom model deployment ARN", null)]
    // 6. Gemini API tuned model
    [InlineData("tunedModels/my-sentiment-model-x7k2p", "Gemini API", "Gemini API tuned model", null)]
    // 8. Cohere
    [InlineData("7d4c4d2e-1b2a-4c3d-8e9f-0a1b2c3d4e5f-ft", "Cohere", "Cohere fine-tuned model", null)]
    public void Classifies_fine_tuned_models(string id, string provider, string kind, string? baseModel)
    {
        Assert.Equal(new ModelIdClassification(ModelIdClass.FineTuned, provider, kind, baseModel), ModelIdClassifier.Classify(id));
        Assert.True(ModelIdClassifier.IsFineTunedOrCustom(id));
    }

    [Theory]
    // 5. Bedrock imported model: custom weights, not necessarily fine-tuned
    [InlineData(Arn + "imported-model/k2mzv7zb8ppp", "AWS Bedrock", "Bedrock imported model ARN")]
    // 6. Vertex AI endpoints (bare, REST v1 and v1beta1, behind a LiteLLM-style prefix) and registry models
    [InlineData("projects/my-project/locations/us-central1/endpoints/1234567890123456789", "Vertex AI", "Vertex AI endpoint")]
    [InlineData("https://us-central1-aiplatform.googleapis.com/v1/projects/my-project/locations/us-central1/endpoints/1234567890", "Vertex AI", "Vertex AI endpoint")]
    [InlineData("https://europe-west4-aiplatform.googleapis.com/v1beta1/projects/123456/locations/europe-west4/endpoints/987", "Vertex AI", "Vertex AI endpoint")]
    [InlineData("vertex_ai/projects/my-project/locations/us-central1/endpoints/1234567890", "Vertex AI", "Vertex AI endpoint")]
    [InlineData("projects/my-project/locations/us-central1/models/4567890123", "Vertex AI", "Vertex AI registry model")]
    // 7. Fireworks account models (uploaded or fine-tuned)
    [InlineData("accounts/my-account/models/my-lora-model", "Fireworks", "Fireworks account model")]
    [InlineData("fireworks/accounts/acme-42/models/llama-v3p1-8b-ft.v2", "Fireworks", "Fireworks account model")]
    public void Classifies_custom_models(string id, string provider, string kind)
    {
        Assert.Equal(new ModelIdClassification(ModelIdClass.Custom, provider, kind, null), ModelIdClassifier.Classify(id));
        Assert.True(ModelIdClassifier.IsFineTunedOrCustom(id));
    }

    [Theory]
    // 5. Bedrock provisioned throughput also serves base models
    [InlineData(Arn + "provisioned-model/abcdef123456", "AWS Bedrock", "Bedrock provisioned model ARN")]
    // 9. Together (low confidence), bare and behind the together/ prefix
    [InlineData("mynamespace/meta-llama/Llama-2-7b-hf-32162631", "Together", "Together-style fine-tuned model name")]
    [InlineData("together/my_team/Qwen/Qwen2.5-7B-Instruct-a1b2c3d4", "Together", "Together-style fine-tuned model name")]
    // 10. Name hints: Azure deployment aliases, Ollama and Hugging Face names
    [InlineData("gpt-4o-mini-ft", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("azure:gpt-4o-mini-ft", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("my-support-bot.ft-v2", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("gpt-4o-mini.ft-abc", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("llama3.1:8b-lora", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("acme/mistral-7b-QLoRA", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("zephyr-7b-sft-full", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("my-llama3-finetuned:latest", "Unknown", "model name with a fine-tuning hint")]
    [InlineData("qwen2.5-adapter", "Unknown", "model name with a fine-tuning hint")]
    public void Classifies_ambiguous_models(string id, string provider, string kind)
    {
        Assert.Equal(new ModelIdClassification(ModelIdClass.Ambiguous, provider, kind, null), ModelIdClassifier.Classify(id));
        Assert.False(ModelIdClassifier.IsFineTunedOrCustom(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    // Plain base models of each provider
    [InlineData("gpt-4o-mini")]
    [InlineData("gpt-4o-mini-2024-07-18")]
    [InlineData("text-embedding-3-small")]
    [InlineData("claude-opus-4-6")]
    [InlineData("gemini-2.0-flash")]
    [InlineData("models/gemini-2.0-flash")]
    [InlineData("publishers/google/models/gemini-2.0-flash-001")]
    [InlineData("projects/my-project/locations/us-central1/publishers/google/models/gemini-2.0-flash-001")]
    [InlineData("anthropic.claude-3-5-sonnet-20241022-v2:0")]
    [InlineData("us.anthropic.claude-3-5-sonnet-20241022-v2:0")]
    [InlineData("arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0")]
    [InlineData("arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0")]
    [InlineData("accounts/fireworks/models/llama-v3p1-8b-instruct")]
    [InlineData("meta-llama/Llama-3.3-70B-Instruct-Turbo")]
    [InlineData("llama3.1:8b")]
    [InlineData("openai:chat:gpt-4o-mini")]
    [InlineData("mistral:latest")]
    // Section-B must-not-match examples: job and checkpoint object ids are not model ids
    [InlineData("ft:")]
    [InlineData("ftjob-abc123")]
    [InlineData("ftckpt_zc4Q7MP6XxulcVzj4MZdwsAB")]
    [InlineData("draft:x:y:z")]
    // Lookalikes
    [InlineData("meta-llama/Llama-2-7b-hf-32162631")] // Together pattern, but a known publisher
    [InlineData("accounts/fireworks/models/llama-v3-8b-1a2b3c4d")] // Fireworks catalog, not a Together namespace
    [InlineData(Arn + "provisioned-model/abcdef12345")] // 11 characters
    [InlineData(Arn + "custom-model-deployment/ABCDEF123456")] // upper case
    [InlineData("arn:aws:bedrock:us-east-1::custom-model/amazon.titan-text-express-v1:0:8k/abcdef123456")] // no account
    [InlineData("projects/p/locations/l/endpoints/e/extra")]
    [InlineData("7d4c4d2e-1b2a-4c3d-8e9f-0a1b2c3d4e5f")] // Cohere uuid without -ft
    [InlineData("tunedModels/")]
    [InlineData("lora")] // hint words only
    [InlineData("ft:ft:")]
    public void Classifies_everything_else_as_base(string? id)
    {
        Assert.Equal(new ModelIdClassification(ModelIdClass.Base, "Unknown", "base or unrecognized model", null), ModelIdClassifier.Classify(id));
        Assert.False(ModelIdClassifier.IsFineTunedOrCustom(id));
    }

    [Fact]
    public void Trims_surrounding_whitespace()
    {
        var result = ModelIdClassifier.Classify("  ft:gpt-4o-mini:acemeco:suffix:abc123 \r\n");
        Assert.Equal(ModelIdClass.FineTuned, result.Class);
        Assert.Equal("gpt-4o-mini", result.BaseModel);
    }

    [Fact]
    public void Matches_provider_formats_case_sensitively_like_the_reference()
    {
        // Only the name-hint words ignore case, so an upper-case "FT:" is at most a hint.
        Assert.Equal(ModelIdClass.Ambiguous, ModelIdClassifier.Classify("FT:gpt-4o-mini:acemeco:suffix:abc123").Class);
        Assert.Equal(ModelIdClass.Ambiguous, ModelIdClassifier.Classify("7D4C4D2E-1B2A-4C3D-8E9F-0A1B2C3D4E5F-FT").Class);
        Assert.Equal(ModelIdClass.Base, ModelIdClassifier.Classify("TUNEDMODELS/my-model").Class);
        Assert.Equal(ModelIdClass.Base, ModelIdClassifier.Classify("accounts/My-Account/models/x").Class);
    }

    [Theory]
    [InlineData(":")]
    [InlineData("ft:")]
    [InlineData("a-")]
    [InlineData("/")]
    public void Adversarial_100_kb_input_finishes_and_is_base(string unit)
    {
        string id = string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length));
        Assert.Equal(ModelIdClass.Base, ModelIdClassifier.Classify(id).Class);
    }

    [Fact]
    public void Long_inputs_with_a_valid_looking_head_are_base()
    {
        Assert.Equal(ModelIdClass.Base, ModelIdClassifier.Classify("ft:gpt-4o:org:suffix:" + new string('a', 100_000)).Class);
        Assert.Equal(ModelIdClass.Base, ModelIdClassifier.Classify(Arn + "custom-model/amazon." + new string(':', 100_000) + "/abcdef123456").Class);
    }

    [Theory]
    [InlineData(":")]
    [InlineData("ft:")]
    [InlineData("a-")]
    [InlineData("a/")]
    [InlineData(".ft-")]
    public void Adversarial_input_just_under_the_length_cap_finishes(string unit)
    {
        // Inputs within the cap reach every regex; this only checks they complete with a result.
        string id = string.Concat(Enumerable.Repeat(unit, ModelIdClassifier.MaxLength / unit.Length));
        Assert.NotNull(ModelIdClassifier.Classify(id));
    }
}
