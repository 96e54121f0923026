using System.Reflection;
using PromptLint.Core.Tests.Infrastructure;
using PromptLint.Diagnostics;
using PromptLint.Rules;

namespace PromptLint.Core.Tests.Rules;

/// <summary>
/// What a rule needs, and all it needs (docs/architecture.md, "How to add a rule in three files"): its class in
/// src/PromptLint.Core/Rules (an input problem's descriptor-only class: Diagnostics), its page rules/PLxxxx.md (checked by <see cref="RuleDocsTests"/>) and a test that names it. Everything else — the catalog,
/// the registries, the analyzer's descriptors, the SARIF rule list, the schema and both rule tables — follows
/// from the class (<see cref="RuleRegistryTests"/>, <see cref="RuleTablesTests"/>).
/// </summary>
public sealed class NewRuleChecklistTests
{
    private static readonly string[] TestSources = Directory
        .EnumerateFiles(RepoPaths.Combine("tests"), "*.cs", SearchOption.AllDirectories)
        .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
        .Where(path => Path.GetFileName(path) is not (nameof(NewRuleChecklistTests) + ".cs"))
        .Select(File.ReadAllText)
        .ToArray();

    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_is_a_class_in_the_rules_folder(string id)
    {
        Type type = ClassOf(id);
        // Input problems the layers below the rules report (readers, decoder, config parser) hold their descriptor only,
        // in Diagnostics (docs/architecture.md, "Layers"); every check is in Rules.
        string[] folders = IsDescriptorOnly(type) ? ["Rules", "Diagnostics"] : ["Rules"];
        Assert.Contains(type.Namespace, folders.Select(folder => "PromptLint." + folder));
        string folder = type.Namespace!["PromptLint.".Length..];
        Assert.True(File.Exists(RepoPaths.Combine("src", "PromptLint.Core", folder, type.Name + ".cs")), $"{id}: no src/PromptLint.Core/{folder}/{type.Name}.cs");
    }

    private static bool IsDescriptorOnly(Type type) => type.IsAbstract && type.IsSealed;

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_rule_has_a_test_that_names_it(string id)
    {
        string name = ClassOf(id).Name;
        string[] mentions = { id, "RuleCatalog." + name, name + ".Rule" };
        Assert.True(TestSources.Any(source => mentions.Any(source.Contains)), $"{id}: no test under tests/ names {string.Join(" or ", mentions)}");
    }

    private static Type ClassOf(string id) => typeof(RuleCatalog).Assembly.GetTypes().Single(t =>
        t.GetField("Rule", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)?.GetValue(null) is RuleDescriptor d && d.Id == id);
}
