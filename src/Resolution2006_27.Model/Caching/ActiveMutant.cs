// Stryker disable all : this file tells mutants apart; mutating it would blind the run.
#if MUTATION
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Resolution2006_27.Model.Caching;

/// <summary>
/// In a mutation run, which mutant is active: Stryker.NET injects a class <c>MutantControl</c> (in a
/// namespace of its own, named at random) into the mutated assembly, and its runner reuses one test
/// process for many mutants, telling them apart through a file that class reads. A value kept across
/// mutants would hide every mutant after the first; one kept per mutant does not. Compiled in the build
/// configuration <c>Mutation</c> only, which is never trimmed.
/// </summary>
internal static class ActiveMutant
{
    private static readonly (FieldInfo? Capturing, FieldInfo? Test, MethodInfo? Read) Control = Find();

    /// <summary>
    /// How long a value may be kept: while the same mutant is active, or, while Stryker captures which
    /// tests cover which mutants, for one test (the runner counts tests in an epoch): a value kept
    /// longer would be seen to be covered by the first test that built it only.
    /// </summary>
    public static long Scope => Control.Capturing?.GetValue(null) is true ? (1L << 32) + (Control.Test?.GetValue(null) as int? ?? 0) : Id;

    /// <summary>The active mutant's id; -1 when none is active or the assembly is not mutated.</summary>
    private static int Id
    {
        get
        {
            object?[] arguments = [-1];
            return Control.Read?.Invoke(null, arguments) is true && arguments[0] is int id ? id : -1;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The Mutation build is never trimmed.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The Mutation build is never trimmed.")]
    private static (FieldInfo?, FieldInfo?, MethodInfo?) Find()
    {
        var control = typeof(ActiveMutant).Assembly.GetTypes()
            .FirstOrDefault(t => t.Name == "MutantControl" && t.Namespace?.StartsWith("Stryker", StringComparison.Ordinal) == true);
        return (control?.GetField("CaptureCoverage", BindingFlags.Public | BindingFlags.Static),
                control?.GetField("_lastHandledEpoch", BindingFlags.NonPublic | BindingFlags.Static),
                control?.GetMethod("TryReadMutantFromFile", BindingFlags.NonPublic | BindingFlags.Static));
    }
}
#endif
