namespace OrleansLife.Operator.Client;

/// <summary>
/// The connection of one watch, closed when the watch ends or its caller cancels it. KubernetesClient cancels only its
/// wait for the stream: its read goes on under a token that can no longer fire, so the connection stays open until the
/// garbage collector finds it, seconds later, and an API server stopping with the silo waits for it. The caller opens a
/// scope around the watch; <see cref="WatchAbortHandler"/> hands the scope the watch's response as it arrives.
/// </summary>
public sealed class WatchConnection : IDisposable
{
    private static readonly AsyncLocal<WatchConnection?> Current = new();
    private readonly CancellationTokenRegistration _cancellation;
    private HttpResponseMessage? _response;
    private bool _disposed;

    private WatchConnection(CancellationToken cancellationToken) =>
        _cancellation = cancellationToken.Register(static scope => ((WatchConnection)scope!).Dispose(), this);

    /// <summary>Opens a scope for the watch the caller is about to start on this flow.</summary>
    public static WatchConnection Open(CancellationToken cancellationToken)
    {
        var scope = new WatchConnection(cancellationToken);
        Current.Value = scope;
        return scope;
    }

    /// <summary>Closes the connection, if it was opened, and ends the scope.</summary>
    public void Dispose()
    {
        HttpResponseMessage? response;
        lock (this)
        {
            if (_disposed) return;
            (_disposed, response, _response) = (true, _response, null);
        }

        response?.Dispose();
        _cancellation.Dispose();
    }

    /// <summary>Hands the watch's response to the scope open on this flow, if any; one already closed closes it at once.</summary>
    internal static void Attach(HttpResponseMessage response)
    {
        if (Current.Value is not { } scope) return;
        Current.Value = null;
        lock (scope)
        {
            if (!scope._disposed)
            {
                scope._response = response;
                return;
            }
        }

        response.Dispose();
    }
}
