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
    };
}
