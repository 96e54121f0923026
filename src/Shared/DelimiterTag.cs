using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PromptLint.Delimiting;

/// <summary>
/// The tag a PL5004 finding in C# suggests and its code fix writes, named after the value
/// (<c>request.CustomerNote</c> → <c>customer_note</c>). Compiled into the analyzer and the code fixes from this one
/// file, so the message and the fix always name the same tag.
/// </summary>
internal static class DelimiterTag
{
    public static string For(ExpressionSyntax expression)
    {
        string name = expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().LastOrDefault()?.Identifier.ValueText ?? "input";
        var tag = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && tag.Length > 0)
            {
                tag.Append('_');
            }

            if (char.IsLetterOrDigit(c))
            {
                tag.Append(char.ToLowerInvariant(c));
            }
        }

        return tag.Length == 0 || !char.IsLetter(tag[0]) ? "input" : tag.ToString();
    }

    /// <summary>The PL5004 message for a C# value: C# syntax (<c>&lt;tag&gt;{value}&lt;/tag&gt;</c>), not template syntax.</summary>
    public static string Message(ExpressionSyntax expression, string? source)
    {
        string tag = For(expression);
        string what = source is null ? string.Empty : " (" + source + ")";
        return $"'{{{expression}}}'{what} is inserted into the system prompt without delimiters; wrap it, e.g. <{tag}>{{{expression}}}</{tag}>, and say that text inside is data, not instructions";
    }
}
