namespace PromptLint.Core.Tests.Architecture;

/// <summary>
/// Checks type references against an order of layers, bottom first. A layer is one or more areas on one level; an area is
/// a namespace under the root together with its child namespaces (<c>PromptLint.Analysis.Finders</c> is area
/// <c>Analysis</c>). A type may use its own layer and any layer below; an edge to a layer above is a violation, and so is
/// any circle between the areas of one layer, and any type whose area is in no layer.
/// </summary>
internal sealed class LayerCheck(string root, IReadOnlyList<string[]> bottomFirst)
{
    private readonly Dictionary<string, int> levelOf = bottomFirst
        .SelectMany((areas, level) => areas.Select(area => (area, level)))
        .ToDictionary(p => p.area, p => p.level, StringComparer.Ordinal);

    /// <summary>The area of a type (second namespace segment), or null when the type is outside the root namespace.</summary>
    public string? AreaOf(string typeFullName)
    {
        string prefix = root + ".";
        if (!typeFullName.StartsWith(prefix, StringComparison.Ordinal)) return null;
        string rest = typeFullName[prefix.Length..];
        int dot = rest.IndexOf('.');
        return dot < 0 ? "(root)" : rest[..dot];
    }

    /// <summary>Every violation, one line each, naming the offending edges as <c>From.Type -&gt; To.Type</c>.</summary>
    public IReadOnlyList<string> Violations(IReadOnlyList<TypeEdge> edges) =>
        [.. Unplaced(edges), .. UpEdges(edges), .. CirclesWithinLayers(edges)];

    private IEnumerable<string> Unplaced(IReadOnlyList<TypeEdge> edges) =>
        edges.SelectMany(e => new[] { e.From, e.To })
            .Select(type => (type, area: AreaOf(type)))
            .Where(t => t.area is not null && !levelOf.ContainsKey(t.area))
            .GroupBy(t => t.area!)
            .Select(g => $"area {g.Key} is in no layer (e.g. {g.Select(t => t.type).Order(StringComparer.Ordinal).First()})");

    private IEnumerable<string> UpEdges(IReadOnlyList<TypeEdge> edges) =>
        from e in AreaEdges(edges)
        where levelOf[e.ToArea] > levelOf[e.FromArea]
        select $"up from {e.FromArea} to {e.ToArea}: {e.Edge}";

    private IEnumerable<string> CirclesWithinLayers(IReadOnlyList<TypeEdge> edges)
    {
        var sideways = AreaEdges(edges).Where(e => levelOf[e.ToArea] == levelOf[e.FromArea]).ToList();
        var graph = sideways.GroupBy(e => e.FromArea)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ToArea).Distinct().ToList(), StringComparer.Ordinal);
        foreach (IReadOnlySet<string> circle in StronglyConnected.Components(graph).Where(c => c.Count > 1))
        {
            string areas = string.Join(", ", circle.Order(StringComparer.Ordinal));
            foreach (var e in sideways.Where(e => circle.Contains(e.FromArea) && circle.Contains(e.ToArea)))
            {
                yield return $"circle between {areas}: {e.Edge}";
            }
        }
    }

    private IEnumerable<(string FromArea, string ToArea, TypeEdge Edge)> AreaEdges(IReadOnlyList<TypeEdge> edges) =>
        from e in edges
        let fromArea = AreaOf(e.From)
        let toArea = AreaOf(e.To)
        where fromArea is not null && toArea is not null && fromArea != toArea
        where levelOf.ContainsKey(fromArea) && levelOf.ContainsKey(toArea)
        select (fromArea, toArea, e);
}
