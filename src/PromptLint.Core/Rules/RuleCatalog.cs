using System.Collections.Generic;
using System.Linq;

namespace PromptLint.Rules;

/// <summary>
/// The single source of rule IDs, titles, default severities and options. Docs (rules/PLxxxx.md), the CLI's
/// <c>rules</c> command and every host read from here; a test checks the docs agree.
/// </summary>
public static class RuleCatalog
{
    // Configuration (PL0001–PL0003).
    public static readonly RuleDescriptor MalformedConfiguration = Create("PL0001", "promptlint.yaml is malformed", Severity.Error,
        "The configuration file has a YAML syntax error, a value of the wrong type or an unknown severity word; nothing is linted with settings that silently differ from what the file says.");
    public static readonly RuleDescriptor UnknownConfigurationKey = Create("PL0002", "promptlint.yaml names something PromptLint does not know", Severity.Warning,
        "An unknown top-level key, rule ID or rule option in promptlint.yaml, or an unknown rule ID in a suppression comment; it has no effect, which is usually a typo.");
    public static readonly RuleDescriptor UnusedSuppression = Create("PL0003", "Suppression suppresses nothing", Severity.Info,
        "A promptlint-disable comment or promptlint: metadata entry matched no finding; remove it so stale suppressions do not hide future problems.");

    // Input problems (PL0010–PL0015).
    public static readonly RuleDescriptor UnreadableInput = Create("PL0010", "Input file could not be read", Severity.Error,
        "The file could not be opened or read (missing, locked, permission denied), so it was not linted.");
    public static readonly RuleDescriptor BinaryInput = Create("PL0011", "Input is not a text file", Severity.Warning,
        "The file contains NUL bytes or other binary content; prompt files must be text, so it was not linted.");
    public static readonly RuleDescriptor InvalidUtf8 = Create("PL0012", "Input is not valid UTF-8", Severity.Warning,
        "The file contains a byte sequence that is not valid UTF-8; prompt files are read as UTF-8, so it was not linted.");
    public static readonly RuleDescriptor InputTooLarge = Create("PL0013", "Input is larger than the size limit", Severity.Warning,
        "The file is larger than the configured limit (maxFileBytes, default 1 MiB) and was not linted; a prompt that large belongs in retrieval, not in the prompt.",
        RuleOptions.Of("maxFileBytes", 1024 * 1024));
    public static readonly RuleDescriptor MalformedStructure = Create("PL0014", "Prompt metadata or structure cannot be parsed", Severity.Error,
        "YAML front matter, a YAML prompt template or a JSON chat array has a syntax error or an unexpected shape; the message gives the parser's reason at its line and column.");
    public static readonly RuleDescriptor UnsupportedInput = Create("PL0015", "File is not a known prompt format", Severity.Info,
        "The file was named explicitly but its name matches no supported prompt format, so it was not linted.");

    // Hostile and broken input (PL0016–PL0019).
    public static readonly RuleDescriptor FindingsCapped = Create("PL0016", "Too many findings of one rule in a file", Severity.Info,
        "One rule reported more findings in one file than the cap (maxFindingsPerRule, default 100); the first ones are kept and this one finding gives the count of the rest, so a broken or hostile file cannot flood a report.",
        RuleOptions.Of("maxFindingsPerRule", 100));

    // Rung 1: a detailed system prompt.
    public static readonly RuleDescriptor SystemPromptLacksOutputFormat = Create("PL1001", "System prompt has no output-format spec", Severity.Warning,
        "The system prompt (or the instructions of a template without roles) never says what shape the answer must take, and no output format or schema is declared in metadata or at the call site.");
    public static readonly RuleDescriptor SystemPromptTooThin = Create("PL1002", "System prompt is too thin to steer behaviour", Severity.Warning,
        "The system prompt is too short (by default under 12 words) to give a role, a task, constraints and a format.",
        RuleOptions.Of("minWords", 12));
    public static readonly RuleDescriptor NoRoleOrPersona = Create("PL1003", "System prompt gives no role or persona", Severity.Info,
        "The system prompt never says who the model is or whom it serves (\"You are a …\", \"Act as …\", a Role/Identity section).");
    public static readonly RuleDescriptor ConflictingInstructions = Create("PL1004", "Instructions conflict with each other", Severity.Warning,
        "Two instructions contradict each other: a length (\"be brief\" and \"be thorough\", one sentence and several paragraphs), a format (JSON only and Markdown), or an always/never pair about the same thing.");

