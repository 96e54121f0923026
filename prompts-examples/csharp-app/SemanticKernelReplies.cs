using Microsoft.SemanticKernel;

// Semantic Kernel: the C# that loads and fills a prompt, checked against the prompt it loads.
public sealed class ReplyWriter(Kernel kernel)
{
    // Plugins/Replies/Apology/skprompt.txt reads {{$customer}} and {{$issue}}. PL5007: no argument supplies 'issue', so
    // the model gets "Issue: " with nothing after it; PL5008 (info): 'isue' is read by no variable (did you mean 'issue'?).
    public Task<FunctionResult> Apology(string customer, string issue)
    {
        KernelPlugin replies = kernel.ImportPluginFromPromptDirectory(Path.Combine(AppContext.BaseDirectory, "Plugins", "Replies"));
        return kernel.InvokeAsync(replies["Apology"], new KernelArguments { ["customer"] = customer, ["isue"] = issue });
    }

    // Fixed: every variable the template reads is supplied.
    public Task<FunctionResult> ApologyFixed(string customer, string issue)
    {
        KernelPlugin replies = kernel.ImportPluginFromPromptDirectory(Path.Combine(AppContext.BaseDirectory, "Plugins", "Replies"));
        return kernel.InvokeAsync(replies["Apology"], new KernelArguments { ["customer"] = customer, ["issue"] = issue });
    }

    // PL5009: a misspelt path names no prompt file of the project, so this fails only when it runs.
    public string OrderStatusPrompt() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "prompts", "order-satus.prompty"));

    // Fixed: the file exists, and the project copies prompts/ to the output folder (see SupportApp.csproj).
    public string OrderStatusPromptFixed() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "prompts", "order-status.prompty"));

    // PL5007 through the plugin's name: the kernel imported Plugins/Replies as "Replies", so "Apology" is its skprompt.txt.
    public Task<FunctionResult> ApologyByName(string customer)
    {
        kernel.ImportPluginFromPromptDirectory(Path.Combine(AppContext.BaseDirectory, "Plugins", "Replies"));
        return kernel.InvokeAsync("Replies", "Apology", new KernelArguments { ["customer"] = customer });
    }

    // Fixed: both variables supplied.
    public Task<FunctionResult> ApologyByNameFixed(string customer, string issue)
    {
        kernel.ImportPluginFromPromptDirectory(Path.Combine(AppContext.BaseDirectory, "Plugins", "Replies"));
        return kernel.InvokeAsync("Replies", "Apology", new KernelArguments { ["customer"] = customer, ["issue"] = issue });
    }

    // PL5009: an embedded resource is named RootNamespace + its path with '/' as '.'; this name matches no prompt file
    // (the fix: "SupportApp.prompts.order-status.prompty", with <EmbeddedResource Include="prompts/order-status.prompty" />).
    public Stream? OrderStatusResource() => typeof(ReplyWriter).Assembly.GetManifestResourceStream("SupportApp.prompts.order-satus.prompty");
}
