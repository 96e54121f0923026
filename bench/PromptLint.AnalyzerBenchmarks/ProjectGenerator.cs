using System.Text;

namespace PromptLint.AnalyzerBenchmarks;

/// <summary>
/// A deterministic N-file C# project of realistic service classes (records, an interface, async LINQ code,
/// guard clauses, interpolated log text — about 70 lines per file). With an SDK, about one file in four builds
/// OpenAI chat messages (<c>i % 4 == 0</c>), one in four Microsoft.Extensions.AI <c>ChatMessage</c>s and
/// <c>ChatOptions</c> (<c>== 1</c>), one in four holds model IDs including a fine-tuned one (<c>== 2</c>); the
/// rest use no SDK type. Without an SDK the files have the same shape, with the SDK types replaced by look-alike
/// types of the project (<c>Shapes.cs</c>) and no SDK reference. Same output for the same arguments.
/// </summary>
internal static class ProjectGenerator
{
    public const int DefaultFileCount = 2000;

    /// <summary>What the analyzer loads, copied into one folder per analyzer build (RealBuild).</summary>
    public static readonly string[] AnalyzerFiles = ["PromptLint.Analyzers.dll", "PromptLint.Core.dll", "YamlDotNet.dll"];

    /// <summary>(relative path, text) of every source file.</summary>
    public static List<(string Path, string Text)> Sources(bool sdk, int fileCount = DefaultFileCount)
    {
        var files = new List<(string, string)>(fileCount + 1) { ("Shapes.cs", Shapes()) };
        for (int i = 0; i < fileCount; i++)
        {
            files.Add(($"Module{i / 100:D2}/OrderService{i:D4}.cs", Source(i, sdk)));
        }

        return files;
    }

    /// <summary>The look-alike types of the no-SDK variant (also present, unused, in the SDK variant, so both have the same files).</summary>
    private static string Shapes() => """
        using System;
        using System.Collections.Generic;

        namespace Contoso.Messaging;

        public enum Role { System, User, Assistant }

        public abstract class Message
        {
            protected Message(string text) => Text = text;

            public string Text { get; }
        }

        public sealed class SystemMessage(string text) : Message(text);

        public sealed class UserMessage(string text) : Message(text);

        public sealed class RoleMessage(Role role, string text) : Message(text)
        {
            public Role Role { get; } = role;
        }

        public sealed class RequestOptions
        {
            public string? ModelId { get; set; }

            public string? Instructions { get; set; }

            public float? Temperature { get; set; }
        }

        public sealed class Client(string model, string key)
        {
            public string Model { get; } = model;

            public string Key { get; } = key;
        }
        """;

