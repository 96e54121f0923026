using PromptLint.Text;

namespace PromptLint.Model;

/// <summary>
/// One message of a prompt. <see cref="Text"/> is the message body as the model would see it before
/// template expansion; <see cref="Map"/> takes offsets in it back to the source file.
/// </summary>
public sealed class PromptMessage
{
    public PromptMessage(MessageRole role, string text, TextMap map, TextSpan markerSpan, bool roleIsImplicit)
    {
        Role = role;
        Text = text;
        Map = map;
        MarkerSpan = markerSpan;
        RoleIsImplicit = roleIsImplicit;
    }

    public MessageRole Role { get; }

    public string Text { get; }

    public TextMap Map { get; }

    /// <summary>Where the role marker (or, when there is none, the start of the body) sits in the source.</summary>
    public TextSpan MarkerSpan { get; }

    /// <summary>True when the format gave no role and the text was taken as the instructions.</summary>
    public bool RoleIsImplicit { get; }

    /// <summary>The message body's extent in the source.</summary>
    public TextSpan SourceSpan => Map.ToSource(new TextSpan(0, Text.Length));

    public TextSpan ToSource(TextSpan textSpan) => Map.ToSource(textSpan);
}
