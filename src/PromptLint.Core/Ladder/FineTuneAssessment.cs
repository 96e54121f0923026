using System.Collections.Generic;
using System.Linq;

namespace PromptLint.Ladder;

public enum Answer
{
    Yes,
    No,
    Unknown,
}

/// <summary>One of the four questions before fine-tuning, answered from the configuration and the evidence.</summary>
public sealed record QuestionAnswer(string Key, string Question, Answer Answer, string Why);

/// <summary>A fine-tuned model the report found (declared under <c>models:</c> or used by a prompt), the four questions and the general-ability check.</summary>
public sealed class FineTuneAssessment
{
    public string Model { get; internal set; } = string.Empty;

    public string? BaseModel { get; internal set; }

    /// <summary>The base's place on the retirement table: retired, retiring, not listed, or unknown (PL4013/PL4014).</summary>
    public BaseRetirementStatus BaseRetirement { get; internal set; } = new(BaseRetirementStatus.Unknown, null, RetirementTableDate, null);

    private static string RetirementTableDate => Settings.RetirementTable.Default.AsOf;

    /// <summary>The promptlint.yaml whose <c>models:</c> entry declares it (as the host displays paths); null when none does.</summary>
    public string? DeclaredIn { get; internal set; }

    /// <summary>The evidence verdict: passed, failed (rule IDs), incomplete, or no models: entry.</summary>
    public string Evidence { get; internal set; } = string.Empty;

    /// <summary>The prompts that use it (display paths).</summary>
    public IReadOnlyList<string> Prompts { get; internal set; } = new List<string>();

    public IReadOnlyList<QuestionAnswer> Questions { get; internal set; } = new List<QuestionAnswer>();

    /// <summary>The check after training: did the fine-tune keep its base's general ability (PL4015, PL4016)?</summary>
    public QuestionAnswer GeneralAbility { get; internal set; } = new("generalAbility", FineTuneQuestions.GeneralAbility, Answer.Unknown, string.Empty);

    /// <summary>The four questions, then the general-ability check: the rows the text, Markdown and HTML reports print.</summary>
    public IEnumerable<QuestionAnswer> Rows => Questions.Append(GeneralAbility);
}
