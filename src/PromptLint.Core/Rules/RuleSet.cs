using PromptLint.FineTuning;

namespace PromptLint.Rules;

/// <summary>Every rule that runs over a document, in catalog order. Input problems (PL0xxx, PL5001) come from the readers.</summary>
internal static class RuleSet
{
    public static readonly PromptRule[] All =
    {
        new SystemPromptLacksOutputFormat(),
        new SystemPromptTooThin(),
        new NoRoleOrPersona(),
        new ConflictingInstructions(),
        new NoFewShotExamples(),
        new TooFewExamples(),
        new InconsistentExampleFormats(),
        new FineTunedModelWithoutBaseline(),
        new EvalBaselineFileMissing(),
        new UndeclaredTemplateVariable(),
        new UnusedDeclaredInput(),
        new UndelimitedVariableInSystemPrompt(),
        new TokenBudgetExceeded(),
        new SecretInPrompt(),
        new KnowledgeBelongsInRetrieval(),
    };

    /// <summary>Checks over a fine-tune's eval result files (issue #11), in catalog order.</summary>
    public static readonly EvidenceRule[] Evidence =
    {
        new BaselineAndEvaluationDiffer(),
        new EvaluationNotHeldOut(),
        new FineTuneDoesNotBeatBaseline(),
        new BaselineOnDifferentModel(),
    };

    /// <summary>Fresh dataset checks for one file: they keep state while the file streams past.</summary>
    public static Datasets.DatasetRule[] CreateDatasetRules() => new Datasets.DatasetRule[]
    {
        new TrainingSetBelowSizeFloor(),
        new InconsistentDatasetOutputFormats(),
        new DuplicateDatasetExamples(),
        new SystemPromptsDifferAcrossExamples(),
        new ExampleWithoutAssistantTurn(),
        new ValidationOverlapsTraining(),
    };
}
