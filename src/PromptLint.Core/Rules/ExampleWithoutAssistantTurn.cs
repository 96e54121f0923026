using PromptLint.Datasets;
using PromptLint.Diagnostics;

namespace PromptLint.Rules;

/// <summary>PL4011: a chat example with no assistant message, or a prompt/completion pair with an empty completion.</summary>
internal sealed class ExampleWithoutAssistantTurn : DatasetRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL4011", "Example has no assistant turn", Severity.Error, RuleScope.Datasets,
        "A chat example has no assistant message with content (or a prompt/completion example has an empty completion), so it teaches nothing; fine-tuning services reject such lines.");

    public override RuleDescriptor Descriptor => Rule;

    public override bool AppliesTo(DatasetRole role) => role != DatasetRole.Evaluation;

    public override void Observe(DatasetExample example, long offset, DatasetContext context)
    {
        if (example.HasAssistantTurn)
        {
            return;
        }

        context.Report.WithoutAssistantTurn++;
        context.ReportAt(Descriptor, example.Line, 1, offset, 1, example.Shape == DatasetLineShape.PromptCompletion
            ? $"line {example.Line} has an empty completion; write the output the model should learn, or drop the line"
            : $"line {example.Line} has no assistant message; add the answer the model should learn as a final {{\"role\": \"assistant\"}} turn, or drop the line");
    }
}
