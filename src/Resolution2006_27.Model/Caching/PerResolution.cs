using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Resolution2006_27.Model.Caching;

/// <summary>
/// A value read once per resolution and kept as long as the resolution lives: a resolution is immutable,
/// and the table holds it weakly and is safe for many threads. In a mutation run (build configuration
/// <c>Mutation</c>) a value kept from one mutant's run would hide the next mutant: there the table is
/// kept per mutant (as <see cref="ProcessDefault{T}"/> keeps its value).
/// </summary>
/// <typeparam name="T">The value.</typeparam>
// The annotation is ConditionalWeakTable's own on its value type; the trimmer asks that it be repeated here.
internal sealed class PerResolution<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Func<Resolution, T> read)
    where T : class
{
    private readonly ProcessDefault<ConditionalWeakTable<Resolution, T>> kept = new(() => []);

    public T Of(Resolution resolution) => kept.Value.GetValue(resolution, r => read(r));
}
