using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests.DataFlow;

/// <summary>Prompts that code builds rather than writes as one literal (issue #13, item 1), against the real OpenAI assembly.</summary>
public sealed class ValueResolutionTests
{
    private const string Persona = "You are a support agent for Contoso's billing team. Help customers with invoices and refunds. ";

    [Fact]
    public async Task A_static_readonly_concatenation_in_another_file_is_resolved() =>
        await new AnalyzerRunner()
            .WithSource("/project/Prompts.cs", $$"""
                static class Prompts
                {
                    public static readonly string Role = "{{Persona}}";
                    public static readonly string Thin = Role + "Be kind.";
                    public static readonly string WithFormat = Role + "Reply in JSON with keys answer and confidence.";
                }
                """)
            .VerifyAsync("""
                using OpenAI.Chat;

                class Bot
                {
                    void Build()
                    {
                        var flagged = new SystemChatMessage({|PL1001:Prompts.Thin|});
                        var clean = new SystemChatMessage(Prompts.WithFormat);
                    }
                }
                """, "PL1001");

    [Fact]
    public async Task Each_reaching_definition_of_a_local_is_a_variant_reported_where_it_is_written() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                void Build(bool formal, string q)
                {
                    string killed = "overwritten before use";
                    killed = "{{Persona}}Reply in JSON with keys answer and confidence.";
                    var a = new SystemChatMessage(killed);

                    string system = {|PL1001:"{{Persona}}Be kind."|};
                    if (formal)
                    {
                        system = "{{Persona}}Reply in JSON with keys answer and confidence.";
                    }

                    var b = new SystemChatMessage(system);
                }
            }
            """, "PL1001", "PL1002");

    [Fact]
    public async Task Compound_assignment_appends() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                void Build(bool strict)
                {
                    string flagged = {|PL1001:"{{Persona}}"|};
                    flagged += "Be kind.";
                    var a = new SystemChatMessage(flagged);

                    string clean = "{{Persona}}";
                    clean += "Reply in JSON with keys answer and confidence.";
                    var b = new SystemChatMessage(clean);
                }
            }
            """, "PL1001");

    [Fact]
    public async Task String_concat_and_format_with_a_constant_format() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                const string Role = "{{Persona}}";

                void Build(string product)
                {
                    var a = new SystemChatMessage({|PL1001:string.Concat(Role, "Be kind.")|});
                    var b = new SystemChatMessage(string.Concat(Role, "Reply in JSON with keys answer and confidence."));
                    var c = new SystemChatMessage({|PL1001:string.Format("{0}Be kind about {1}.", Role, "invoices")|});
                    var d = new SystemChatMessage(string.Format("{0}Reply in JSON with keys answer and confidence.", Role));
                }
            }
            """, "PL1001");

    [Fact]
    public async Task A_string_builder_filled_in_the_method_is_reported_at_its_first_append() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using System.Text;
            using OpenAI.Chat;

            class Bot
            {
                SystemChatMessage Flagged()
                {
                    var sb = new StringBuilder();
                    sb.AppendLine({|PL1001:"{{Persona}}"|});
                    sb.Append("Be kind.").AppendLine(" Thank the customer.");
                    return new SystemChatMessage(sb.ToString());
                }

                SystemChatMessage Clean()
                {
                    var sb = new StringBuilder("{{Persona}}");
                    sb.AppendLine();
                    sb.Append("Reply in JSON with keys answer and confidence.");
                    return new SystemChatMessage(sb.ToString());
                }

                SystemChatMessage Escapes()
                {
                    var sb = new StringBuilder("{{Persona}}");
                    AddRules(sb);
                    return new SystemChatMessage(sb.ToString());
                }

                static void AddRules(StringBuilder sb) => sb.Append("Reply in JSON.");
            }
            """, "PL1001");

    [Fact]
    public async Task Both_constant_branches_of_a_conditional_are_judged_where_they_are_written() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                SystemChatMessage Build(bool brief) => new SystemChatMessage(brief
                    ? {|PL1001:"{{Persona}}Be brief."|}
                    : "{{Persona}}Reply in JSON with keys answer and confidence.");
            }
            """, "PL1001");

    [Fact]
    public async Task Each_constant_arm_of_a_switch_expression_is_a_variant() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            enum Tone { Brief, Formal }

            class Bot
            {
                SystemChatMessage Build(Tone tone) => new SystemChatMessage(tone switch
                {
                    Tone.Brief => {|PL1001:"{{Persona}}Be brief."|},
                    _ => "{{Persona}}Reply in JSON with keys answer and confidence.",
                });
            }
            """, "PL1001");

    [Fact]
    public async Task Text_content_parts_are_message_text() =>
        await new AnalyzerRunner().VerifyAsync($$"""
            using OpenAI.Chat;

            class Bot
            {
                void Build()
                {
                    var a = new SystemChatMessage({|PL1001:ChatMessageContentPart.CreateTextPart("{{Persona}}Be kind.")|});
                    var b = new SystemChatMessage(ChatMessageContentPart.CreateTextPart("{{Persona}}Reply in JSON with keys answer and confidence."));
                }
            }
            """, "PL1001");
}
