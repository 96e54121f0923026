using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// PL5009 for prompt text that does not come through Semantic Kernel: a file read with <c>File.ReadAllText</c> into
/// Microsoft.Extensions.AI or OpenAI messages, and embedded resources read with <c>GetManifestResourceStream</c>
/// (compiled against the real Microsoft.Extensions.AI and OpenAI assemblies).
/// </summary>
public sealed class LoadedPromptTextTests
{
    private const string Usings = "using System; using System.IO; using System.Reflection; using System.Threading.Tasks; using Microsoft.Extensions.AI; using OpenAI.Chat;\n";
    private const string Copy = "build_metadata.AdditionalFiles.PromptLintCopyToOutput";
    private const string Embedded = "build_metadata.AdditionalFiles.PromptLintEmbedded";

    private static AnalyzerRunner Project() => new AnalyzerRunner()
        .WithGlobalOption("build_property.ProjectDir", "/project/")
        .WithGlobalOption("build_property.RootNamespace", "Support")
        .WithAdditionalFile("/project/prompts/system.md", "You are a support agent. Answer in two sentences.")
        .WithAdditionalFile("/project/Prompts/chat.prompty", "---\nname: chat\n---\nsystem:\nBe brief.\n");

    [Fact]
    public async Task A_prompt_file_read_into_chat_messages_that_is_missing_or_not_copied_is_PL5009()
    {
        var diagnostics = await Project().WithFileOption("/project/prompts/system.md", Copy, "Never").VerifyAsync(Usings + """
            class Chat
            {
                async Task Run(IChatClient client, string question)
                {
                    var messages = new[] { new Microsoft.Extensions.AI.ChatMessage(ChatRole.System, File.ReadAllText({|PL5009:"prompts/system.md"|})), new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, question) };
                    await client.GetResponseAsync(messages, new ChatOptions { Instructions = await File.ReadAllTextAsync({|PL5009:"prompts/sytem.md"|}) });
                    var openAi = new SystemChatMessage(File.OpenText({|PL5009:Path.Combine(AppContext.BaseDirectory, "prompts", "rules.md")|}).ReadToEnd());
                }
            }
            """, "PL5009");

        var pl5009 = diagnostics.Where(d => d.Id == "PL5009").ToList();
        Assert.Contains("'prompts/system.md' is in the project but not copied to the output folder", pl5009[0].GetMessage());
        Assert.Equal("'prompts/sytem.md' names no prompt file of the project, so loading it fails at run time; did you mean 'prompts/system.md'?", pl5009[1].GetMessage());
    }

    [Fact]
    public async Task A_resource_name_that_names_no_embedded_prompt_file_is_PL5009()
    {
        var diagnostics = await Project()
            .WithFileOption("/project/Prompts/chat.prompty", Copy, "Never").WithFileOption("/project/Prompts/chat.prompty", Embedded, "true")
            .WithFileOption("/project/prompts/system.md", Copy, "Never")
            .VerifyAsync(Usings + """
            class Chat
            {
                const string Root = "Support";

                void Run()
                {
                    Assembly assembly = typeof(Chat).Assembly;
                    using var found = assembly.GetManifestResourceStream($"{Root}.Prompts.chat.prompty");
                    using var misspelt = assembly.GetManifestResourceStream({|PL5009:"Support.Prompts.chta.prompty"|});
                    using var notEmbedded = assembly.GetManifestResourceStream({|PL5009:"Support.prompts.system.md"|});
                    using var data = assembly.GetManifestResourceStream("Support.data.customers.csv");   // not a file the package would list
                    using var other = assembly.GetManifestResourceStream("Other.Prompts.x.prompty");     // another prefix (LogicalName, another assembly)
                }
            }
            """, "PL5009");

        var pl5009 = diagnostics.Where(d => d.Id == "PL5009").ToList();
        Assert.Equal("'Support.Prompts.chta.prompty' names no prompt file of the project (a file's resource name is Support. and its project path with '/' as '.'), so GetManifestResourceStream returns null at run time; did you mean 'Support.Prompts.chat.prompty'?",
            pl5009[0].GetMessage());
        Assert.Equal("'Support.prompts.system.md' is the project file 'prompts/system.md', which is not an embedded resource, so GetManifestResourceStream returns null at run time; add <EmbeddedResource Include=\"prompts/system.md\" />",
            pl5009[1].GetMessage());
    }

    [Fact]
    public async Task Without_the_root_namespace_or_the_package_metadata_resources_are_not_judged()
    {
        const string code = """
            class Chat
            {
                void Run()
                {
                    using var misspelt = typeof(Chat).Assembly.GetManifestResourceStream("Support.Prompts.chta.prompty");
                    using var notEmbedded = typeof(Chat).Assembly.GetManifestResourceStream("Support.prompts.system.md");
                }
            }
            """;
        var noRoot = await new AnalyzerRunner().WithGlobalOption("build_property.ProjectDir", "/project/")
            .WithAdditionalFile("/project/prompts/system.md", "Be brief.").VerifyAsync(Usings + code, "PL5009");
        Assert.DoesNotContain(noRoot, d => d.Id == "PL5009");
        var noMetadata = await Project().VerifyAsync(Usings + code.Replace("\"Support.Prompts.chta.prompty\"", "\"Support.Prompts.chat.prompty\""), "PL5009");
        Assert.DoesNotContain(noMetadata, d => d.Id == "PL5009");
    }
}
