namespace Resolution2006_27.Model.Phrases;

/// <summary>
/// A default built once per process, on first use; thread-safe (should two threads race, one value is
/// published and both get it). In a mutation run (build configuration
/// <c>Mutation</c>) one test process serves many mutants in turn, and a default built under one mutant
/// would hide the next; there it is built afresh on every use (as <see cref="Queries.PerResolution{T}"/>
/// does for values kept per resolution).
/// </summary>
/// <typeparam name="T">The value.</typeparam>
internal sealed class ProcessDefault<T>(Func<T> create)
    where T : class
{
#if MUTATION
    public T Value => create();
#else
    private T? value;

    public T Value => LazyInitializer.EnsureInitialized(ref value, create);
#endif
}
