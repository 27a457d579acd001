using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Resolution2006_27.Model.Caching;

/// <summary>
/// A value read once per resolution and kept as long as the resolution lives: a resolution is immutable,
/// and the table holds it weakly and is safe for many threads.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
// The annotation is ConditionalWeakTable's own on its value type; the trimmer asks that it be repeated here.
internal sealed class PerResolution<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Func<Resolution, T> read)
    where T : class
{
    private readonly ConditionalWeakTable<Resolution, T> kept = [];

    public T Of(Resolution resolution) => kept.GetValue(resolution, r => read(r));
}
