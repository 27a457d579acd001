namespace Resolution2006_27.Model.Caching;

/// <summary>
/// A default built once per process, on first use; thread-safe (threads that race wait for the one
/// value). In a mutation run (build configuration <c>Mutation</c>) one test
/// process serves many mutants in turn, and a default built under one mutant would hide the next:
/// there it is built once per mutant, and once per test while coverage is captured.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
internal sealed class ProcessDefault<T>(Func<T> create)
    where T : class
{
#if MUTATION
    private Kept? kept;

    public T Value
    {
        get
        {
            var scope = ActiveMutant.Scope;
            var current = Volatile.Read(ref kept);
            if (current is null || current.Scope != scope)
            {
                current = new Kept(scope, create());
                Volatile.Write(ref kept, current);
            }
            return current.Value;
        }
    }

    private sealed record Kept(long Scope, T Value);
#else
    private T? value;
    private object? gate;

    // Not Lazy<T>: its type parameter carries a trimming annotation this one would have to repeat.
    public T Value => LazyInitializer.EnsureInitialized(ref value, ref gate, create);
#endif
}
