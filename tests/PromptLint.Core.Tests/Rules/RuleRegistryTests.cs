using System.Reflection;
using PromptLint.Datasets;
using PromptLint.Diagnostics;
using PromptLint.FineTuning;
using PromptLint.Rules;

namespace PromptLint.Core.Tests.Rules;

/// <summary>
/// The generator (src/PromptLint.Generators) builds the catalog and the registries from the rule classes; these
/// tests find the classes by reflection and fail when a class and a list disagree.
/// </summary>
public sealed class RuleRegistryTests
{
    private static readonly Type[] CoreTypes = typeof(RuleCatalog).Assembly.GetTypes();

    /// <summary>Every class that declares <c>static readonly RuleDescriptor Rule</c>, with that descriptor.</summary>
    private static readonly Dictionary<Type, RuleDescriptor> RuleClasses = CoreTypes
        .Select(t => (Type: t, Field: t.GetField("Rule", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        .Where(x => x.Field is { IsInitOnly: true } && x.Field.FieldType == typeof(RuleDescriptor))
        .ToDictionary(x => x.Type, x => (RuleDescriptor)x.Field!.GetValue(null)!);

    [Fact]
    public void The_catalog_holds_the_descriptor_of_every_rule_class_and_nothing_else()
    {
        Assert.True(RuleClasses.Count > 40, $"only {RuleClasses.Count} rule classes found");
        Assert.Equal(RuleClasses.Values.OrderBy(d => d.Id), RuleCatalog.All.OrderBy(d => d.Id));
        Assert.Equal(RuleCatalog.All.OrderBy(d => d.Id, StringComparer.Ordinal), RuleCatalog.All);
    }

    [Fact]
    public void Each_catalog_property_is_the_descriptor_of_the_class_it_is_named_after()
    {
        PropertyInfo[] properties = typeof(RuleCatalog).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(RuleDescriptor)).ToArray();
        Assert.Equal(RuleClasses.Count, properties.Length);
        Assert.All(properties, p => Assert.Same(RuleClasses.Single(c => c.Key.Name == p.Name).Value, p.GetValue(null)));
    }

    [Fact]
    public void Every_prompt_check_is_in_RuleSet_All_once_under_its_own_descriptor() =>
        AssertRegistry(typeof(PromptRule), RuleSet.All, r => r.Descriptor);

    [Fact]
    public void Every_evidence_check_is_in_RuleSet_Evidence_once_under_its_own_descriptor() =>
        AssertRegistry(typeof(EvidenceRule), RuleSet.Evidence, r => r.Descriptor);

    [Fact]
    public void Every_dataset_check_is_in_the_dataset_rules_once_under_its_own_descriptor() =>
        AssertRegistry(typeof(DatasetRule), RuleSet.CreateDatasetRules(), r => r.Descriptor);

    [Fact]
    public void Dataset_rules_are_fresh_for_each_file()
    {
        DatasetRule[] first = RuleSet.CreateDatasetRules(), second = RuleSet.CreateDatasetRules();
        Assert.All(first.Zip(second), pair => Assert.NotSame(pair.First, pair.Second));
    }

    [Fact]
    public void A_class_without_a_check_holds_its_descriptor_only()
    {
        Type[] checks = { typeof(PromptRule), typeof(EvidenceRule), typeof(DatasetRule) };
        IEnumerable<Type> descriptorOnly = RuleClasses.Keys.Where(t => !checks.Any(c => c.IsAssignableFrom(t)));
        Assert.All(descriptorOnly, t => Assert.True(t.IsAbstract && t.IsSealed, $"{t.Name} declares a rule but is neither a check nor a static class"));
    }

    [Fact]
    public void Where_a_rule_applies_agrees_with_the_kind_of_check()
    {
        Assert.All(RuleCatalog.All, r => Assert.NotEqual(RuleScope.None, r.AppliesTo));
        Assert.All(RuleSet.All, r => Assert.True(r.Descriptor.AppliesIn(RuleScope.PromptFiles), r.Descriptor.Id));
        Assert.All(RuleSet.Evidence, r => Assert.True(r.Descriptor.AppliesIn(RuleScope.Evidence), r.Descriptor.Id));
        Assert.All(RuleSet.CreateDatasetRules(), r => Assert.True(r.Descriptor.AppliesIn(RuleScope.Datasets), r.Descriptor.Id));
    }

    [Fact]
    public void Every_option_is_a_RuleOption_field_of_its_rule_class()
    {
        foreach ((Type type, RuleDescriptor rule) in RuleClasses)
        {
            RuleOption[] declared = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(RuleOption)).Select(f => (RuleOption)f.GetValue(null)!).ToArray();
            Assert.Equal(rule.Options.OrderBy(o => o.Key), declared.Select(o => KeyValuePair.Create(o.Name, o.DefaultValue)).OrderBy(o => o.Key));
        }
    }

    private static void AssertRegistry<T>(Type baseType, IReadOnlyList<T> registry, Func<T, RuleDescriptor> descriptor)
        where T : class
    {
        Type[] classes = CoreTypes.Where(t => baseType.IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.Name).ToArray();
        Assert.NotEmpty(classes);
        Assert.Equal(classes, registry.Select(r => r.GetType()).OrderBy(t => t.Name));
        Assert.All(registry, r => Assert.Same(RuleClasses[r.GetType()], descriptor(r)));
        Assert.Equal(registry.Select(descriptor).Select(d => d.Id).Order(StringComparer.Ordinal), registry.Select(descriptor).Select(d => d.Id));
    }
}
