using System.Collections.Generic;

namespace PromptLint.Analyzers.CSharp;

/// <summary>What a value passed to an SDK member means for the prompt.</summary>
internal enum PromptPart
{
    System,
    User,
    Assistant,
    /// <summary>Message text whose role comes from another argument (<c>new ChatMessage(ChatRole.User, text)</c>).</summary>
    RoleMessage,
    /// <summary>A whole prompt template (Semantic Kernel), judged as instructions.</summary>
    Template,
    Model,
    /// <summary>A response-format / structured-output setting: satisfies PL1001 for prompts in the same method.</summary>
    ResponseFormat,
    /// <summary>A Semantic Kernel prompt template written as YAML (<c>KernelFunctionYaml.FromPromptYaml</c>).</summary>
    TemplateYaml,
    /// <summary><c>AllowDangerouslySetContent</c> on a template config, input variable or template factory (PL5005).</summary>
    DangerousContent,
    /// <summary>A call that sends a request; <see cref="SdkMember.OptionsParameter"/> names its options argument (PL1005).</summary>
    Send,
}

internal enum MemberKind
{
    Constructor,
    Method,
    Property,
    /// <summary>A user-defined conversion (<c>op_Implicit</c>) from a string.</summary>
    Conversion,
    /// <summary>An object initializer that sets a role and content property (<c>new MessageParam { Role = …, Content = … }</c>).</summary>
    RoleInitializer,
}

/// <summary>
/// One SDK member that carries prompt text, a model ID or a format setting, by the containing type's metadata
/// name, the member name and the parameter ordinal (overrides may rename parameters, ordinals stay).
/// </summary>
/// <remarks><see cref="ParameterName"/>, when set, picks the argument by name instead (overloads that insert a
/// parameter before it, such as Semantic Kernel's <c>JsonSerializerOptions</c> overloads).
/// <see cref="ParameterCount"/>, when set, limits a constructor entry to overloads with that many parameters.</remarks>
internal sealed record SdkMember(string TypeName, MemberKind Kind, string Name, int Ordinal, PromptPart Part, int RoleOrdinal = -1, string? RoleProperty = null, string? ParameterName = null, string? OptionsParameter = null, int ParameterCount = -1);

/// <summary>The SDK surface PromptLint knows (names checked against shared/reference/llm-apis.md).</summary>
internal static class SdkCatalog
{
    /// <summary>
    /// The Agent Framework's provider packages (OpenAI, Azure AI Foundry, Anthropic, …) each add a <c>CreateAIAgent</c>
    /// extension on their own client type with an <c>instructions</c> parameter at varying positions; they are matched
    /// by name and by returning an agent (<see cref="AgentBaseType"/>) rather than listed one by one.
    /// </summary>
    public static readonly SdkMember AgentFactoryInstructions =
        new("Microsoft.Agents.AI.AIAgent", MemberKind.Method, "CreateAIAgent", -1, PromptPart.System, ParameterName: "instructions");

    public const string AgentBaseType = "Microsoft.Agents.AI.AIAgent";

