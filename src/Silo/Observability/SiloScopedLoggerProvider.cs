namespace OrleansLife.Silo.Observability;

/// <summary>
/// A logger provider (the console's) whose every line has <see cref="SiloScope"/> as its outermost scope: scopes are
/// per asynchronous flow, and no flow could open one that every line of the silo runs within.
/// </summary>
[ProviderAlias("Console")]
internal sealed class SiloScopedLoggerProvider(ILoggerProvider inner, SiloScope silo) : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) => inner.CreateLogger(categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) =>
        (inner as ISupportExternalScope)?.SetScopeProvider(new WithSilo(scopeProvider, silo));

    public void Dispose() => inner.Dispose();

    private sealed class WithSilo(IExternalScopeProvider scopes, SiloScope silo) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state)
        {
            callback(silo, state);
            scopes.ForEachScope(callback, state);
        }

        public IDisposable Push(object? state) => scopes.Push(state);
    }
}
