using PromptLint.Analysis;
using PromptLint.Diagnostics;
using PromptLint.Model;
using PromptLint.Text;

namespace PromptLint.Rules;

/// <summary>PL7001: a credential anywhere in the prompt file, metadata included.</summary>
internal sealed class SecretInPrompt : PromptRule
{
    public static readonly RuleDescriptor Rule = new(
        "PL7001", "Secret inside a prompt", Severity.Error, RuleScope.PromptFiles | RuleScope.CSharp,
        "The prompt contains what looks like an API key, bearer token, private key or connection string with a password; prompts are logged and sent to third parties.");

    public override RuleDescriptor Descriptor => Rule;

    public override bool NeedsWellFormedMetadata => false;

    public override void Analyze(PromptDocument document, RuleContext context)
    {
        foreach ((string kind, TextSpan span) in SecretScanner.Scan(document.Source.Text))
        {
            context.Report(span, $"{kind} in the prompt; remove it, rotate it, and pass credentials through configuration, never through prompt text");
        }
    }
}
