using k8s;
using OrleansLife.Operator.Watching;

namespace OrleansLife.Operator.Boards.Objects;

/// <summary>The Board objects of one namespace, listed and watched for an informer.</summary>
internal sealed class BoardSource(BoardClient boards, int? pageSize = null) : IInformerSource<Board>
{
    public string Resource => Board.Plural;

    public async Task<InformerPage<Board>> ListAsync(string? continueToken, CancellationToken cancellationToken)
    {
        var list = await boards.ListAsync(pageSize, continueToken, cancellationToken).ConfigureAwait(false);
        return new InformerPage<Board>(list.Items, list.Metadata?.ResourceVersion, list.Metadata?.ContinueProperty);
    }

    public IAsyncEnumerable<(WatchEventType Type, Board Object)> WatchAsync(
        string resourceVersion, int timeoutSeconds, Action<Exception> onError, CancellationToken cancellationToken) =>
        boards.WatchAsync(resourceVersion, timeoutSeconds, onError, cancellationToken);
}
