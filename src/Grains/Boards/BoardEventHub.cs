using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Fans a board's generations out to whoever watches it on this silo (server-sent events, the dashboard). A slow
/// watcher loses its oldest generations rather than slowing the board down.
/// </summary>
public sealed class BoardEventHub
{
    /// <summary>How many generations a watcher may fall behind before the oldest are dropped.</summary>
    public const int WatcherBuffer = 256;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<GenerationRecord>, byte>> _watchers = new();

    /// <summary>Whether anyone watches <paramref name="board"/>: a board builds no record nobody would read.</summary>
    public bool IsWatched(string board) => _watchers.TryGetValue(board, out var watchers) && !watchers.IsEmpty;

    public void Publish(GenerationRecord record)
    {
        if (!_watchers.TryGetValue(record.Board, out var watchers)) return;
        foreach (var watcher in watchers.Keys) watcher.Writer.TryWrite(record);
    }

    /// <summary>Ends every watch of <paramref name="board"/>, e.g. when it is deleted.</summary>
    public void Complete(string board)
    {
        if (!_watchers.TryRemove(board, out var watchers)) return;
        foreach (var watcher in watchers.Keys) watcher.Writer.TryComplete();
    }

    /// <summary>The generations of <paramref name="board"/> from now on, until cancelled or the board is deleted.</summary>
    public async IAsyncEnumerable<GenerationRecord> WatchAsync(
        string board, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<GenerationRecord>(new BoundedChannelOptions(WatcherBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var watchers = _watchers.GetOrAdd(board, static _ => new());
        watchers.TryAdd(channel, 0);
        try
        {
            await foreach (var record in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return record;
        }
        finally
        {
            watchers.TryRemove(channel, out _);
        }
    }
}
