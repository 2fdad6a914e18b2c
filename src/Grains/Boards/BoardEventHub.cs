using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace OrleansLife.Grains.Boards;

/// <summary>
/// Lets code on this silo (server-sent events, the dashboard) watch a board wherever in the cluster it runs: each watch
/// subscribes an observer to the board grain and renews it while it lasts. A slow watcher loses its oldest generations
/// rather than slowing the board down.
/// </summary>
public sealed class BoardEventHub(IGrainFactory grains, TimeProvider time)
{
    /// <summary>How many generations a watcher may fall behind before the oldest are dropped.</summary>
    public const int WatcherBuffer = 256;

    /// <summary>How often a watch renews its subscription; the board forgets a watcher not heard from for a minute.</summary>
    public static readonly TimeSpan RenewalPeriod = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The generations of <paramref name="board"/> from now on, until cancelled or the board is deleted. The watch
    /// begins when the enumeration is first moved; <paramref name="subscribed"/>, if given, completes once the board
    /// knows of it, so that a caller can read the board afterwards and miss no generation in between.
    /// </summary>
    public async IAsyncEnumerable<GenerationRecord> WatchAsync(
        string board, [EnumeratorCancellation] CancellationToken cancellationToken, TaskCompletionSource? subscribed = null)
    {
        var channel = Channel.CreateBounded<GenerationRecord>(new BoundedChannelOptions(WatcherBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var grain = grains.GetGrain<IBoardGrain>(board);
        // Orleans holds the observed object weakly: this watch holds it for as long as it lasts.
        var target = new ChannelWatcher(channel.Writer);
        var watcher = grains.CreateObjectReference<IBoardWatcher>(target);
        try
        {
            await grain.WatchAsync(watcher).ConfigureAwait(false);
            subscribed?.TrySetResult();
            using var renewal = time.CreateTimer(_ => _ = RenewAsync(grain, watcher, channel.Writer), null, RenewalPeriod, RenewalPeriod);
            await foreach (var record in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return record;
        }
        finally
        {
            subscribed?.TrySetCanceled(CancellationToken.None);
            await UnwatchAsync(grain, watcher).ConfigureAwait(false);
            grains.DeleteObjectReference<IBoardWatcher>(watcher);
            GC.KeepAlive(target);
        }
    }

    private static async Task RenewAsync(IBoardGrain grain, IBoardWatcher watcher, ChannelWriter<GenerationRecord> writer)
    {
        try
        {
            await grain.WatchAsync(watcher).ConfigureAwait(false);
        }
        catch (BoardNotFoundException)
        {
            writer.TryComplete();
        }
        catch (Exception)
        {
            // The board is unreachable for now (its silo is going): the next renewal tries again.
        }
    }

    private static async Task UnwatchAsync(IBoardGrain grain, IBoardWatcher watcher)
    {
        try
        {
            await grain.UnwatchAsync(watcher).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Nothing to undo: a board that cannot be told forgets the watcher within a minute anyway.
        }
    }

    /// <summary>The observer a watch subscribes: it hands each generation to the watch's channel.</summary>
    private sealed class ChannelWatcher(ChannelWriter<GenerationRecord> writer) : IBoardWatcher
    {
        public Task OnGenerationAsync(GenerationRecord record)
        {
            writer.TryWrite(record);
            return Task.CompletedTask;
        }

        public Task OnDeletedAsync(string board)
        {
            writer.TryComplete();
            return Task.CompletedTask;
        }
    }
}