    // Rung 2: few-shot examples.
    public static readonly RuleDescriptor NoFewShotExamples = Create("PL2001", "Prompt has no few-shot examples", Severity.Warning,
        "The prompt shows no worked input→output example, neither as user/assistant turns before the final user turn nor as examples written into the instructions.");
    public static readonly RuleDescriptor TooFewExamples = Create("PL2002", "Prompt has fewer examples than the minimum", Severity.Info,
        "The prompt has some examples, but fewer than the configured minimum (minExamples, default 3); one example is easily copied rather than generalized.",
        RuleOptions.Of("minExamples", 3));
    public static readonly RuleDescriptor InconsistentExampleFormats = Create("PL2003", "Examples disagree in output format", Severity.Warning,
        "The examples' outputs use different formats (some JSON, some prose, …), so they teach the model no single format.");

    // Rung 3, knowledge that belongs in retrieval (issue #11).
    public static readonly RuleDescriptor KnowledgeBelongsInRetrieval = Create("PL3001", "Prompt carries reference data or time-sensitive facts", Severity.Info,
        "A system prompt (or a template with variables) pastes reference data (20 or more rows of a table or delimited block: a catalog, a price sheet) or facts that go stale (several prices, \"as of\" dates, a fixed current version or date); such knowledge changes, and belongs in retrieval rather than in static prompt text or in fine-tuned weights.");

    // Rung 4: fine-tuning only with a measured baseline.
    public static readonly RuleDescriptor FineTunedModelWithoutBaseline = Create("PL4001", "Fine-tuned model has no eval baseline", Severity.Warning,
        "A fine-tuned (or custom) model ID is used, but promptlint.yaml declares no eval baseline for it under models:; without a measured baseline and a held-out eval nobody knows whether the fine-tune beats a better prompt.");
    public static readonly RuleDescriptor EvalBaselineFileMissing = Create("PL4002", "Declared eval baseline file is missing", Severity.Error,
        "promptlint.yaml declares a baseline or evaluation file for a fine-tuned model, but that file is not among the project's files.");

    // Rung 4, evidence behind a fine-tune (issue #11): what the eval result files say.
    public static readonly RuleDescriptor BaselineAndEvaluationDiffer = Create("PL4003", "Baseline and evaluation measure different things", Severity.Warning,
        "The baseline and the fine-tune's evaluation report different metrics or ran on different datasets (or a metric other than the one promptlint.yaml declares), so their scores cannot be compared.");
    public static readonly RuleDescriptor EvaluationNotHeldOut = Create("PL4004", "Evaluation was not run on held-out data", Severity.Error,
        "The fine-tune's evaluation says it was not held out, ran on the training set, or shares examples with it (by a hash of the normalized input); a model scored on what it trained on proves nothing.");
    public static readonly RuleDescriptor FineTuneDoesNotBeatBaseline = Create("PL4005", "Fine-tune does not beat the prompt baseline", Severity.Warning,
        "The fine-tune's evaluation score is not better than the prompt-only baseline by at least minImprovement (promptlint.yaml, default 0.03 in the metric's units); the fine-tune costs more and gains nothing measurable.");
    public static readonly RuleDescriptor BaselineOnDifferentModel = Create("PL4006", "Baseline was measured on a different model than the fine-tune's base", Severity.Warning,
        "The baseline result names a model other than the one the fine-tune was trained from (derived from its ID, e.g. ft:gpt-4o-mini-2024-07-18:… → gpt-4o-mini-2024-07-18), so the comparison mixes the fine-tune's effect with a model change.");

    // Rung 4, fine-tuning datasets (issue #11): what the training and validation JSONL files hold.
    public static readonly RuleDescriptor TrainingSetBelowSizeFloor = Create("PL4007", "Training set has fewer examples than the floor for its task", Severity.Warning,
        "The training set has fewer examples than a fine-tune of its task kind needs (minExamples, default 500, for generation; minExamplesClassification, default 200, for classification and extraction); below the floor the model copies inconsistencies instead of learning the pattern.",
        RuleOptions.Of(("minExamples", 500), ("minExamplesClassification", 200)));
    public static readonly RuleDescriptor InconsistentDatasetOutputFormats = Create("PL4008", "Training outputs follow more than one format", Severity.Warning,
        "The assistant outputs of the training set mix formats (JSON and prose, labels and sentences) with no single format reaching minMajorityPercent (default 95) of the examples; the fine-tune will mix them too.",
        RuleOptions.Of("minMajorityPercent", 95));
    public static readonly RuleDescriptor DuplicateDatasetExamples = Create("PL4009", "Dataset repeats an example", Severity.Warning,
        "An example is an exact duplicate (after normalizing case and whitespace) or a near-duplicate (MinHash of word 3-shingles, estimated similarity ≥ 80 %) of an earlier one; duplicates over-weight a few cases and inflate the set's apparent size.");
    public static readonly RuleDescriptor SystemPromptsDifferAcrossExamples = Create("PL4010", "System prompts differ across training examples", Severity.Warning,
        "The training examples do not all carry the same system prompt; the model learns behaviour tied to prompts it will never see at run time. Use the one system prompt the application sends.");
    public static readonly RuleDescriptor ExampleWithoutAssistantTurn = Create("PL4011", "Example has no assistant turn", Severity.Error,
        "A chat example has no assistant message with content (or a prompt/completion example has an empty completion), so it teaches nothing; fine-tuning services reject such lines.");
    public static readonly RuleDescriptor ValidationOverlapsTraining = Create("PL4012", "Validation example also appears in training", Severity.Warning,
        "A validation example's input (normalized) is also in the training set, so the validation loss measures memorization, not generalization.");

