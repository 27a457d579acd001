namespace Resolution2006_27.Model.Caching;

/// <summary>
/// A default built once per process, on first use; thread-safe (threads that race wait for the one value).
/// Tests that need a fresh one build it through the public factories (<c>FromStream</c>, the parser) instead.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
internal sealed class ProcessDefault<T>(Func<T> create)
    where T : class
{
    private T? value;
    private object? gate;

    // Not Lazy<T>: its type parameter carries a trimming annotation this one would have to repeat.
    public T Value => LazyInitializer.EnsureInitialized(ref value, ref gate, create);
}
