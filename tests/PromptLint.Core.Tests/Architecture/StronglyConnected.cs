namespace PromptLint.Core.Tests.Architecture;

/// <summary>Tarjan's strongly connected components: the circles of a directed graph.</summary>
internal static class StronglyConnected
{
    public static IReadOnlyList<IReadOnlySet<string>> Components(IReadOnlyDictionary<string, List<string>> graph)
    {
        var search = new Search(graph);
        foreach (string node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!search.Index.ContainsKey(node)) search.Visit(node);
        }

        return search.Found;
    }

    private sealed class Search(IReadOnlyDictionary<string, List<string>> graph)
    {
        public readonly Dictionary<string, int> Index = new(StringComparer.Ordinal);
        public readonly List<IReadOnlySet<string>> Found = [];
        private readonly Dictionary<string, int> lowLink = new(StringComparer.Ordinal);
        private readonly Stack<string> stack = new();
        private readonly HashSet<string> onStack = new(StringComparer.Ordinal);

        public void Visit(string node)
        {
            Index[node] = lowLink[node] = Index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (string next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!Index.ContainsKey(next))
                {
                    Visit(next);
                    lowLink[node] = Math.Min(lowLink[node], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[node] = Math.Min(lowLink[node], Index[next]);
                }
            }

            if (lowLink[node] == Index[node]) Found.Add(PopComponent(node));
        }

        private HashSet<string> PopComponent(string root)
        {
            var component = new HashSet<string>(StringComparer.Ordinal);
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != root);
            return component;
        }
    }
}
