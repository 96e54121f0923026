using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>Untrusted values followed into system instructions across methods, and AllowDangerouslySetContent (issue #13, item 3).</summary>
public sealed class InjectionTests
{
    [Fact]
    public async Task Request_and_file_data_reaching_the_system_prompt_through_a_helper_is_flagged_at_the_source() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.IO;
            using OpenAI.Chat;

            namespace Microsoft.AspNetCore.Mvc { public sealed class FromBodyAttribute : System.Attribute { } }

            public record Ticket(string Text, string Persona);

            public class TicketController
            {
                const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. Reply in JSON with keys answer and confidence. ";

                public SystemChatMessage Post([Microsoft.AspNetCore.Mvc.FromBody] Ticket ticket) => Prompts.System({|PL5004:ticket.Persona|});
                public SystemChatMessage Direct([Microsoft.AspNetCore.Mvc.FromBody] Ticket ticket) => new SystemChatMessage({|PL5004:ticket.Text|});
                public SystemChatMessage FromFile() => new SystemChatMessage($"{Persona}Known issues: {{|PL5004:File.ReadAllText("issues.txt")|}}");
                public SystemChatMessage Constant() => Prompts.System(Persona);
            }

            static class Prompts
            {
                public static SystemChatMessage System(string instructions) => new SystemChatMessage(instructions);
            }
            """, "PL5004");

    [Fact]
    public async Task A_variable_that_is_the_trusted_system_message_is_not_a_finding() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            class Bot
            {
                const string BaseInstructions = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. Reply in JSON with keys answer and confidence. ";

                SystemChatMessage Build(string systemPrompt, string customerNote)
                {
                    var a = new SystemChatMessage($"{systemPrompt}\n\nToday is a business day.");
                    var b = new SystemChatMessage($"{BaseInstructions}The customer says: <note>{customerNote}</note>");
                    return new SystemChatMessage($"{BaseInstructions}The customer says: {{|PL5004:customerNote|}}");
                }
            }
            """, "PL5004");

    [Fact]
    public async Task AllowDangerouslySetContent_true_is_flagged_on_template_configs_and_input_variables() =>
        await new AnalyzerRunner().VerifyAsync("""
            using Microsoft.SemanticKernel;

            class App
            {
                void Build()
                {
                    var config = new PromptTemplateConfig("Summarize {{$input}} for a busy reader. Reply in JSON with keys title and summary.") { {|PL5005:AllowDangerouslySetContent = true|} };
                    var input = new InputVariable { Name = "input", {|PL5005:AllowDangerouslySetContent = true|} };
                    var factory = new KernelPromptTemplateFactory { {|PL5005:AllowDangerouslySetContent = true|} };
                    var safe = new PromptTemplateConfig("Summarize {{$input}} for a busy reader. Reply in JSON with keys title and summary.") { AllowDangerouslySetContent = false };
                }
            }
            """, "PL5005");
}
