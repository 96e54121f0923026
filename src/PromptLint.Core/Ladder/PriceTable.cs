using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PromptLint.Json;

namespace PromptLint.Ladder;

/// <summary>
/// Default prices per million tokens, read from the <c>prices.json</c> embedded in this assembly (dated, with its
/// source in the file). Prices are data: promptlint.yaml's <c>usage:</c> overrides any of them, and nothing is
/// ever fetched from the network.
/// </summary>
public sealed class PriceTable
{
    private const string ResourceName = "PromptLint.Ladder.prices.json";

    private static readonly Lazy<PriceTable> DefaultTable = new(LoadDefault);

    private PriceTable(string asOf, string source, string shortSource, IReadOnlyList<ModelPrice> models)
    {
        AsOf = asOf;
        Source = source;
        ShortSource = shortSource;
        Models = models;
    }

    /// <summary>The table shipped with PromptLint.</summary>
    public static PriceTable Default => DefaultTable.Value;

    /// <summary>The date the figures were taken (ISO 8601).</summary>
    public string AsOf { get; }

    /// <summary>Where the figures come from, as the file says.</summary>
    public string Source { get; }

    /// <summary>The source in a few words, for report footers.</summary>
    public string ShortSource { get; }

    public IReadOnlyList<ModelPrice> Models { get; }

    /// <summary>
    /// The row for a model ID: the longest table name that equals the ID or is followed in it by <c>-</c> (so
    /// <c>gpt-4o-mini-2024-07-18</c> is <c>gpt-4o-mini</c>, never <c>gpt-4o</c>); a provider prefix such as
    /// <c>openai/</c> or <c>azure:</c> is ignored. Null when the table has no such model.
    /// </summary>
    public ModelPrice? Find(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return null;
        }

        string id = modelId!.Trim().ToLowerInvariant();
        int cut = id.LastIndexOfAny(new[] { '/', ':' });
        return FindExact(id) ?? (cut >= 0 && cut < id.Length - 1 ? FindExact(id.Substring(cut + 1)) : null);
    }

    private ModelPrice? FindExact(string id) =>
        Models.Where(m => id == m.Model || (id.StartsWith(m.Model, StringComparison.Ordinal) && id[m.Model.Length] == '-'))
            .OrderByDescending(m => m.Model.Length)
            .FirstOrDefault();

    /// <summary>Parses a price table in the shape of the embedded prices.json.</summary>
    internal static PriceTable Parse(string json)
    {
        JsonNode root = JsonParser.Parse(json);
        var models = new List<ModelPrice>();
        if (root["models"] is JsonArray rows)
        {
            foreach (JsonNode row in rows.Items)
            {
                string? model = row["model"]?.StringValue;
                if (model is null)
                {
                    continue;
                }

                models.Add(new ModelPrice(model.ToLowerInvariant(), row["provider"]?.StringValue ?? "", Number(row["input"]), Number(row["output"]),
                    Number(row["fineTunedInput"]), Number(row["fineTunedOutput"]), Number(row["training"])));
            }
        }

        string source = root["source"]?.StringValue ?? "unknown";
        return new PriceTable(root["asOf"]?.StringValue ?? "undated", source, root["sourceShort"]?.StringValue ?? source, models);
    }

    private static decimal? Number(JsonNode? node) =>
        node is JsonLiteral literal && decimal.TryParse(literal.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    private static PriceTable LoadDefault()
    {
        using Stream stream = typeof(PriceTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded price table {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
