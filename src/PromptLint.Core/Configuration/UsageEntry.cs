using System;
using System.Collections.Generic;
using PromptLint.Settings;
using PromptLint.Text;

namespace PromptLint.Configuration;

/// <summary>Whether a <c>usage:</c> entry is keyed by a prompt glob or by a model ID (or pattern).</summary>
public enum UsageScope
{
    Prompts,
    Models,
}

/// <summary>
/// One entry of promptlint.yaml's <c>usage:</c> block, under <c>prompts:</c> (keyed by a glob relative to the
/// configuration folder) or <c>models:</c> (keyed by a model ID, <c>*</c> for any run of characters). Every value is
/// optional; a value set here overrides the default price table and any entry that applied before it (see
/// <see cref="Ladder.UsageResolver"/>). Money is in US dollars, as decimal.
/// </summary>
public sealed class UsageEntry
{
    private readonly GlobMatcher? _modelPattern;

    /// <summary>The keys an entry may have, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Keys { get; } = new[]
    {
        "model", "callsPerDay", "inputPricePerMillion", "outputPricePerMillion", "fineTunedInputPricePerMillion",
        "fineTunedOutputPricePerMillion", "trainingPricePerMillion", "trainingTokens", "tokensRemovedByFineTune",
        "userTokensPerCall", "outputTokensPerCall",
    };

    public UsageEntry(UsageScope scope, string key, Glob? glob, string configPath, TextSpan span)
    {
        Scope = scope;
        Key = key;
        Glob = glob;
        ConfigPath = configPath;
        Span = span;
        if (scope == UsageScope.Models)
        {
            _modelPattern = GlobMatcher.ForModelPattern(key.Trim());
        }
    }

    public UsageScope Scope { get; }

    /// <summary>The glob or the model ID/pattern as written.</summary>
    public string Key { get; }

    /// <summary>The parsed glob of a <c>prompts:</c> entry.</summary>
    public Glob? Glob { get; }

    public string ConfigPath { get; }

    public TextSpan Span { get; }

    /// <summary>The model the matching prompts are sent to when their file declares none (<c>prompts:</c> entries only).</summary>
    public string? Model { get; init; }

    public decimal? CallsPerDay { get; init; }

    public decimal? InputPricePerMillion { get; init; }

    public decimal? OutputPricePerMillion { get; init; }

    public decimal? FineTunedInputPricePerMillion { get; init; }

    public decimal? FineTunedOutputPricePerMillion { get; init; }

    public decimal? TrainingPricePerMillion { get; init; }

    /// <summary>Tokens the training job is billed for: training-set tokens × epochs.</summary>
    public decimal? TrainingTokens { get; init; }

    /// <summary>Static prompt tokens a fine-tune would let every call drop (examples, long instructions).</summary>
    public decimal? TokensRemovedByFineTune { get; init; }

    /// <summary>Input tokens per call beyond the static prompt (the user's text, retrieved context); default 0.</summary>
    public decimal? UserTokensPerCall { get; init; }

    /// <summary>Output tokens per call; default 0 (only the fine-tuned output premium uses it).</summary>
    public decimal? OutputTokensPerCall { get; init; }

    /// <summary>Whether a <c>models:</c> entry applies to <paramref name="modelId"/>.</summary>
    public bool MatchesModel(string? modelId)
    {
        if (_modelPattern is null || modelId is null)
        {
            return false;
        }

        return _modelPattern.IsMatch(modelId.Trim());
    }

    /// <summary>Whether a <c>prompts:</c> entry applies to the file at <paramref name="fullPath"/>.</summary>
    public bool MatchesPrompt(string fullPath) => Glob is not null && Glob.IsMatch(ConfigChain.RelativePath(ConfigPath, fullPath));
}
