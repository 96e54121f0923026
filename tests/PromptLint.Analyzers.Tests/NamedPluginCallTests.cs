using Microsoft.CodeAnalysis;
using PromptLint.Analyzers.Tests.Infrastructure;

namespace PromptLint.Analyzers.Tests;

/// <summary>
/// PL5007/PL5008 for prompt functions called by plugin and function name — <c>kernel.InvokeAsync("Writer", "Poem", …)</c>,
/// <c>kernel.Plugins["Writer"]["Poem"]</c>, <c>kernel.Plugins.GetFunction("Writer", "Poem")</c> — and for plugins and
/// functions held in readonly fields, compiled against Semantic Kernel 1.82.
/// </summary>
public sealed class NamedPluginCallTests
{
    private const string Usings = "using System; using System.IO; using System.Threading.Tasks; using Microsoft.SemanticKernel;\n";

    private static AnalyzerRunner Project() => new AnalyzerRunner()
        .WithGlobalOption("build_property.ProjectDir", "/project/")
        .WithAdditionalFile("/project/Plugins/Writer/Poem/skprompt.txt", "Write a poem about {{$subject}} for {{$audience}}.");

    [Fact]
    public async Task A_function_called_by_name_of_a_plugin_imported_from_a_prompt_directory_is_checked()
    {
        var diagnostics = await Project().VerifyAsync(Usings + """
            class Poems
            {
                async Task Run(Kernel kernel)
                {
                    kernel.ImportPluginFromPromptDirectory(Path.Combine("Plugins", "Writer"));
                    await kernel.InvokeAsync("Writer", "Poem", {|PL5007:new KernelArguments { ["subject"] = "rain" }|});
                    await kernel.InvokeAsync(kernel.Plugins["writer"]["Poem"], {|PL5007:new KernelArguments { [{|PL5008:"subjet"|}] = "rain", ["audience"] = "kids" }|});
                    var poem = kernel.Plugins.GetFunction("Writer", "Poem");
                    await poem.InvokeAsync(kernel, {|PL5007:new KernelArguments { ["audience"] = "kids" }|});
                    await kernel.InvokeAsync("Writer", "Poem", new KernelArguments { ["subject"] = "rain", ["audience"] = "kids" });
                }
            }
            """, "PL5007", "PL5008");

        Assert.Equal("template variable 'audience' (Plugins/Writer/Poem/skprompt.txt(1,40)) is not supplied: the arguments set subject, so Semantic Kernel renders it as empty text; add [\"audience\"] = …",
            diagnostics.First(d => d.Id == "PL5007").GetMessage());
        Assert.Equal("argument 'subjet' is not read by the template Plugins/Writer/Poem/skprompt.txt; did you mean 'subject'?", diagnostics.Single(d => d.Id == "PL5008").GetMessage());
    }

    [Fact]
    public async Task A_plugin_name_given_at_the_import_and_a_kernel_and_plugin_in_readonly_fields_are_followed() =>
        await Project().VerifyAsync(Usings + """
            class Poems
            {
                private readonly Kernel _kernel;
                private readonly KernelPlugin _writer;

                Poems(Kernel kernel)
                {
                    _kernel = kernel;
                    _kernel.ImportPluginFromPromptDirectory("Plugins/Writer", "Verse");
                    _writer = kernel.CreatePluginFromPromptDirectory("Plugins/Writer");
                }

                async Task Run()
                {
                    await _kernel.InvokeAsync("Verse", "Poem", {|PL5007:new KernelArguments { ["subject"] = "rain" }|});
                    await _kernel.InvokeAsync(_writer["Poem"], {|PL5007:new KernelArguments { ["audience"] = "kids" }|});
                    await _kernel.InvokeAsync("Writer", "Poem", new KernelArguments { ["subject"] = "rain" });  // no plugin of that name here
                }
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task A_primary_constructor_kernel_is_searched_in_its_type() =>
        await Project().VerifyAsync(Usings + """
            class Poems(Kernel kernel)
            {
                void Load() => kernel.ImportPluginFromPromptDirectory("Plugins/Writer");

                void LoadAgain() => kernel.ImportPluginFromPromptDirectory(Path.Combine("Plugins", "Writer"));   // the same directory: the same plugin

                async Task Run() => await kernel.InvokeAsync("Writer", "Poem", {|PL5007:new KernelArguments { ["subject"] = "rain" }|});
            }
            """, "PL5007", "PL5008");

    [Fact]
    public async Task A_kernel_or_plugin_that_may_be_another_object_gives_no_finding() =>
        await Project().VerifyAsync(Usings + """
            class Poems
            {
                private Kernel _mutable = new Kernel();
                private readonly KernelPlugin _twice;

                Poems(Kernel kernel, bool other)
                {
                    _twice = kernel.CreatePluginFromPromptDirectory("Plugins/Writer");
                    if (other) { _twice = kernel.CreatePluginFromPromptDirectory("Plugins/Other"); }
                }

                async Task Run(Kernel kernel, Kernel second, string name, string directory)
                {
                    _mutable.ImportPluginFromPromptDirectory("Plugins/Writer");
                    await _mutable.InvokeAsync("Writer", "Poem", new KernelArguments { ["subject"] = "rain" });   // a field written anywhere
                    second.ImportPluginFromPromptDirectory("Plugins/Writer");
                    await kernel.InvokeAsync("Writer", "Poem", new KernelArguments { ["subject"] = "rain" });     // imported into another kernel
                    kernel.ImportPluginFromPromptDirectory(directory);
                    await kernel.InvokeAsync("Writer", "Poem", new KernelArguments { ["subject"] = "rain" });     // a plugin of unknown name
                    await second.InvokeAsync(name, "Poem", new KernelArguments { ["subject"] = "rain" });         // a plugin name not known
                    await second.InvokeAsync(_twice["Poem"], new KernelArguments { ["subject"] = "rain" });       // a field written twice
                    second.ImportPluginFromPromptDirectory("Plugins/Other", "Writer");
                    await second.InvokeAsync("Writer", "Poem", new KernelArguments { ["subject"] = "rain" });     // one name, two directories
                }

                async Task Reassigned(Kernel kernel, Kernel other)
                {
                    kernel.ImportPluginFromPromptDirectory("Plugins/Writer");
                    kernel = other;
                    await kernel.InvokeAsync("Writer", "Poem", new KernelArguments { ["subject"] = "rain" });
                }
            }
            """, "PL5007", "PL5008");
}