    public static string Source(int i, bool sdk)
    {
        int variant = i % 4;
        var sb = new StringBuilder(4096);
        sb.AppendLine("using System;");
        sb.AppendLine("using System.Collections.Generic;");
        sb.AppendLine("using System.Globalization;");
        sb.AppendLine("using System.Linq;");
        sb.AppendLine("using System.Threading;");
        sb.AppendLine("using System.Threading.Tasks;");
        if (!sdk)
        {
            sb.AppendLine("using Contoso.Messaging;");
        }
        else if (variant is 0 or 2)
        {
            sb.AppendLine("using OpenAI.Chat;");
        }
        else if (variant == 1)
        {
            sb.AppendLine("using Microsoft.Extensions.AI;");
        }

        sb.AppendLine();
        sb.AppendLine($"namespace Contoso.Orders.Module{i / 100:D2};");
        sb.AppendLine();
        sb.AppendLine($"public sealed record Order{i}(int Id, string Customer, decimal Total, DateTime Created, IReadOnlyList<string> Lines);");
        sb.AppendLine();
        sb.AppendLine($"public interface IOrderStore{i}");
        sb.AppendLine("{");
        sb.AppendLine($"    Task<IReadOnlyList<Order{i}>> LoadAsync(string customer, CancellationToken cancellationToken);");
        sb.AppendLine();
        sb.AppendLine($"    Task SaveAsync(Order{i} order, CancellationToken cancellationToken);");
        sb.AppendLine("}");
        sb.AppendLine();
        sb.AppendLine($"public sealed class OrderService{i}");
        sb.AppendLine("{");
        sb.AppendLine($"    private const string Persona = \"You are the order assistant number {i} for Contoso. \";");
        sb.AppendLine($"    private static readonly string Duty = \"Answer questions about the orders of module {i / 100}.\";");
        sb.AppendLine($"    private readonly IOrderStore{i} _store;");
        sb.AppendLine($"    private readonly Dictionary<int, Order{i}> _cache = new();");
        sb.AppendLine($"    private int _lookups;");
        sb.AppendLine();
        sb.AppendLine($"    public OrderService{i}(IOrderStore{i} store) => _store = store ?? throw new ArgumentNullException(nameof(store));");
        sb.AppendLine();
        sb.AppendLine("    public int Lookups => _lookups;");
        sb.AppendLine();
        sb.AppendLine($"    public int Compute(int x) {{ var list = new List<int> {{ x, {i} }}; return list.Count * x + {i}; }}");
        sb.AppendLine();
        sb.AppendLine("    public async Task<decimal> TotalForAsync(string customer, CancellationToken cancellationToken)");
        sb.AppendLine("    {");
        sb.AppendLine("        if (string.IsNullOrWhiteSpace(customer))");
        sb.AppendLine("        {");
        sb.AppendLine("            throw new ArgumentException(\"The customer name is required.\", nameof(customer));");
        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine($"        IReadOnlyList<Order{i}> orders = await _store.LoadAsync(customer, cancellationToken).ConfigureAwait(false);");
        sb.AppendLine($"        foreach (Order{i} order in orders)");
        sb.AppendLine("        {");
        sb.AppendLine("            _cache[order.Id] = order;");
        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine("        Interlocked.Increment(ref _lookups);");
        sb.AppendLine("        DateTime since = DateTime.UtcNow.AddDays(-30);");
        sb.AppendLine("        return orders.Where(o => o.Created > since).Sum(o => o.Total);");
        sb.AppendLine("    }");
        sb.AppendLine();
        sb.AppendLine($"    public string Describe(Order{i} order) =>");
        sb.AppendLine("        $\"Order {order.Id} for {order.Customer}: {order.Total.ToString(\"C\", CultureInfo.InvariantCulture)} on {order.Created:yyyy-MM-dd} ({order.Lines.Count} lines)\";");
        sb.AppendLine();
        sb.AppendLine("    public IEnumerable<string> TopCustomers(int count) =>");
        sb.AppendLine("        _cache.Values.GroupBy(o => o.Customer).OrderByDescending(g => g.Sum(o => o.Total)).Take(count).Select(g => g.Key);");
        sb.AppendLine();
        sb.AppendLine($"    public bool TryGet(int id, out Order{i}? order) => _cache.TryGetValue(id, out order);");
        sb.AppendLine();
        sb.AppendLine($"    public async Task<Order{i}> RenameAsync(int id, string customer, CancellationToken cancellationToken)");
        sb.AppendLine("    {");
        sb.AppendLine($"        if (!_cache.TryGetValue(id, out Order{i}? existing))");
        sb.AppendLine("        {");
        sb.AppendLine("            throw new KeyNotFoundException($\"Order {id} is not loaded; call TotalForAsync first.\");");
        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine("        var renamed = existing with { Customer = customer.Trim() };");
        sb.AppendLine("        await _store.SaveAsync(renamed, cancellationToken).ConfigureAwait(false);");
        sb.AppendLine("        _cache[id] = renamed;");
        sb.AppendLine("        return renamed;");
        sb.AppendLine("    }");
        sb.AppendLine();
        sb.AppendLine("    public static string Normalize(string sku)");
        sb.AppendLine("    {");
        sb.AppendLine("        switch (sku.Length)");
        sb.AppendLine("        {");
        sb.AppendLine("            case 0: return \"unknown\";");
        sb.AppendLine("            case < 4: return sku.ToUpperInvariant().PadLeft(4, '0');");
        sb.AppendLine("            default: return sku.Replace(\"-\", string.Empty, StringComparison.Ordinal).ToUpperInvariant();");
        sb.AppendLine("        }");
        sb.AppendLine("    }");
        sb.AppendLine();
        AppendVariant(sb, i, variant, sdk);
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static void AppendVariant(StringBuilder sb, int i, int variant, bool sdk)
    {
        switch (variant)
        {
            case 0 when sdk:
                sb.AppendLine("    public List<ChatMessage> BuildChat(string question) => new()");
                sb.AppendLine("    {");
                sb.AppendLine("        new SystemChatMessage(Persona + Duty + \" Reply in JSON with the fields answer and confidence.\"),");
                sb.AppendLine("        new UserChatMessage(question),");
                sb.AppendLine("    };");
                break;
            case 0:
                sb.AppendLine("    public List<Message> BuildChat(string question) => new()");
                sb.AppendLine("    {");
                sb.AppendLine("        new SystemMessage(Persona + Duty + \" Reply in JSON with the fields answer and confidence.\"),");
                sb.AppendLine("        new UserMessage(question),");
                sb.AppendLine("    };");
                break;
            case 1 when sdk:
                sb.AppendLine("    public ChatMessage Ask(string question) => new ChatMessage(ChatRole.System, $\"{Persona}Reply in JSON. Question: {question}\");");
                sb.AppendLine();
                sb.AppendLine("    public ChatOptions Options() => new() { ModelId = \"gpt-4o-mini\", Temperature = 0.2f };");
                break;
            case 1:
                sb.AppendLine("    public RoleMessage Ask(string question) => new RoleMessage(Role.System, $\"{Persona}Reply in JSON. Question: {question}\");");
                sb.AppendLine();
                sb.AppendLine("    public RequestOptions Options() => new() { ModelId = \"gpt-4o-mini\", Temperature = 0.2f };");
                break;
            case 2 when sdk:
                sb.AppendLine($"    public string Model() => \"ft:gpt-4o-mini:contoso:svc{i}:abc{i}\";");
                sb.AppendLine();
                sb.AppendLine("    public ChatClient Client(string key) => new ChatClient(\"gpt-4o-mini\", key);");
                break;
            case 2:
                sb.AppendLine($"    public string Model() => \"ft:gpt-4o-mini:contoso:svc{i}:abc{i}\";");
                sb.AppendLine();
                sb.AppendLine("    public Client Client(string key) => new Client(\"gpt-4o-mini\", key);");
                break;
            default:
                sb.AppendLine("    public string Plain(string s) => s.Trim() + \"{{ not a template\";");
                sb.AppendLine();
                sb.AppendLine("    public string Banner() => string.Join(\", \", new[] { \"orders\", \"customers\", \"invoices\" });");
                break;
        }
    }

    /// <summary>
    /// Writes the project to <paramref name="folder"/>: the sources, a csproj (net10.0; with an SDK, PackageReferences
    /// to OpenAI and Microsoft.Extensions.AI.Abstractions; the analyzer through &lt;Analyzer Include&gt; when
    /// <c>-p:PromptLintAnalyzer=true</c>, loaded from <c>$(PromptLintAnalyzerDir)</c>, by default
    /// <paramref name="analyzerDir"/>), and empty Directory.Build.props / Directory.Packages.props so nothing
    /// of an enclosing repository is imported.
    /// </summary>
    public static void WriteProject(string folder, bool sdk, string analyzerDir, int fileCount = DefaultFileCount)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var (path, text) in Sources(sdk, fileCount))
        {
            string full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        var csproj = new StringBuilder();
        csproj.AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">");
        csproj.AppendLine("  <!-- Generated by bench/PromptLint.AnalyzerBenchmarks (gen). Build with -p:PromptLintAnalyzer=true to add the analyzer. -->");
        csproj.AppendLine("  <PropertyGroup>");
        csproj.AppendLine("    <TargetFramework>net10.0</TargetFramework>");
        csproj.AppendLine("    <ImplicitUsings>disable</ImplicitUsings>");
        csproj.AppendLine("    <Nullable>enable</Nullable>");
        csproj.AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>");
        csproj.AppendLine("    <NoWarn>$(NoWarn);OPENAI001;MEAI001</NoWarn>");
        csproj.AppendLine("    <PromptLintAnalyzer Condition=\"'$(PromptLintAnalyzer)' == ''\">false</PromptLintAnalyzer>");
        csproj.AppendLine($"    <PromptLintAnalyzerDir Condition=\"'$(PromptLintAnalyzerDir)' == ''\">{analyzerDir}</PromptLintAnalyzerDir>");
        csproj.AppendLine("  </PropertyGroup>");
        if (sdk)
        {
            csproj.AppendLine("  <ItemGroup>");
            csproj.AppendLine($"    <PackageReference Include=\"OpenAI\" Version=\"{PackageVersion("OpenAI")}\" />");
            csproj.AppendLine($"    <PackageReference Include=\"Microsoft.Extensions.AI.Abstractions\" Version=\"{PackageVersion("Microsoft.Extensions.AI.Abstractions")}\" />");
            csproj.AppendLine("  </ItemGroup>");
        }

        csproj.AppendLine("  <ItemGroup Condition=\"'$(PromptLintAnalyzer)' == 'true'\">");
        csproj.AppendLine($"    <Analyzer Include=\"{string.Join(";", AnalyzerFiles.Select(f => "$(PromptLintAnalyzerDir)/" + f))}\" />");
        csproj.AppendLine("  </ItemGroup>");
        csproj.AppendLine("</Project>");
        File.WriteAllText(Path.Combine(folder, "Generated.csproj"), csproj.ToString());
    }

    /// <summary>The version pinned in the repository's Directory.Packages.props (the generated project lives outside it).</summary>
    public static string PackageVersion(string id)
    {
        string props = Path.Combine(Paths.RepoRoot(), "Directory.Packages.props");
        var match = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(props), $"<PackageVersion\\s+Include=\"{System.Text.RegularExpressions.Regex.Escape(id)}\"\\s+Version=\"(?<v>[^\"]+)\"");
        return match.Success ? match.Groups["v"].Value : throw new InvalidOperationException($"{id} is not pinned in {props}");
    }
}
