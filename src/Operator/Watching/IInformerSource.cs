using k8s;

namespace OrleansLife.Operator.Watching;

/// <summary>The list and watch calls of one resource type (and selector) that a <see cref="KubeInformer{T}"/> follows.</summary>
/// <typeparam name="T">The object type.</typeparam>
public interface IInformerSource<T>
{
    /// <summary>The resource's plural, for logs.</summary>
    string Resource { get; }

    /// <summary>Lists one page, from <paramref name="continueToken"/> (null for the first).</summary>
    Task<InformerPage<T>> ListAsync(string? continueToken, CancellationToken cancellationToken);

    /// <summary>
    /// Watches from <paramref name="resourceVersion"/>, with bookmarks, for at most <paramref name="timeoutSeconds"/>.
    /// Problems the server reports inside the stream (such as 410 Gone) go to <paramref name="onError"/>.
    /// </summary>
    IAsyncEnumerable<(WatchEventType Type, T Object)> WatchAsync(
        string resourceVersion, int timeoutSeconds, Action<Exception> onError, CancellationToken cancellationToken);
}
