using PromptLint.Settings;

namespace PromptLint.Ladder;

/// <summary>
/// Where a fine-tune's base stands on the retirement table (PL4013/PL4014), judged on the table's date:
/// <see cref="Retired"/>, <see cref="Retiring"/>, <see cref="NotListed"/> (the base has no row) or <see cref="Unknown"/>
/// (the ID does not say which base).
/// </summary>
public sealed record BaseRetirementStatus(string Status, string? Date, string AsOf, string? Source)
{
    public const string Retired = "retired";
    public const string Retiring = "retiring";
    public const string NotListed = "notListed";
    public const string Unknown = "unknown";

    internal static BaseRetirementStatus Of(string? baseModel, ModelRetirement? row, string asOf) =>
        baseModel is null ? new(Unknown, null, asOf, null)
        : row is null ? new(NotListed, null, asOf, null)
        : new(row.IsRetiredOn(asOf) ? Retired : Retiring, row.Retires, asOf, row.Source);

    /// <summary>The status in words, the same in the text, Markdown and HTML reports.</summary>
    public string Describe() => Status switch
    {
        Retired => $"retired on {Date} (PL4013; retirement table as of {AsOf})",
        Retiring => $"retiring on {Date} (PL4014; retirement table as of {AsOf})",
        NotListed => $"not on the retirement table (as of {AsOf})",
        _ => "not known: the ID does not name its base",
    };
}
