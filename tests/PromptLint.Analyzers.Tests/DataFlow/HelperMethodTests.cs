using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>A helper whose parameter flows into an SDK prompt argument is a prompt sink: callers' constants are linted at the caller.</summary>
public sealed class HelperMethodTests
{
    private const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. ";

    [Fact]
    public async Task Instructions_passed_through_a_helper_parameter_are_linted_at_each_caller() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            static class Agents
            {
                public static ChatOptions CreateAgent(string name, string instructions) => new ChatOptions { Instructions = instructions };
                public static SystemChatMessage Wrap(string text) => Inner(text);
                private static SystemChatMessage Inner(string text) => new SystemChatMessage(text);
            }

            class App
            {
                void Build()
                {
                    var triage = Agents.CreateAgent("triage", {|PL1001:"{{Persona}}Be kind."|});
                    var billing = Agents.CreateAgent("billing", "{{Persona}}Reply in JSON with keys answer and confidence.");
                    var two = Agents.Wrap({|PL1001:"{{Persona}}Thank the customer."|});
                    var name = Agents.CreateAgent("{{Persona}}not instructions, only a name", "{{Persona}}Reply in JSON with keys answer.");
                }
            }
            """, "PL1001");

    [Fact]
    public async Task Semantic_kernel_agents_created_through_a_helper_are_linted_at_the_caller() =>
        await new AnalyzerRunner().WithStubs(Stubs.SemanticKernelAgents).VerifyAsync($$"""
            using Microsoft.SemanticKernel;
            using Microsoft.SemanticKernel.Agents;

            class Program
            {
                static ChatCompletionAgent CreateAgent(Kernel kernel, string name, string instructions) =>
                    new() { Name = name, Instructions = instructions, Kernel = kernel };

                void Run(Kernel kernel)
                {
                    var reviewer = CreateAgent(kernel, "Reviewer", {|PL1001:"{{Persona}}Review the customer's draft reply."|});
                    var writer = CreateAgent(kernel, "Writer", "{{Persona}}Write the reply. Answer in JSON with keys subject and body.");
                }
            }
            """, "PL1001");

    [Fact]
    public async Task A_helper_that_sends_a_prompt_template_makes_callers_templates() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.SemanticKernel;

            class App
            {
                static Task<FunctionResult> Ask(Kernel kernel, string prompt) => kernel.InvokePromptAsync(prompt);

                async Task Run(Kernel kernel)
                {
                    await Ask(kernel, {|PL1005:"What color is the sky?"|});
                    await Ask(kernel, "You are a weather explainer for children aged 8 to 10. Explain {{$topic}} in three short sentences. Reply as plain text with no lists.");
                }
            }
            """, "PL1005", "PL1001");
}
