namespace PromptLint.Analyzers.Tests;

/// <summary>
/// Minimal stand-ins, with the exact namespaces, type names and parameter orders, for the SDKs the registry does
/// not serve: the community Anthropic.SDK, AWS Bedrock Runtime, Google GenAI, and the Semantic Kernel packages that
/// are not published here (Microsoft.SemanticKernel.Agents.Core, Microsoft.SemanticKernel.Yaml, Microsoft.SemanticKernel.Prompty, Microsoft.SemanticKernel.PromptTemplates.Handlebars/Liquid). Everything else —
/// OpenAI, Microsoft.Extensions.AI, Semantic Kernel 1.82 (Abstractions, Core, Connectors.OpenAI/AzureOpenAI),
/// Azure.AI.OpenAI, OllamaSharp, Anthropic — is compiled against the real package assemblies (see AnalyzerRunner).
/// Only the members the analyzer reads exist.
/// </summary>
internal static class Stubs
{
    /// <summary>Microsoft.SemanticKernel.Agents.Core (not served): the agent's instructions.</summary>
    public const string SemanticKernelAgents = """
        namespace Microsoft.SemanticKernel.Agents
        {
            public abstract class Agent { public string? Instructions { get; init; } public string? Name { get; init; } public Microsoft.SemanticKernel.Kernel? Kernel { get; init; } }
            public abstract class ChatHistoryAgent : Agent { }
            public sealed class ChatCompletionAgent : ChatHistoryAgent { }
        }
        """;

    /// <summary>Microsoft.SemanticKernel.Yaml (not served): prompt functions from YAML text.</summary>
    public const string SemanticKernelYaml = """
        namespace Microsoft.SemanticKernel
        {
            public static class KernelFunctionYaml
            {
                public static KernelFunction FromPromptYaml(string text, IPromptTemplateFactory? promptTemplateFactory = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null) => null!;
            }
            public static class PromptYamlKernelExtensions
            {
                public static KernelFunction CreateFunctionFromPromptYaml(this Kernel kernel, string text, IPromptTemplateFactory? promptTemplateFactory = null) => null!;
            }
        }
        """;

    /// <summary>
    /// Microsoft.SemanticKernel.Prompty (not served): prompt functions from a Prompty file or text. Same namespace, type,
    /// member and parameter names as the package's public API.
    /// </summary>
    public const string SemanticKernelPrompty = """
        namespace Microsoft.SemanticKernel
        {
            public static class PromptyKernelExtensions
            {
                public static KernelFunction CreateFunctionFromPromptyFile(this Kernel kernel, string promptyFilePath, IPromptTemplateFactory? promptTemplateFactory = null) => null!;
                public static KernelFunction CreateFunctionFromPrompty(this Kernel kernel, string promptyTemplate, IPromptTemplateFactory? promptTemplateFactory = null) => null!;
            }
        }
        """;

    /// <summary>
    /// Microsoft.SemanticKernel.PromptTemplates.Handlebars and .Liquid (not served): the template factories, with the
    /// packages' namespaces, type names, format constants and constructors.
    /// </summary>
    public const string SemanticKernelTemplateFactories = """
        namespace Microsoft.SemanticKernel.PromptTemplates.Handlebars
        {
            public sealed class HandlebarsPromptTemplateOptions { public string PrefixSeparator { get; set; } = "-"; }
            public sealed class HandlebarsPromptTemplateFactory : Microsoft.SemanticKernel.IPromptTemplateFactory
            {
                public const string HandlebarsTemplateFormat = "handlebars";
                public HandlebarsPromptTemplateFactory(HandlebarsPromptTemplateOptions? options = null) { }
                public bool AllowDangerouslySetContent { get; init; }
                public bool TryCreate(Microsoft.SemanticKernel.PromptTemplateConfig templateConfig, out Microsoft.SemanticKernel.IPromptTemplate? result) { result = null; return false; }
            }
        }
        namespace Microsoft.SemanticKernel.PromptTemplates.Liquid
        {
            public sealed class LiquidPromptTemplateFactory : Microsoft.SemanticKernel.IPromptTemplateFactory
            {
                public const string LiquidTemplateFormat = "liquid";
                public bool AllowDangerouslySetContent { get; init; }
                public bool TryCreate(Microsoft.SemanticKernel.PromptTemplateConfig templateConfig, out Microsoft.SemanticKernel.IPromptTemplate? result) { result = null; return false; }
            }
        }
        """;

    public const string Others = """
        namespace Anthropic.SDK.Messaging
        {
            public enum RoleType { User, Assistant }
            public class SystemMessage { public SystemMessage(string text, object? cacheControl = null) { } }
            public class Message { public Message(RoleType role, string text) { } }
            public class MessageParameters { public string? Model { get; set; } }
        }
        namespace Amazon.BedrockRuntime.Model
        {
            public class ConverseRequest { public string? ModelId { get; set; } }
            public class SystemContentBlock { public string? Text { get; set; } }
        }
        """;
}
