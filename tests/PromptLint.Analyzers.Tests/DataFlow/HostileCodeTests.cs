using System.Text;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>
/// Code shaped to make the data-flow resolution loop, blow up or throw: cycles between static fields and between
/// helpers, deep conditionals, thousands of appends, self-assignments, lambdas writing locals, broken code. Every
/// case must finish without AD0001, and the bounds keep the results small.
/// </summary>
public sealed class HostileCodeTests
{
    [Fact]
    public async Task Cycles_between_fields_and_between_helpers_terminate() =>
        await new AnalyzerRunner().VerifyAsync("""
            using OpenAI.Chat;

            static class Cycle
            {
                public static readonly string A = B + "a";
                public static readonly string B = A + "b";
                public static SystemChatMessage Ping(string text) => Pong(text);
                public static SystemChatMessage Pong(string text) => text.Length > 3 ? new SystemChatMessage(text) : Ping(text);
                public static SystemChatMessage Self(string text) => Self(text);
            }

            class App
            {
                void Build(string q)
                {
                    var a = new SystemChatMessage(Cycle.A);
                    var b = Cycle.Ping("You are a support agent for Contoso. Reply in JSON with keys answer and confidence.");
                    var c = Cycle.Self("x");
                    string s = "You are a support agent for Contoso. Reply in JSON with keys answer.";
                    s = s;
                    s += s;
                    var d = new SystemChatMessage(s);
                }
            }
            """, "PL5004");

    [Fact]
    public async Task Deep_conditionals_and_thousands_of_appends_stay_bounded()
    {
        var nested = new StringBuilder("\"You are a support agent for Contoso. Reply in JSON.\"");
        for (int i = 0; i < 200; i++)
        {
            nested.Insert(0, $"(flag{i % 5} ? \"Variant {i}. \" : ").Append(')');
        }

        var appends = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            appends.Append($"        sb.Append(\"line {i} \");\n");
        }

        string source = $$"""
            using System.Text;
            using OpenAI.Chat;

            class App
            {
                SystemChatMessage Nested(bool flag0, bool flag1, bool flag2, bool flag3, bool flag4) => new SystemChatMessage({{nested}});

                SystemChatMessage Many()
                {
                    var sb = new StringBuilder();
            {{appends}}
                    return new SystemChatMessage(sb.ToString());
                }
            }
            """;
        var diagnostics = await new AnalyzerRunner().WithSource("/project/Program.cs", source).RunAsync();

        // At most 8 variants of the nested conditional are linted (each finding once per location).
        Assert.True(diagnostics.Count(d => d.Id == "PL1002") <= 8, string.Join("\n", diagnostics));
    }

    [Fact]
    public async Task Broken_code_does_not_crash_the_resolution()
    {
        await new AnalyzerRunner().AllowCompileErrors().WithSource("/project/Program.cs", """
            using System.Text;
            using OpenAI.Chat;

            class App
            {
                SystemChatMessage A(bool b)
                {
                    string s = ;
                    s = b ? : "x";
                    var sb = new StringBuilder(;
                    sb.Append(
                    return new SystemChatMessage(sb.ToString() + s + string.Format("{0} {1", s) + string.Format(null, s) + Missing.Value);
                }

                SystemChatMessage B(System.Func<string> f)
                {
                    string captured = "You are a support agent.";
                    System.Action set = () => captured = "You are someone else.";
                    return new SystemChatMessage(captured);
                }

                SystemChatMessage C() => new SystemChatMessage(string.Format("{99}", "x") + string.Format("{-1}", "x") + string.Format("{0:", "x"));
            }
            """).RunAsync();
    }
}
