using PromptLint.Datasets;

namespace PromptLint.Rules;

/// <summary>PL4011: a chat example with no assistant message, or a prompt/completion pair with an empty completion.</summary>
internal sealed class ExampleWithoutAssistantTurn : DatasetRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ExampleWithoutAssistantTurn;

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