    // Templates (PL5xxx).
    public static readonly RuleDescriptor TemplateSyntaxError = Create("PL5001", "Template syntax error", Severity.Error,
        "A template tag is not closed, a block is never closed, or a closing tag has no opener; the template would fail to render or render wrongly.");
    public static readonly RuleDescriptor UndeclaredTemplateVariable = Create("PL5002", "Template variable is not a declared input", Severity.Warning,
        "The template reads a variable the file's declared inputs do not list, so it renders empty or fails at run time.");
    public static readonly RuleDescriptor UnusedDeclaredInput = Create("PL5003", "Declared input is never used", Severity.Info,
        "The file declares an input the template never reads.");
    public static readonly RuleDescriptor UndelimitedVariableInSystemPrompt = Create("PL5004", "Variable interpolated into the system prompt without delimiters", Severity.Warning,
        "A template variable is inserted into the system prompt with no surrounding delimiters (XML tags, quotes, a fenced block), so text supplied at run time can pose as instructions (prompt injection).");

    // Size and cost (PL6xxx).
    public static readonly RuleDescriptor TokenBudgetExceeded = Create("PL6001", "Prompt exceeds its token budget", Severity.Warning,
        "The prompt's static text is estimated to be larger than the token budget (maxTokens, default 2,000); every call pays for it.",
        RuleOptions.Of("maxTokens", 2000));

    // Security (PL7xxx).
    public static readonly RuleDescriptor SecretInPrompt = Create("PL7001", "Secret inside a prompt", Severity.Error,
        "The prompt contains what looks like an API key, bearer token, private key or connection string with a password; prompts are logged and sent to third parties.");

    // C# data flow (PL1005–PL1009, PL5005–PL5009): reported by the Roslyn analyzer from code, not from prompt files.
    public static readonly RuleDescriptor RequestWithoutInstructions = Create("PL1005", "Request has no system or developer instructions", Severity.Warning,
        "Code sends the model a request made only of user text (a bare question, a Semantic Kernel prompt of a few words, user messages with no system message), so nothing sets a role, a task, constraints or an output format; one finding replaces PL1001, PL1002 and PL2001 for such a request.");
    public static readonly RuleDescriptor ToolWithoutDescription = Create("PL1006", "Tool has no description", Severity.Warning,
        "A function offered to the model as a tool ([KernelFunction] method, AIFunctionFactory.Create) has no description, so the model chooses and calls it from its name alone.");
    public static readonly RuleDescriptor ToolParameterWithoutDescription = Create("PL1007", "Tool parameter has no description", Severity.Info,
        "A parameter of a tool function has no [Description], so the model has to guess what value and format to pass.");
    public static readonly RuleDescriptor ToolDescriptionsNearlyIdentical = Create("PL1008", "Two tools of one plugin have near-identical descriptions", Severity.Warning,
        "Two tool functions of the same plugin class are described in (almost) the same words, so the model cannot tell from the descriptions which one to call.");
    public static readonly RuleDescriptor DangerousContentAllowed = Create("PL5005", "Template allows dangerously set content", Severity.Warning,
        "AllowDangerouslySetContent = true on a Semantic Kernel prompt template config, input variable or template factory turns off the encoding of variable and function values, so text supplied at run time can inject <message role=\"system\"> tags.");

    public static IReadOnlyList<RuleDescriptor> All { get; } = typeof(RuleCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(RuleDescriptor))
        .Select(f => (RuleDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToArray();

    public static RuleDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, System.StringComparison.OrdinalIgnoreCase));

    private static RuleDescriptor Create(string id, string title, Severity severity, string description, IReadOnlyDictionary<string, int>? options = null) =>
        new(id, title, severity, description, options ?? RuleOptions.None);
}
