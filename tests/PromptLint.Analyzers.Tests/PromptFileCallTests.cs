using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// PL5007/PL5008/PL5009: the C# that loads and fills a prompt, checked against the prompt file it loads (an
/// AdditionalFile) or the template string it passes, compiled against Semantic Kernel 1.82 (Yaml and Prompty from stubs).
/// </summary>
public sealed class PromptFileCallTests
{
    private const string StoryYaml = """
        name: Story
        template: |
          Write a story about {{$topic}} that is {{$length}} sentences long.
        input_variables:
          - name: topic
          - name: length
        """;

    private const string Usings = "using System; using System.IO; using System.Threading.Tasks; using Microsoft.SemanticKernel;\n";

    private static AnalyzerRunner Project() => new AnalyzerRunner()
        .WithGlobalOption("build_property.ProjectDir", "/project/")
        .WithStubs(Stubs.SemanticKernelYaml + Stubs.SemanticKernelPrompty)
        .WithAdditionalFile("/project/prompts/story.yaml", StoryYaml);

    [Fact]
    public async Task A_variable_of_the_loaded_yaml_that_no_argument_supplies_is_PL5007_and_a_misspelt_key_PL5008()
    {
        var diagnostics = await Project().VerifyAsync(Usings + """
            class Stories
            {
                async Task Run(Kernel kernel)
                {
                    KernelFunction story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("prompts/story.yaml"));
                    await kernel.InvokeAsync(story, {|PL5007:new KernelArguments { ["topic"] = "otters", [{|PL5008:"lenght"|}] = "3" }|});
                }
            }
            """, "PL5007", "PL5008");

        Diagnostic missing = diagnostics.Single(d => d.Id == "PL5007");
        Assert.Equal(DiagnosticSeverity.Warning, missing.Severity);
        Assert.Equal("template variable 'length' (prompts/story.yaml(3,45)) is not supplied: the arguments set topic, lenght, so Semantic Kernel renders it as empty text; add [\"length\"] = …", missing.GetMessage());
        Diagnostic unread = diagnostics.Single(d => d.Id == "PL5008");
        Assert.Equal(DiagnosticSeverity.Info, unread.Severity);
        Assert.Equal("argument 'lenght' is not read by the template prompts/story.yaml; did you mean 'length'?", unread.GetMessage());
    }

    [Fact]
    public async Task Arguments_that_supply_every_variable_are_clean_whatever_their_case() =>
        await Project().VerifyAsync(Usings + """
            class Stories
            {
                async Task Run(Kernel kernel, string topic)
                {
                    var story = KernelFunctionYaml.FromPromptYaml(File.ReadAllText("prompts/story.yaml"));
                    await kernel.InvokeAsync(story, new KernelArguments { ["topic"] = topic, ["Length"] = "3" });
                    await story.InvokeAsync(kernel, new() { { "topic", topic }, { "length", "3" } });
                }
            }
            """, "PL5007", "PL5008", "PL5009");

