using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// A message written inside a collection of example conversations (a list or array of <c>ChatHistory</c> or of
/// message lists, typically handed to a template that loops over it) is example data, not a system prompt of
/// the code's own conversation.
/// </summary>
internal static class ExampleHistories
{
    private const int MaxLevels = 12;

    public static bool Contains(IOperation message)
    {
        bool insideConversation = false;
        IOperation? current = message.Parent;
        for (int i = 0; current is not null && i < MaxLevels; i++, current = current.Parent)
        {
            if (IsConversation(current.Type))
            {
                insideConversation = true;
            }
            else if (insideConversation && ElementType(current.Type) is { } element && IsConversation(element))
            {
                return true;
            }
        }

        // var fewShotExamples = new ChatHistory { … } / List<ChatMessage> examples = …: named as example data.
        return insideConversation && message.Syntax.FirstAncestorOrSelf<VariableDeclaratorSyntax>() is { } declarator && IsExampleName(declarator.Identifier.ValueText);
    }

    public static bool IsExampleName(string name)
    {
        string lower = name.ToLowerInvariant();
        return lower.Contains("example") || lower.Contains("shot") || lower.Contains("sample") || lower.Contains("demonstration");
    }

    /// <summary>A ChatHistory, or a collection of chat messages.</summary>
    private static bool IsConversation(ITypeSymbol? type) =>
        type is not null && (type.Name == "ChatHistory" || ElementType(type) is { Name: "ChatMessage" or "ChatMessageContent" or "MessageParam" or "Message" });

    private static ITypeSymbol? ElementType(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic when generic.Name is "List" or "IList" or "IEnumerable" or "IReadOnlyList" or "ICollection" or "IReadOnlyCollection" => generic.TypeArguments[0],
        _ => null,
    };
}
