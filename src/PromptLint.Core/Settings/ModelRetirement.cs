namespace PromptLint.Settings;

/// <summary>
/// One row of the retirement table: a provider serves <see cref="Model"/> until <see cref="Retires"/>
/// (ISO 8601 date). <see cref="Provider"/> null matches a base of that name from any provider (a promptlint.yaml row
/// that does not name one).
/// </summary>
public sealed record ModelRetirement(string Model, string? Provider, string Retires, string Source)
{
    /// <summary>Whether this row is about <paramref name="baseModel"/> as <paramref name="provider"/> serves it.</summary>
    public bool Covers(string provider, string baseModel) =>
        string.Equals(Model, baseModel, System.StringComparison.OrdinalIgnoreCase)
        && (Provider is null || string.Equals(Provider, provider, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>Retired on or before <paramref name="asOf"/> (both ISO dates, so they compare as strings).</summary>
    public bool IsRetiredOn(string asOf) => string.CompareOrdinal(Retires, asOf) <= 0;
}
