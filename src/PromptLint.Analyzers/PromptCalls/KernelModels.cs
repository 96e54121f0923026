using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PromptLint.Analyzers.CSharp;

namespace PromptLint.Analyzers.PromptCalls;

/// <summary>
/// The model ID of the one chat service a kernel is built with, when the code says it completely: a local (or the
/// value itself) that is <c>Kernel.CreateBuilder()…AddOpenAIChatCompletion("model", …)….Build()</c> in one fluent
/// chain, with exactly one call that adds a chat service and a known model ID. Anything else: null.
/// </summary>
internal static class KernelModels
{
    private const int MaxChain = 32;

    public static string? ChatModel(IOperation? kernel)
    {
        if (CodeValues.Definition(kernel) is not IInvocationOperation { TargetMethod.Name: "Build" } build)
        {
            return null;
        }

        string? model = null;
        int services = 0;
        IOperation? link = Receiver(build);
        for (int i = 0; i < MaxChain && link is IInvocationOperation call; i++)
        {
            string name = call.TargetMethod.Name;
            if (name.StartsWith("Add", System.StringComparison.Ordinal) && (name.Contains("ChatCompletion") || name.Contains("ChatClient")))
            {
                services++;
                model = CodeValues.Is(call.TargetMethod, "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", "AddOpenAIChatCompletion")
                    ? CodeValues.Text(CodeValues.Argument(call, "modelId"))
                    : null;
            }

            if (CodeValues.Is(call.TargetMethod, "Microsoft.SemanticKernel.Kernel", "CreateBuilder"))
            {
                return services == 1 ? model : null;
            }

            link = Receiver(call);
        }

        return null; // the chain does not start at Kernel.CreateBuilder() here: other services may be added elsewhere
    }

    /// <summary>What a call is made on: its instance, or the <c>this</c> argument of an extension method.</summary>
    private static IOperation? Receiver(IInvocationOperation call)
    {
        IOperation? receiver = call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : call.Instance;
        return receiver is null ? null : PromptSites.Unwrap(receiver);
    }
}
