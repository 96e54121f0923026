using Mono.Cecil;
using Mono.Cecil.Cil;

namespace PromptLint.Core.Tests.Architecture;

/// <summary>One type using another, both declared in the assembly under test.</summary>
internal sealed record TypeEdge(string From, string To)
{
    public override string ToString() => $"{From} -> {To}";
}

/// <summary>
/// Every reference from one of an assembly's types to another of its own types, read from the compiled IL: base types,
/// interfaces, attributes (typeof arguments too), generic arguments and constraints, fields, properties, events,
/// method signatures, overrides, locals, catch clauses and every type, method or field a method body names. Nested
/// and compiler-generated types (lambdas, iterators, async state machines) count as their outermost type. Constants
/// and nameof are inlined by the compiler and leave no reference.
/// </summary>
internal static class TypeReferences
{
    /// <summary>References between the module's own types, sorted.</summary>
    public static IReadOnlyList<TypeEdge> Of(ModuleDefinition module) =>
        Distinct(All(module).Where(r => DeclaredIn(module, r.To) && r.From != Outermost(r.To).FullName)
            .Select(r => new TypeEdge(r.From, Outermost(r.To).FullName)));

    /// <summary>References from the module's types to types declared elsewhere (the framework, packages), sorted.</summary>
    public static IReadOnlyList<TypeEdge> OutsideOf(ModuleDefinition module) =>
        Distinct(All(module).Where(r => !DeclaredIn(module, r.To)).Select(r => new TypeEdge(r.From, r.To.FullName)));

    /// <summary>The module's methods implemented outside managed code (P/Invoke).</summary>
    public static IReadOnlyList<string> PlatformInvokes(ModuleDefinition module) =>
        module.GetTypes().SelectMany(t => t.Methods).Where(m => m.IsPInvokeImpl).Select(m => m.FullName).ToList();

    private static IReadOnlyList<TypeEdge> Distinct(IEnumerable<TypeEdge> edges) =>
        edges.Distinct().OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList();

    private static IEnumerable<(string From, TypeReference To)> All(ModuleDefinition module) =>
        from type in module.GetTypes()
        from used in UsedBy(type)
        from part in Parts(used)
        select (Outermost(type).FullName, part);

    private static IEnumerable<TypeReference> UsedBy(TypeDefinition type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (InterfaceImplementation implemented in type.Interfaces) yield return implemented.InterfaceType;
        foreach (TypeReference t in InAttributes(type.CustomAttributes)) yield return t;
        foreach (TypeReference t in InGenericParameters(type.GenericParameters)) yield return t;
        foreach (FieldDefinition field in type.Fields)
        {
            yield return field.FieldType;
            foreach (TypeReference t in InAttributes(field.CustomAttributes)) yield return t;
        }

        foreach (PropertyDefinition property in type.Properties)
        {
            yield return property.PropertyType;
            foreach (TypeReference t in InAttributes(property.CustomAttributes)) yield return t;
        }

        foreach (EventDefinition @event in type.Events) yield return @event.EventType;
        foreach (MethodDefinition method in type.Methods)
        {
            foreach (TypeReference t in InMethod(method)) yield return t;
        }
    }

    private static IEnumerable<TypeReference> InMethod(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (ParameterDefinition parameter in method.Parameters)
        {
            yield return parameter.ParameterType;
            foreach (TypeReference t in InAttributes(parameter.CustomAttributes)) yield return t;
        }

        foreach (TypeReference t in InAttributes(method.CustomAttributes)) yield return t;
        foreach (TypeReference t in InAttributes(method.MethodReturnType.CustomAttributes)) yield return t;
        foreach (TypeReference t in InGenericParameters(method.GenericParameters)) yield return t;
        foreach (MethodReference overridden in method.Overrides)
        {
            foreach (TypeReference t in InMember(overridden)) yield return t;
        }

        if (!method.HasBody) yield break;
        foreach (VariableDefinition local in method.Body.Variables) yield return local.VariableType;
        foreach (ExceptionHandler handler in method.Body.ExceptionHandlers)
        {
            if (handler.CatchType is not null) yield return handler.CatchType;
        }

        foreach (Instruction instruction in method.Body.Instructions)
        {
            foreach (TypeReference t in InOperand(instruction.Operand)) yield return t;
        }
    }

    private static IEnumerable<TypeReference> InOperand(object? operand) => operand switch
    {
        TypeReference type => [type],
        MemberReference member => InMember(member),
        CallSite site => [site.ReturnType, .. site.Parameters.Select(p => p.ParameterType)],
        _ => [],
    };

    private static IEnumerable<TypeReference> InMember(MemberReference member)
    {
        yield return member.DeclaringType;
        switch (member)
        {
            case GenericInstanceMethod generic:
                foreach (TypeReference argument in generic.GenericArguments) yield return argument;
                foreach (TypeReference t in InMember(generic.ElementMethod)) yield return t;
                break;
            case MethodReference method:
                yield return method.ReturnType;
                foreach (ParameterDefinition parameter in method.Parameters) yield return parameter.ParameterType;
                break;
            case FieldReference field:
                yield return field.FieldType;
                break;
        }
    }

    private static IEnumerable<TypeReference> InAttributes(IEnumerable<CustomAttribute> attributes)
    {
        foreach (CustomAttribute attribute in attributes)
        {
            yield return attribute.AttributeType;
            IEnumerable<CustomAttributeArgument> arguments = attribute.ConstructorArguments
                .Concat(attribute.Fields.Select(f => f.Argument))
                .Concat(attribute.Properties.Select(p => p.Argument));
            foreach (CustomAttributeArgument argument in arguments)
            {
                yield return argument.Type;
                if (argument.Value is TypeReference typeOf) yield return typeOf;
            }
        }
    }

    private static IEnumerable<TypeReference> InGenericParameters(IEnumerable<GenericParameter> parameters) =>
        parameters.SelectMany(p => p.Constraints).Select(c => c.ConstraintType);

    /// <summary>A type and every type it is built from: generic arguments, array and pointer elements, modifiers.</summary>
    private static IEnumerable<TypeReference> Parts(TypeReference? type)
    {
        if (type is null || type is GenericParameter) yield break;
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (TypeReference argument in generic.GenericArguments.SelectMany(Parts)) yield return argument;
                break;
            case IModifierType modified:
                foreach (TypeReference modifier in Parts(modified.ModifierType)) yield return modifier;
                break;
            case FunctionPointerType pointer:
                foreach (TypeReference t in Parts(pointer.ReturnType)) yield return t;
                foreach (TypeReference t in pointer.Parameters.SelectMany(p => Parts(p.ParameterType))) yield return t;
                yield break;
        }

        if (type is TypeSpecification specification)
        {
            foreach (TypeReference element in Parts(specification.ElementType)) yield return element;
        }
        else
        {
            yield return type;
        }
    }

    private static bool DeclaredIn(ModuleDefinition module, TypeReference type) =>
        type.Scope is ModuleDefinition scope && scope == module;

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }
}
