using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// Microsoft Agent Framework (Microsoft.Agents.AI 1.28.0) against the real assemblies, compiled together with
/// Microsoft.Extensions.AI — the Agent Framework declares a type with the same metadata name as Microsoft.Extensions.AI's
/// extension holder, which must not hide either one.
/// </summary>
public sealed class AgentFrameworkTests
{
    [Fact]
    public void The_test_compilation_holds_two_types_named_like_the_extension_holder()
    {
        var compilation = new AnalyzerRunner().WithSource("/project/Empty.cs", "class Empty { }").Compile();
        Assert.Null(compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.ChatClientExtensions"));
        Assert.Equal(2, compilation.GetTypesByMetadataName("Microsoft.Extensions.AI.ChatClientExtensions").Length);
    }

    [Fact]
    public async Task A_bare_string_request_is_seen_beside_the_Agent_Framework() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Bot
            {
                Task<ChatResponse> Ask(IChatClient client) => client.GetResponseAsync({|PL1005:"What color is the sky?"|});
            }
            """, "PL1005");

    [Fact]
    public async Task A_string_request_with_instructions_in_options_is_clean_beside_the_Agent_Framework() =>
        await new AnalyzerRunner().VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Bot
            {
                Task<ChatResponse> Ask(IChatClient client) =>
                    client.GetResponseAsync("What color is the sky?", new ChatOptions { Instructions = "You answer weather questions for Contoso's travel desk in one short sentence." });
            }
            """, "PL1005");
}
