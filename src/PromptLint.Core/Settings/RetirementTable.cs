using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PromptLint.Json;

namespace PromptLint.Settings;

/// <summary>
/// Dated retirements of the base models fine-tunes are trained from, read from the <c>retirements.json</c> embedded
/// in this assembly (dated, each row with its source). Retirement is judged against <see cref="AsOf"/> — the table's
/// own date, or the <c>retirements.asOf</c> a promptlint.yaml sets — never the clock, so a finding does not depend
/// on when the lint ran. promptlint.yaml's <c>retirements.models</c> adds, replaces or removes rows.
/// </summary>
public sealed class RetirementTable
{
    private const string ResourceName = "PromptLint.Settings.retirements.json";

    private static readonly Lazy<RetirementTable> DefaultTable = new(LoadDefault);

    private static readonly Regex IsoDate = new(@"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$", RegexOptions.CultureInvariant);

    private RetirementTable(string asOf, string source, IReadOnlyList<ModelRetirement> rows)
    {
        AsOf = asOf;
        Source = source;
        Rows = rows;
    }

    /// <summary>The table shipped with PromptLint.</summary>
    public static RetirementTable Default => DefaultTable.Value;

    /// <summary>The date retirements are judged against (ISO 8601).</summary>
    public string AsOf { get; }

    /// <summary>Where the rows come from, in a few words (each row also names its own page).</summary>
    public string Source { get; }

    public IReadOnlyList<ModelRetirement> Rows { get; }

    /// <summary>Whether <paramref name="text"/> is a date as the table writes them (YYYY-MM-DD).</summary>
    public static bool IsDate(string? text) => text is not null && IsoDate.IsMatch(text);

    /// <summary>The row for a fine-tune's base model as its provider serves it, or null.</summary>
    public ModelRetirement? Find(string provider, string baseModel) => Rows.FirstOrDefault(row => row.Covers(provider, baseModel));

    /// <summary>This table judged against another date.</summary>
    public RetirementTable JudgedOn(string asOf) => new(asOf, Source, Rows);

    /// <summary>This table with promptlint.yaml's rows applied in order (a later entry for a model wins).</summary>
    public RetirementTable With(IEnumerable<RetirementOverride> overrides)
    {
        var rows = Rows.ToList();
        foreach (RetirementOverride entry in overrides)
        {
            rows.RemoveAll(row => string.Equals(row.Model, entry.Model, StringComparison.OrdinalIgnoreCase)
                && (entry.Provider is null || string.Equals(row.Provider, entry.Provider, StringComparison.OrdinalIgnoreCase)));
            if (entry.Retires is not null)
            {
                rows.Add(new ModelRetirement(entry.Model, entry.Provider, entry.Retires, entry.Source));
            }
        }

        return new RetirementTable(AsOf, Source, rows);
    }

    /// <summary>Parses a table in the shape of the embedded retirements.json; rows without a model or a valid date are skipped.</summary>
    internal static RetirementTable Parse(string json)
    {
        JsonNode root = JsonParser.Parse(json);
        var rows = new List<ModelRetirement>();
        if (root["models"] is JsonArray items)
        {
            foreach (JsonNode row in items.Items)
            {
                string? model = row["model"]?.StringValue;
                string? retires = row["retires"]?.StringValue;
                if (model is not null && IsDate(retires))
                {
                    rows.Add(new ModelRetirement(model, row["provider"]?.StringValue, retires!, row["source"]?.StringValue ?? "unknown"));
                }
            }
        }

        string asOf = root["asOf"]?.StringValue is { } date && IsDate(date) ? date : "0000-00-00";
        return new RetirementTable(asOf, root["sourceShort"]?.StringValue ?? "unknown", rows);
    }

    private static RetirementTable LoadDefault()
    {
        using Stream stream = typeof(RetirementTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded retirement table {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
