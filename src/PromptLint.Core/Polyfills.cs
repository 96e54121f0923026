// netstandard2.0 lacks the attributes the C# compiler needs for records, init accessors and
// nullable flow analysis; declaring them internally is the documented way to use these features.
#pragma warning disable IDE0130
// Compiled for every target, net10.0 too: init accessors carry modreq(IsExternalInit), and code built against the
// netstandard2.0 Core (the analyzer, the MSBuild task) must find the same signatures in the net10.0 Core where a
// process loads that one (the test projects do). Core's own type keeps both builds' signatures identical.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit { }
}

#if NETSTANDARD2_0

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;
        public bool ReturnValue { get; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class MaybeNullWhenAttribute : Attribute
    {
        public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;
        public bool ReturnValue { get; }
    }
}
#endif