    public static IReadOnlyList<SdkMember> Members { get; } = new List<SdkMember>
    {
        // OpenAI 2.x chat
        new("OpenAI.Chat.SystemChatMessage", MemberKind.Constructor, ".ctor", 0, PromptPart.System),
        new("OpenAI.Chat.DeveloperChatMessage", MemberKind.Constructor, ".ctor", 0, PromptPart.System),
        new("OpenAI.Chat.UserChatMessage", MemberKind.Constructor, ".ctor", 0, PromptPart.User),
        new("OpenAI.Chat.AssistantChatMessage", MemberKind.Constructor, ".ctor", 0, PromptPart.Assistant),
        new("OpenAI.Chat.ChatMessage", MemberKind.Method, "CreateSystemMessage", 0, PromptPart.System),
        new("OpenAI.Chat.ChatMessage", MemberKind.Method, "CreateDeveloperMessage", 0, PromptPart.System),
        new("OpenAI.Chat.ChatMessage", MemberKind.Method, "CreateUserMessage", 0, PromptPart.User),
        new("OpenAI.Chat.ChatMessage", MemberKind.Method, "CreateAssistantMessage", 0, PromptPart.Assistant),
        // CompleteChatAsync("…"): OpenAI.Chat.ChatMessage's implicit conversion from string makes a user message.
        new("OpenAI.Chat.ChatMessage", MemberKind.Conversion, "op_Implicit", 0, PromptPart.User),
        new("OpenAI.Chat.ChatClient", MemberKind.Constructor, ".ctor", 0, PromptPart.Model),
        new("OpenAI.OpenAIClient", MemberKind.Method, "GetChatClient", 0, PromptPart.Model),
        new("OpenAI.Chat.ChatCompletionOptions", MemberKind.Property, "ResponseFormat", 0, PromptPart.ResponseFormat),
        new("OpenAI.Chat.ChatClient", MemberKind.Method, "CompleteChat", -1, PromptPart.Send, OptionsParameter: "options"),
        new("OpenAI.Chat.ChatClient", MemberKind.Method, "CompleteChatAsync", -1, PromptPart.Send, OptionsParameter: "options"),
        new("OpenAI.Chat.ChatClient", MemberKind.Method, "CompleteChatStreaming", -1, PromptPart.Send, OptionsParameter: "options"),
        new("OpenAI.Chat.ChatClient", MemberKind.Method, "CompleteChatStreamingAsync", -1, PromptPart.Send, OptionsParameter: "options"),
        // OpenAI Responses (2.2–2.7 names, then 2.8+)
        new("OpenAI.Responses.ResponseCreationOptions", MemberKind.Property, "Instructions", 0, PromptPart.System),
        new("OpenAI.Responses.CreateResponseOptions", MemberKind.Property, "Instructions", 0, PromptPart.System),
        new("OpenAI.Responses.CreateResponseOptions", MemberKind.Property, "Model", 0, PromptPart.Model),
        new("OpenAI.Responses.CreateResponseOptions", MemberKind.Constructor, ".ctor", 0, PromptPart.Model),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponse", 0, PromptPart.Model),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponseAsync", 0, PromptPart.Model),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Constructor, ".ctor", 0, PromptPart.Model),
        // 2.15: CreateResponse[Async](model, userInputText) sends one user message with no instructions of its own.
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponse", 1, PromptPart.User, ParameterName: "userInputText"),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponseAsync", 1, PromptPart.User, ParameterName: "userInputText"),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponseStreaming", 1, PromptPart.User, ParameterName: "userInputText"),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponseStreamingAsync", 1, PromptPart.User, ParameterName: "userInputText"),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponse", -1, PromptPart.Send, OptionsParameter: "options"),
        new("OpenAI.Responses.ResponsesClient", MemberKind.Method, "CreateResponseAsync", -1, PromptPart.Send, OptionsParameter: "options"),
        new("OpenAI.Responses.OpenAIResponseClient", MemberKind.Constructor, ".ctor", 0, PromptPart.Model),
        new("OpenAI.OpenAIClient", MemberKind.Method, "GetOpenAIResponseClient", 0, PromptPart.Model),
        new("OpenAI.OpenAIClient", MemberKind.Method, "GetResponsesClient", 0, PromptPart.Model),
        new("OpenAI.Responses.ResponseItem", MemberKind.Method, "CreateSystemMessageItem", 0, PromptPart.System),
        new("OpenAI.Responses.ResponseItem", MemberKind.Method, "CreateDeveloperMessageItem", 0, PromptPart.System),
        new("OpenAI.Responses.ResponseItem", MemberKind.Method, "CreateUserMessageItem", 0, PromptPart.User),
        new("OpenAI.Responses.ResponseItem", MemberKind.Method, "CreateAssistantMessageItem", 0, PromptPart.Assistant),
        new("OpenAI.Responses.ResponseTextOptions", MemberKind.Property, "TextFormat", 0, PromptPart.ResponseFormat),
        // OpenAI Assistants
        new("OpenAI.Assistants.AssistantCreationOptions", MemberKind.Property, "Instructions", 0, PromptPart.System),
        new("OpenAI.Assistants.AssistantModificationOptions", MemberKind.Property, "Instructions", 0, PromptPart.System),
        new("OpenAI.Assistants.RunCreationOptions", MemberKind.Property, "AdditionalInstructions", 0, PromptPart.System),
        new("OpenAI.Assistants.RunCreationOptions", MemberKind.Property, "InstructionsOverride", 0, PromptPart.System),
        new("OpenAI.Assistants.RunCreationOptions", MemberKind.Property, "ModelOverride", 0, PromptPart.Model),
        new("OpenAI.Assistants.AssistantClient", MemberKind.Method, "CreateAssistant", 0, PromptPart.Model),
        new("OpenAI.Assistants.AssistantClient", MemberKind.Method, "CreateAssistantAsync", 0, PromptPart.Model),
        new("OpenAI.Assistants.AssistantCreationOptions", MemberKind.Property, "ResponseFormat", 0, PromptPart.ResponseFormat),
        // Azure.AI.OpenAI: overrides of OpenAIClient members are matched through the overridden member.
        // Microsoft.Extensions.AI
        new("Microsoft.Extensions.AI.ChatMessage", MemberKind.Constructor, ".ctor", 1, PromptPart.RoleMessage, RoleOrdinal: 0),
        new("Microsoft.Extensions.AI.ChatOptions", MemberKind.Property, "Instructions", 0, PromptPart.System),
        new("Microsoft.Extensions.AI.ChatOptions", MemberKind.Property, "ModelId", 0, PromptPart.Model),
        new("Microsoft.Extensions.AI.ChatOptions", MemberKind.Property, "ResponseFormat", 0, PromptPart.ResponseFormat),
        new("Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", MemberKind.Method, "GetResponseAsync", -1, PromptPart.ResponseFormat),
        new("Microsoft.Extensions.AI.ChatClientExtensions", MemberKind.Method, "GetResponseAsync", 1, PromptPart.User, ParameterName: "chatMessage"),
        new("Microsoft.Extensions.AI.ChatClientExtensions", MemberKind.Method, "GetStreamingResponseAsync", 1, PromptPart.User, ParameterName: "chatMessage"),
        new("Microsoft.Extensions.AI.ChatClientExtensions", MemberKind.Method, "GetResponseAsync", -1, PromptPart.Send, OptionsParameter: "options"),
        new("Microsoft.Extensions.AI.ChatClientExtensions", MemberKind.Method, "GetStreamingResponseAsync", -1, PromptPart.Send, OptionsParameter: "options"),
        new("Microsoft.Extensions.AI.IChatClient", MemberKind.Method, "GetResponseAsync", -1, PromptPart.Send, OptionsParameter: "options"),
        new("Microsoft.Extensions.AI.IChatClient", MemberKind.Method, "GetStreamingResponseAsync", -1, PromptPart.Send, OptionsParameter: "options"),
        // Microsoft Agent Framework (Microsoft.Agents.AI 1.28.0): the agent's instructions are its system prompt, a run's
        // message a user turn. Agents.AI declares its own Microsoft.Extensions.AI.ChatClientExtensions (AsAIAgent).
        new("Microsoft.Extensions.AI.ChatClientExtensions", MemberKind.Method, "AsAIAgent", 1, PromptPart.System, ParameterName: "instructions"),
        new("Microsoft.Extensions.AI.ChatClientBuilderExtensions", MemberKind.Method, "BuildAIAgent", 1, PromptPart.System, ParameterName: "instructions"),
        new("Microsoft.Agents.AI.ChatClientAgent", MemberKind.Constructor, ".ctor", 1, PromptPart.System, ParameterName: "instructions"),
        // Before 1.0 the options carried Instructions; now they go in ChatOptions (matched above).
        new("Microsoft.Agents.AI.ChatClientAgentOptions", MemberKind.Property, "Instructions", 0, PromptPart.System),
        new("Microsoft.Agents.AI.AIAgent", MemberKind.Method, "RunAsync", 0, PromptPart.User, ParameterName: "message"),
        new("Microsoft.Agents.AI.AIAgent", MemberKind.Method, "RunStreamingAsync", 0, PromptPart.User, ParameterName: "message"),
        new("Microsoft.Agents.AI.AIAgent", MemberKind.Method, "RunAsync", -1, PromptPart.Send),
        new("Microsoft.Agents.AI.AIAgent", MemberKind.Method, "RunStreamingAsync", -1, PromptPart.Send),
        // Semantic Kernel
        // new ChatHistory("…") is a system message; SK 1.82 also has new ChatHistory("…", AuthorRole.User).
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", MemberKind.Constructor, ".ctor", 0, PromptPart.System, ParameterCount: 1),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", MemberKind.Constructor, ".ctor", 0, PromptPart.RoleMessage, RoleOrdinal: 1, ParameterCount: 2),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", MemberKind.Method, "AddSystemMessage", 0, PromptPart.System),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", MemberKind.Method, "AddDeveloperMessage", 0, PromptPart.System),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", MemberKind.Method, "AddUserMessage", 0, PromptPart.User),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatHistory", MemberKind.Method, "AddAssistantMessage", 0, PromptPart.Assistant),
        new("Microsoft.SemanticKernel.ChatMessageContent", MemberKind.Constructor, ".ctor", 1, PromptPart.RoleMessage, RoleOrdinal: 0),
        // Chat completion service: a string prompt is one user message; the ChatHistory overloads send the history.
        new("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", MemberKind.Method, "GetChatMessageContentAsync", 1, PromptPart.User, ParameterName: "prompt"),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", MemberKind.Method, "GetChatMessageContentsAsync", 1, PromptPart.User, ParameterName: "prompt"),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", MemberKind.Method, "GetStreamingChatMessageContentsAsync", 1, PromptPart.User, ParameterName: "prompt"),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", MemberKind.Method, "GetChatMessageContentAsync", -1, PromptPart.Send, OptionsParameter: "executionSettings"),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", MemberKind.Method, "GetChatMessageContentsAsync", -1, PromptPart.Send, OptionsParameter: "executionSettings"),
        new("Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", MemberKind.Method, "GetStreamingChatMessageContentsAsync", -1, PromptPart.Send, OptionsParameter: "executionSettings"),
        new("Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", MemberKind.Method, "GetChatMessageContentsAsync", -1, PromptPart.Send, OptionsParameter: "executionSettings"),
        new("Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", MemberKind.Method, "GetStreamingChatMessageContentsAsync", -1, PromptPart.Send, OptionsParameter: "executionSettings"),
        // SK 1.82 has overloads with a JsonSerializerOptions before the template: the template is found by parameter name.
        new("Microsoft.SemanticKernel.KernelFunctionFactory", MemberKind.Method, "CreateFromPrompt", 0, PromptPart.Template, ParameterName: "promptTemplate"),
        new("Microsoft.SemanticKernel.KernelExtensions", MemberKind.Method, "CreateFunctionFromPrompt", 1, PromptPart.Template, ParameterName: "promptTemplate"),
        new("Microsoft.SemanticKernel.KernelExtensions", MemberKind.Method, "InvokePromptAsync", 1, PromptPart.Template, ParameterName: "promptTemplate"),
        new("Microsoft.SemanticKernel.KernelExtensions", MemberKind.Method, "InvokePromptStreamingAsync", 1, PromptPart.Template, ParameterName: "promptTemplate"),
        new("Microsoft.SemanticKernel.PromptTemplateConfig", MemberKind.Property, "AllowDangerouslySetContent", 0, PromptPart.DangerousContent),
        new("Microsoft.SemanticKernel.InputVariable", MemberKind.Property, "AllowDangerouslySetContent", 0, PromptPart.DangerousContent),
        new("Microsoft.SemanticKernel.KernelPromptTemplateFactory", MemberKind.Property, "AllowDangerouslySetContent", 0, PromptPart.DangerousContent),
        // Microsoft.SemanticKernel.Yaml (not served here; names from its public API).
        new("Microsoft.SemanticKernel.KernelFunctionYaml", MemberKind.Method, "FromPromptYaml", 0, PromptPart.TemplateYaml),
        new("Microsoft.SemanticKernel.PromptYamlKernelExtensions", MemberKind.Method, "CreateFunctionFromPromptYaml", 1, PromptPart.TemplateYaml),
        new("Microsoft.SemanticKernel.PromptTemplateConfig", MemberKind.Constructor, ".ctor", 0, PromptPart.Template),
        new("Microsoft.SemanticKernel.PromptTemplateConfig", MemberKind.Property, "Template", 0, PromptPart.Template),
        new("Microsoft.SemanticKernel.Agents.Agent", MemberKind.Property, "Instructions", 0, PromptPart.System),
        new("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions", MemberKind.Method, "AddOpenAIChatCompletion", 1, PromptPart.Model),
        new("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", MemberKind.Method, "AddOpenAIChatCompletion", 1, PromptPart.Model),
        new("Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions", MemberKind.Method, "AddAzureOpenAIChatCompletion", 1, PromptPart.Model),
        new("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", MemberKind.Constructor, ".ctor", 0, PromptPart.Model),
        new("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", MemberKind.Property, "ChatSystemPrompt", 0, PromptPart.System),
        new("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", MemberKind.Property, "ChatDeveloperPrompt", 0, PromptPart.System),
        new("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", MemberKind.Property, "ResponseFormat", 0, PromptPart.ResponseFormat),
        new("Microsoft.SemanticKernel.PromptExecutionSettings", MemberKind.Property, "ModelId", 0, PromptPart.Model),
        // Anthropic (official SDK ≥ 10)
        new("Anthropic.Models.Messages.MessageCreateParams", MemberKind.Property, "System", 0, PromptPart.System),
        new("Anthropic.Models.Messages.MessageCreateParams", MemberKind.Property, "Model", 0, PromptPart.Model),
        new("Anthropic.Models.Messages.MessageCreateParams", MemberKind.Property, "OutputConfig", 0, PromptPart.ResponseFormat),
        new("Anthropic.Models.Messages.MessageParam", MemberKind.RoleInitializer, "Content", 0, PromptPart.RoleMessage, RoleProperty: "Role"),
        // Since 13.x turns are typed: new UserMessageParam("…") or new AssistantMessageParam { Content = "…" }.
        new("Anthropic.Models.Messages.UserMessageParam", MemberKind.Constructor, ".ctor", 0, PromptPart.User),
        new("Anthropic.Models.Messages.UserMessageParam", MemberKind.Property, "Content", 0, PromptPart.User),
        new("Anthropic.Models.Messages.AssistantMessageParam", MemberKind.Constructor, ".ctor", 0, PromptPart.Assistant),
        new("Anthropic.Models.Messages.AssistantMessageParam", MemberKind.Property, "Content", 0, PromptPart.Assistant),
        // Anthropic.SDK (community)
        new("Anthropic.SDK.Messaging.SystemMessage", MemberKind.Constructor, ".ctor", 0, PromptPart.System),
        new("Anthropic.SDK.Messaging.Message", MemberKind.Constructor, ".ctor", 1, PromptPart.RoleMessage, RoleOrdinal: 0),
        new("Anthropic.SDK.Messaging.MessageParameters", MemberKind.Property, "Model", 0, PromptPart.Model),
        // OllamaSharp
        new("OllamaSharp.OllamaApiClient", MemberKind.Constructor, ".ctor", 1, PromptPart.Model),
        new("OllamaSharp.OllamaApiClient", MemberKind.Property, "SelectedModel", 0, PromptPart.Model),
        new("OllamaSharp.Chat", MemberKind.Constructor, ".ctor", 1, PromptPart.System),
        new("OllamaSharp.Models.Chat.Message", MemberKind.Constructor, ".ctor", 1, PromptPart.RoleMessage, RoleOrdinal: 0),
        new("OllamaSharp.Models.Chat.ChatRequest", MemberKind.Property, "Model", 0, PromptPart.Model),
        new("OllamaSharp.Models.Chat.ChatRequest", MemberKind.Property, "Format", 0, PromptPart.ResponseFormat),
        // AWS Bedrock Converse
        new("Amazon.BedrockRuntime.Model.ConverseRequest", MemberKind.Property, "ModelId", 0, PromptPart.Model),
        new("Amazon.BedrockRuntime.Model.SystemContentBlock", MemberKind.Property, "Text", 0, PromptPart.System),
        // Google GenAI
        new("Google.GenAI.Models", MemberKind.Method, "GenerateContentAsync", 0, PromptPart.Model),
        new("Google.GenAI.Types.GenerateContentConfig", MemberKind.Property, "ResponseMimeType", 0, PromptPart.ResponseFormat),
        new("Google.GenAI.Types.GenerateContentConfig", MemberKind.Property, "ResponseSchema", 0, PromptPart.ResponseFormat),
    };
}
