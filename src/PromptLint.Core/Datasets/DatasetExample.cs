using System.Collections.Generic;
using System.Text;
using PromptLint.Json;

namespace PromptLint.Datasets;

/// <summary>The shapes a fine-tuning (or eval-data) JSONL line may have.</summary>
public enum DatasetLineShape
{
    /// <summary><c>{"messages": [{"role", "content"}, …]}</c> (OpenAI chat fine-tuning).</summary>
    Chat,

    /// <summary><c>{"prompt", "completion"}</c> (legacy and instruction tuning).</summary>
    PromptCompletion,

    /// <summary><c>{"input": {"messages": […]}, "preferred_output": […]}</c> (preference tuning).</summary>
    Preference,

    /// <summary><c>{"input": [chat] | "text", "ideal": …}</c> (openai/evals samples; eval data only).</summary>
    EvalSample,
}

/// <summary>One example read from a JSONL line: its system prompt, its input side and its assistant outputs.</summary>
internal sealed class DatasetExample
{
    private DatasetExample(int line, DatasetLineShape shape)
    {
        Line = line;
        Shape = shape;
    }

    public int Line { get; }

    public DatasetLineShape Shape { get; }

    /// <summary>The system (or developer) messages joined, or null when there is none.</summary>
    public string? System { get; private set; }

    /// <summary>Everything the model is given, except the system prompt and the final assistant turn.</summary>
    public string Input { get; private set; } = string.Empty;

    /// <summary>The assistant turns' texts; the last one is what the example teaches.</summary>
    public List<string> Outputs { get; } = new();

    /// <summary>Whether some assistant turn exists (a tool call with no text counts).</summary>
    public bool HasAssistantTurn { get; private set; }

    /// <summary>Hash of the normalized input side: the same question asked twice.</summary>
    public ulong InputHash { get; private set; }

    /// <summary>Hash of the normalized input and outputs: the same example twice.</summary>
    public ulong ExampleHash { get; private set; }

    public string? FinalOutput => Outputs.Count > 0 ? Outputs[Outputs.Count - 1] : null;

    /// <summary>The final output's <see cref="Analysis.OutputShape"/>, or null without an assistant turn (set once by the linter).</summary>
    public string? FinalShape { get; internal set; }

    /// <summary>Reads a parsed line; null and a reason when the line has none of the known shapes.</summary>
    public static DatasetExample? From(JsonNode node, int line, bool allowEvalSamples, out string? problem)
    {
        problem = null;
        if (node is not JsonObject)
        {
            problem = "a JSONL example must be a JSON object";
            return null;
        }

        if (JsonValues.Prop(node, "messages") is { } messages)
        {
            if (messages is not JsonArray array)
            {
                problem = "'messages' must be an array of {\"role\", \"content\"} objects";
                return null;
            }

            var example = new DatasetExample(line, DatasetLineShape.Chat);
            return example.ReadMessages(array.Items, null, out problem) ? example.Seal() : null;
        }

        if (JsonValues.Prop(node, "prompt") is { } prompt && JsonValues.Prop(node, "completion") is var completion)
        {
            var example = new DatasetExample(line, DatasetLineShape.PromptCompletion) { Input = Text(prompt) ?? string.Empty };
            if (Text(completion) is { } output && output.Trim().Length > 0)
            {
                example.Outputs.Add(output);
                example.HasAssistantTurn = true;
            }

            return example.Seal();
        }

        if (JsonValues.Path(node, "input", "messages") is JsonArray preferenceInput)
        {
            var example = new DatasetExample(line, DatasetLineShape.Preference);
            var preferred = JsonValues.Prop(node, "preferred_output") as JsonArray;
            return example.ReadMessages(preferenceInput.Items, preferred?.Items, out problem) ? example.Seal() : null;
        }

        if (allowEvalSamples && JsonValues.Prop(node, "input") is { } input)
        {
            var example = new DatasetExample(line, DatasetLineShape.EvalSample);
            if (input is JsonArray chat)
            {
                if (!example.ReadMessages(chat.Items, null, out problem))
                {
                    return null;
                }
            }
            else
            {
                example.Input = Text(input) ?? string.Empty;
            }

            return example.Seal();
        }

        problem = "the line is neither {\"messages\": […]} nor {\"prompt\": …, \"completion\": …}";
        return null;
    }

    private bool ReadMessages(IReadOnlyList<JsonNode> messages, IReadOnlyList<JsonNode>? preferred, out string? problem)
    {
        problem = null;
        var system = new StringBuilder();
        var input = new StringBuilder();
        var all = new List<(string Role, string Text, bool ToolCall)>();
        foreach (JsonNode message in messages)
        {
            string? role = JsonValues.String(JsonValues.Prop(message, "role"));
            if (message is not JsonObject || role is null)
            {
                problem = "each message needs a \"role\" (system, user, assistant, tool)";
                return false;
            }

            all.Add((role.ToLowerInvariant(), Text(JsonValues.Prop(message, "content")) ?? string.Empty, JsonValues.Prop(message, "tool_calls") is JsonArray or JsonObject));
        }

        foreach (JsonNode message in preferred ?? (IReadOnlyList<JsonNode>)new JsonNode[0])
        {
            all.Add(("assistant", Text(JsonValues.Prop(message, "content")) ?? string.Empty, false));
        }

        int lastAssistant = all.FindLastIndex(m => m.Role == "assistant");
        for (int i = 0; i < all.Count; i++)
        {
            (string role, string text, bool toolCall) = all[i];
            if (role is "system" or "developer")
            {
                system.Append(text).Append('\n');
            }
            else if (role == "assistant")
            {
                if (text.Trim().Length > 0 || toolCall)
                {
                    HasAssistantTurn = true;
                }

                Outputs.Add(text);
                if (i != lastAssistant)
                {
                    input.Append("assistant: ").Append(text).Append('\n');
                }
            }
            else
            {
                input.Append(role).Append(": ").Append(text).Append('\n');
            }
        }

        System = system.Length > 0 ? system.ToString() : null;
        Input = input.ToString();
        return true;
    }

    private DatasetExample Seal()
    {
        InputHash = TextHash.Of(Input);
        ulong hash = InputHash;
        foreach (string output in Outputs)
        {
            hash = TextHash.Add(hash, output);
        }

        ExampleHash = hash;
        return this;
    }

    /// <summary>A message's text: a string, or the <c>text</c> of content parts.</summary>
    private static string? Text(JsonNode? content)
    {
        if (content is JsonString s)
        {
            return s.Value;
        }

        if (content is JsonArray parts)
        {
            var sb = new StringBuilder();
            foreach (JsonNode part in parts.Items)
            {
                if (JsonValues.Prop(part, "text") is JsonString t)
                {
                    sb.Append(t.Value).Append('\n');
                }
            }

            return sb.ToString();
        }

        return content is JsonLiteral literal && literal.Text != "null" ? literal.Text : null;
    }
}
