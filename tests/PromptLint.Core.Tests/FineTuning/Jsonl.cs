using System.Text;

namespace PromptLint.Core.Tests.FineTuning;

/// <summary>Builds small chat fine-tuning JSONL texts for tests; inputs are short and distinct unless a test says otherwise.</summary>
internal static class Jsonl
{
    public const string System = "You are the triage bot for Northwind support. Reply with JSON only.";

    public static string Chat(string user, string? assistant, string? system = System)
    {
        var sb = new StringBuilder("{\"messages\":[");
        if (system is not null)
        {
            sb.Append("{\"role\":\"system\",\"content\":").Append(Quote(system)).Append("},");
        }

        sb.Append("{\"role\":\"user\",\"content\":").Append(Quote(user)).Append('}');
        if (assistant is not null)
        {
            sb.Append(",{\"role\":\"assistant\",\"content\":").Append(Quote(assistant)).Append('}');
        }

        return sb.Append("]}").ToString();
    }

    public static string Json(int i) => $"{{\"category\":\"c{i % 5}\"}}";

    public static string Ticket(int i) => $"Ticket {i} about topic {i * 7 % 13}";

    /// <summary><paramref name="count"/> clean JSON-output examples, one per line, ending with a newline.</summary>
    public static string Clean(int count, int from = 0) =>
        string.Concat(Enumerable.Range(from, count).Select(i => Chat(Ticket(i), Json(i)) + "\n"));

    public static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