    [Fact]
    public async Task Constants_nameof_static_readonly_fields_and_Path_Combine_from_the_output_folder_are_followed() =>
        await Project().VerifyAsync(Usings + """
            static class Prompts
            {
                public const string Folder = "prompts";
                public static readonly string Story = $"{Folder}/story.yaml";
            }

            class Stories
            {
                private const string topic = "topic";

                async Task Run(Kernel kernel)
                {
                    var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, Prompts.Folder, "story.yaml")));
                    await kernel.InvokeAsync(story, {|PL5007:new KernelArguments { [nameof(topic)] = "otters" }|});
                    var same = kernel.CreateFunctionFromPromptYaml(File.ReadAllText(Prompts.Story));
                    await kernel.InvokeAsync(same, {|PL5007:new KernelArguments { [topic] = "otters" }|});
                }
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task A_template_string_in_code_is_checked_the_same_way()
    {
        var diagnostics = await Project().VerifyAsync(Usings + """
            class Stories
            {
                const string Template = "Write a story about {{$topic}} in the style of {{$style}}.";

                async Task Run(Kernel kernel, string topic)
                {
                    await kernel.InvokePromptAsync(Template, {|PL5007:new() { { "topic", topic } }|});
                    var function = kernel.CreateFunctionFromPrompt(Template);
                    await kernel.InvokeAsync(function, new KernelArguments { ["topic"] = topic, ["style"] = "Poe" });
                }
            }
            """, "PL5007", "PL5008");

        Assert.Contains("template variable 'style' (line 1, column 51 of the template)", diagnostics.Single(d => d.Id == "PL5007").GetMessage());
    }

    [Fact]
    public async Task A_local_given_more_constant_names_before_the_call_is_followed() =>
        await Project().VerifyAsync(Usings + """
            class Stories
            {
                async Task Run(Kernel kernel)
                {
                    var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("prompts/story.yaml"));
                    var complete = new KernelArguments { ["topic"] = "otters" };
                    complete["length"] = "3";
                    await kernel.InvokeAsync(story, complete);
                    var incomplete = {|PL5007:new KernelArguments()|};
                    incomplete.Add("topic", "otters");
                    await kernel.InvokeAsync(story, incomplete);
                }
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task Partial_knowledge_gives_no_finding() =>
        await Project().VerifyAsync(Usings + """
            using System.Collections.Generic;
            class Stories
            {
                async Task Run(Kernel kernel, KernelArguments passedIn, string key, string path, IDictionary<string, object?> values)
                {
                    var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("prompts/story.yaml"));
                    await kernel.InvokeAsync(story, passedIn);                                              // arguments from elsewhere
                    await kernel.InvokeAsync(story, new KernelArguments { [key] = "otters" });              // a name not known
                    await kernel.InvokeAsync(story, new KernelArguments(values) { ["topic"] = "otters" });  // names from a dictionary
                    var shared = new KernelArguments { ["topic"] = "otters" };
                    Fill(shared);                                                                           // the local is used elsewhere
                    await kernel.InvokeAsync(story, shared);
                    var unknown = kernel.CreateFunctionFromPromptYaml(File.ReadAllText(path));              // a file not known
                    await kernel.InvokeAsync(unknown, new KernelArguments { ["topic"] = "otters" });
                    await kernel.InvokePromptAsync("About {{$topic}} and {{topic}}", new() { ["x"] = 1 }, templateFormat: "handlebars");
                }

                static void Fill(KernelArguments arguments) => arguments["length"] = "3";
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task A_template_that_calls_functions_may_read_any_argument_so_PL5008_stays_quiet() =>
        await Project().VerifyAsync(Usings + """
            class Stories
            {
                async Task Run(Kernel kernel) =>
                    await kernel.InvokePromptAsync("Summarize {{$input}} with {{notes.recall}}.", new() { ["input"] = "text", ["user"] = "ann" });
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task Prompty_files_and_plugin_directories_are_read_and_declared_defaults_count_as_supplied()
    {
        var runner = Project()
            .WithAdditionalFile("/project/prompts/chat.prompty", "---\nname: chat\ninputs:\n  question:\n    type: string\n  tone:\n    type: string\n    default: friendly\n---\nsystem:\nAnswer in a {{tone}} tone.\nuser:\n{{question}} {{customer}}\n")
            .WithAdditionalFile("/project/Plugins/Writer/Poem/skprompt.txt", "Write a poem about {{$subject}} for {{$audience}}.")
            .WithAdditionalFile("/project/Plugins/Writer/Poem/config.json", """{ "input_variables": [ { "name": "audience", "default": "children" } ] }""");

        var diagnostics = await runner.VerifyAsync(Usings + """
            class Chat
            {
                async Task Run(Kernel kernel)
                {
                    var chat = kernel.CreateFunctionFromPromptyFile("prompts/chat.prompty");
                    await chat.InvokeAsync(kernel, {|PL5007:new KernelArguments { ["question"] = "Where is my order?" }|});
                    var writer = kernel.ImportPluginFromPromptDirectory(Path.Combine("Plugins", "Writer"));
                    await kernel.InvokeAsync(writer["Poem"], new KernelArguments { ["subject"] = "rain" });
                    await kernel.InvokeAsync(writer["Poem"], {|PL5007:new KernelArguments { [{|PL5008:"subjet"|}] = "rain" }|});
                }
            }
            """, "PL5007", "PL5008", "PL5009");

        Assert.Contains("template variable 'customer' (prompts/chat.prompty(13,", diagnostics.First(d => d.Id == "PL5007").GetMessage());
        Assert.Contains("Plugins/Writer/Poem/skprompt.txt(1,", diagnostics.Last(d => d.Id == "PL5007").GetMessage());
    }

    [Fact]
    public async Task A_path_that_names_no_prompt_file_of_the_project_is_PL5009()
    {
        var diagnostics = await Project().VerifyAsync(Usings + """
            class Loader
            {
                async Task Run(Kernel kernel)
                {
                    var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText({|PL5009:"prompts/sotry.yaml"|}));
                    var chat = kernel.CreateFunctionFromPromptyFile({|PL5009:"chat.prompty"|});
                    var plugin = kernel.CreatePluginFromPromptDirectory({|PL5009:"Plugins/Missing"|});
                    var data = File.ReadAllText("data/customers.csv");   // not a file the package would list: it may exist
                    var absolute = File.ReadAllText("/etc/prompts/x.prompty");
                    var found = File.ReadAllText("prompts/story.yaml");
                }
            }
            """, "PL5009");

        Assert.Equal("'prompts/sotry.yaml' names no prompt file of the project, so loading it fails at run time; did you mean 'prompts/story.yaml'?", diagnostics.First(d => d.Id == "PL5009").GetMessage());
    }

    [Fact]
    public async Task A_prompt_file_the_build_does_not_copy_to_the_output_is_PL5009()
    {
        const string code = """
            class Loader
            {
                void Run(Kernel kernel)
                {
                    var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText({|PL5009:"prompts/story.yaml"|}));
                }
            }
            """;
        const string copy = "build_metadata.AdditionalFiles.PromptLintCopyToOutput";

        var notCopied = await Project().WithFileOption("/project/prompts/story.yaml", copy, "Never").VerifyAsync(Usings + code, "PL5009");
        Assert.Contains("not copied to the output folder", notCopied.Single(d => d.Id == "PL5009").GetMessage());
        var embedded = await Project().WithFileOption("/project/prompts/story.yaml", copy, "Never")
            .WithFileOption("/project/prompts/story.yaml", "build_metadata.AdditionalFiles.PromptLintEmbedded", "true").VerifyAsync(Usings + code, "PL5009");
        Assert.Contains("is an embedded resource", embedded.Single(d => d.Id == "PL5009").GetMessage());

        string clean = code.Replace("{|PL5009:", string.Empty).Replace("|}", string.Empty);
        await Project().WithFileOption("/project/prompts/story.yaml", copy, "PreserveNewest").VerifyAsync(Usings + clean, "PL5009");
        await Project().VerifyAsync(Usings + clean, "PL5009"); // no metadata (the analyzer without the package): not judged
    }

    [Fact]
    public async Task Without_the_project_folder_or_with_the_default_globs_off_nothing_is_missing()
    {
        const string code = """
            class Loader { void Run(Kernel kernel) { var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("prompts/sotry.yaml")); } }
            """;
        var noFolder = await new AnalyzerRunner().WithStubs(Stubs.SemanticKernelYaml).VerifyAsync(Usings + code, "PL5009");
        Assert.DoesNotContain(noFolder, d => d.Id == "PL5009");
        await Project().WithGlobalOption("build_property.PromptLintDefaultFiles", "false").VerifyAsync(Usings + code, "PL5009");
    }

    [Fact]
    public async Task Promptlint_yaml_severities_apply() =>
        await Project().WithAdditionalFile("/project/promptlint.yaml", "rules:\n  PL5007: none\n").VerifyAsync(Usings + """
            class Stories
            {
                async Task Run(Kernel kernel)
                {
                    var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("prompts/story.yaml"));
                    await kernel.InvokeAsync(story, new KernelArguments { ["topic"] = "otters" });
                }
            }
            """, "PL5007");
    [Fact]
    public async Task A_prompt_file_declaring_another_model_than_the_kernels_only_chat_service_is_PL5010()
    {
        var runner = Project().WithAdditionalFile("/project/prompts/summary.yaml", """
            name: Summary
            template: Summarize {{$text}}.
            execution_settings:
              default:
                model_id: gpt-4o
            """);

        var diagnostics = await runner.VerifyAsync(Usings + """
            class Summaries
            {
                const string Model = "gpt-4o-mini";

                async Task Run(string text)
                {
                    Kernel kernel = Kernel.CreateBuilder().AddOpenAIChatCompletion(Model, "key").Build();
                    var summary = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("prompts/summary.yaml"));
                    await {|PL5010:kernel.InvokeAsync(summary, new KernelArguments { ["text"] = text })|};
                    await {|PL5010:summary.InvokeAsync(kernel)|};

                    Kernel matching = Kernel.CreateBuilder().AddOpenAIChatCompletion("GPT-4o", "key").Build();
                    await matching.InvokeAsync(summary, new KernelArguments { ["text"] = text });
                    Kernel two = Kernel.CreateBuilder().AddOpenAIChatCompletion(Model, "key").AddOpenAIChatCompletion("gpt-4o", "key").Build();
                    await two.InvokeAsync(summary, new KernelArguments { ["text"] = text });
                    var story = kernel.CreateFunctionFromPromptYaml(File.ReadAllText("prompts/story.yaml")); // declares no model
                    await kernel.InvokeAsync(story, new KernelArguments { ["topic"] = "otters", ["length"] = "3" });
                }

                async Task Elsewhere(Kernel kernel, KernelFunction summary) => await kernel.InvokeAsync(summary);
            }
            """, "PL5010");

        Diagnostic pl5010 = diagnostics.First(d => d.Id == "PL5010");
        Assert.Equal(DiagnosticSeverity.Info, pl5010.Severity);
        Assert.Equal("prompts/summary.yaml(5,15) declares model 'gpt-4o', but the kernel it is sent through has one chat service, 'gpt-4o-mini'; make them agree", pl5010.GetMessage());
    }
}
