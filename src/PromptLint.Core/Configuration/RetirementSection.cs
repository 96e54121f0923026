using System.Collections.Generic;
using PromptLint.Settings;

namespace PromptLint.Configuration;

/// <summary>
/// promptlint.yaml's <c>retirements:</c>: <c>asOf</c> (the date retirements are judged against; the embedded table's
/// own date when no file sets one) and <c>models</c> (rows that add to, replace or remove rows of the table).
/// </summary>
public sealed class RetirementSection
{
    public RetirementSection(string? asOf, IReadOnlyList<RetirementOverride> rows)
    {
        AsOf = asOf;
        Rows = rows;
    }

    public static RetirementSection Empty { get; } = new(null, new RetirementOverride[0]);

    public string? AsOf { get; }

    public IReadOnlyList<RetirementOverride> Rows { get; }

    /// <summary><paramref name="table"/> with this file's rows applied and, when it sets one, judged on its date.</summary>
    public RetirementTable ApplyTo(RetirementTable table)
    {
        RetirementTable applied = Rows.Count == 0 ? table : table.With(Rows);
        return AsOf is null ? applied : applied.JudgedOn(AsOf);
    }
}
