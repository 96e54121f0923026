using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PromptLint.Analyzers.CSharp;

/// <summary>
/// The work one value's resolution may do, counted (never timed, so the answer does not depend on load): at most
/// <see cref="MaxSteps"/> resolution steps, <see cref="MaxLength"/> characters in any variant, <see cref="MaxHelperDepth"/>
/// nested helper methods whose return value is followed, and no field, property or method re-entered while it is
/// being resolved (a <c>static readonly</c> interpolation that names itself is a cycle, its self-reference a
/// placeholder). A resolution that runs out of budget is unresolved as a whole, like any value it cannot read.
/// </summary>
internal sealed class ResolutionBudget
{
    public const int MaxSteps = 20_000;
    public const int MaxLength = 1_000_000;
    public const int MaxHelperDepth = 3;

    [ThreadStatic]
    private static ResolutionBudget? _current;

    private readonly HashSet<ISymbol> _active = new(SymbolEqualityComparer.Default);
    private int _steps;
    private int _helperDepth;

    /// <summary>The budget of the resolution running on this thread (a value is resolved synchronously on one thread).</summary>
    public static ResolutionBudget Current => _current ??= new ResolutionBudget();

    public bool Exhausted { get; private set; }

    /// <summary>Runs one top-level resolution with a fresh budget (a nested call shares the running one); null when the budget ran out.</summary>
    public static T? Run<T>(Func<T> resolve)
        where T : class
    {
        if (_current is not null)
        {
            return resolve();
        }

        var budget = new ResolutionBudget();
        _current = budget;
        try
        {
            T result = resolve();
            return budget.Exhausted ? null : result;
        }
        finally
        {
            _current = null;
        }
    }

    /// <summary>Counts one step; false once the budget is spent.</summary>
    public bool Step()
    {
        if (++_steps > MaxSteps)
        {
            Exhausted = true;
        }

        return !Exhausted;
    }

    /// <summary>False (and the budget spent) when text of this length may not be built.</summary>
    public bool AllowsLength(long length)
    {
        if (length > MaxLength)
        {
            Exhausted = true;
        }

        return !Exhausted;
    }

    /// <summary>Enters a field, property or method's value; false when it is already being resolved (a cycle) or too deep.</summary>
    public bool Enter(ISymbol symbol, bool helper = false)
    {
        if (Exhausted || (helper && _helperDepth >= MaxHelperDepth) || !_active.Add(symbol))
        {
            return false;
        }

        if (helper)
        {
            _helperDepth++;
        }

        return true;
    }

    public void Leave(ISymbol symbol, bool helper = false)
    {
        _active.Remove(symbol);
        if (helper)
        {
            _helperDepth--;
        }
    }
}
