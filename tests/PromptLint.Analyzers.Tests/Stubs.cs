namespace PromptLint.Analyzers.Tests;

/// <summary>
/// Minimal stand-ins, with the exact namespaces, type names and parameter orders of the SDKs that have no
/// package here (checked against shared/reference/llm-apis.md). Only the members the analyzer reads exist.
/// </summary>
internal static class Stubs
{
    public const string SemanticKernel = """
        namespace Microsoft.SemanticKernel
        {
            public class Kernel { }
            public class KernelFunction { }
            public class PromptExecutionSettings { public string? ModelId { get; set; } }
            public class PromptTemplateConfig { public PromptTemplateConfig() { } public PromptTemplateConfig(string template) { Template = template; } public string Template { get; set; } = ""; }
            public static class KernelFunctionFactory
            {
                public static KernelFunction CreateFromPrompt(string promptTemplate, PromptExecutionSettings? executionSettings = null, string? functionName = null) => new();
            }
            public static class KernelExtensions
            {
                public static System.Threading.Tasks.Task<object> InvokePromptAsync(this Kernel kernel, string promptTemplate, object? arguments = null) => System.Threading.Tasks.Task.FromResult<object>("");
            }
        }
        namespace Microsoft.SemanticKernel.ChatCompletion
        {
            public class ChatHistory
            {
                public ChatHistory() { }
                public ChatHistory(string systemMessage) { }
                public void AddSystemMessage(string content) { }
                public void AddDeveloperMessage(string content) { }
                public void AddUserMessage(string content) { }
                public void AddAssistantMessage(string content) { }
            }
        }
        namespace Microsoft.SemanticKernel.Agents
        {
            public abstract class Agent { public string? Instructions { get; init; } }
            public sealed class ChatCompletionAgent : Agent { }
        }
        namespace Microsoft.SemanticKernel.Connectors.OpenAI
        {
            public class OpenAIPromptExecutionSettings : Microsoft.SemanticKernel.PromptExecutionSettings
            {
                public string? ChatSystemPrompt { get; set; }
                public string? ChatDeveloperPrompt { get; set; }
                public object? ResponseFormat { get; set; }
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
        namespace OllamaSharp
        {
            public interface IOllamaApiClient { }
            public class OllamaApiClient : IOllamaApiClient { public OllamaApiClient(string uriString, string defaultModel = "") { } public string SelectedModel { get; set; } = ""; }
            public class Chat { public Chat(IOllamaApiClient client, string systemPrompt = "") { } }
        }
        namespace Amazon.BedrockRuntime.Model
        {
            public class ConverseRequest { public string? ModelId { get; set; } }
            public class SystemContentBlock { public string? Text { get; set; } }
        }
        """;
}
