using System.Text;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>
/// Hostile shapes from issue 18 (point 3) that used to explode: each finishes with a bounded answer, and a plain
/// prompt beside it in the same compilation is still resolved (the budget is per value, not per build).
/// Assertions are on results only, never on time.
/// </summary>
public sealed class ResolutionBudgetTests
{
    private const string Bad = "You are a support agent for Contoso's billing team. Help customers with invoices.";

    private const string Plain = $$"""

        class Plain
        {
            OpenAI.Chat.SystemChatMessage Message() => new("{{Bad}}");
        }
        """;

    [Fact]
    public async Task A_static_readonly_interpolation_that_names_itself_is_a_cycle_not_a_giant_string()
    {
        string holes = string.Concat(Enumerable.Repeat("{A}", 12));
        var diagnostics = await new AnalyzerRunner().WithSource("/project/Program.cs", $$"""
            using OpenAI.Chat;

            class Loop
            {
                static readonly string A = $"You are a support agent for Contoso. {{holes}}";

                SystemChatMessage Message() => new(A);
            }
            {{Plain}}
            """).RunAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "PL6001");
        Assert.All(diagnostics, d => Assert.True(d.GetMessage().Length < 2_000, d.GetMessage()));
        Assert.Contains(diagnostics, d => d.Id == "PL1001" && d.Location.GetLineSpan().StartLinePosition.Line > 8);
    }

    [Fact]
    public async Task Eight_locals_each_reassigned_under_63_ifs_stay_unresolved_and_the_rest_is_linted()
    {
        var body = new StringBuilder();
        for (int local = 0; local < 8; local++)
        {
            string previous = local == 0 ? "\"You are a support agent.\"" : $"s{local - 1}";
            body.AppendLine($"        string s{local} = {previous};");
            for (int i = 0; i < 63; i++)
            {
                // Half the branches copy the previous local as it is, half append to it: both fan out.
                string value = i % 2 == 0 ? previous : $"{previous} + \" rule {local}.{i}\"";
                body.AppendLine($"        if (flags[{i}]) s{local} = {value};");
            }
        }

        var diagnostics = await new AnalyzerRunner().WithSource("/project/Program.cs", $$"""
            using OpenAI.Chat;

            class Branches
            {
                SystemChatMessage Message(bool[] flags)
                {
            {{body}}
                    return new SystemChatMessage($"Reply in one sentence. {s7}");
                }
            }
            {{Plain}}
            """).RunAsync();

        Assert.Single(diagnostics, d => d.Id == "PL1001" && d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan).Contains("Contoso"));
    }

    [Fact]
    public async Task A_chain_of_150_helpers_is_followed_three_levels_deep()
    {
        var helpers = new StringBuilder("class H0 { public static OpenAI.Chat.SystemChatMessage Send(string text) => new(text); }\n");
        for (int i = 1; i < 150; i++)
        {
            helpers.AppendLine($"class H{i} {{ public static OpenAI.Chat.SystemChatMessage Send(string text) => H{i - 1}.Send(text); }}");
        }

        var diagnostics = await new AnalyzerRunner().WithSource("/project/Helpers.cs", helpers.ToString()).VerifyAsync($$"""
            class App
            {
                OpenAI.Chat.SystemChatMessage Near() => H2.Send({|PL1001:"{{Bad}}"|});
                OpenAI.Chat.SystemChatMessage Far() => H3.Send("{{Bad}}");
                OpenAI.Chat.SystemChatMessage End() => H149.Send("{{Bad}}");
            }
            """, "PL1001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
