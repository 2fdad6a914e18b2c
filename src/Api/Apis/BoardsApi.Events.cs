using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrleansLife.Api.Boards;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Api.Apis;

public static partial class BoardsApi
{
    /// <summary>The first event of a watch: the whole board (<see cref="BoardResponse"/>).</summary>
    public const string SnapshotEventType = "snapshot";

    /// <summary>One event per generation after the snapshot (<see cref="GenerationEvent"/>): births and deaths as [x,y] pairs.</summary>
    public const string GenerationEventType = "generation";

    private static void MapEvents(RouteGroupBuilder boards) =>
        boards.MapGet("/{name}/events", WatchAsync).WithName("WatchBoard")
            .WithSummary("Streams server-sent events: a 'snapshot' of the board, then one 'generation' event per generation, until the board is deleted.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<ServerSentEventsResult<object>, ProblemHttpResult>> WatchAsync(
        string name, IGrainFactory grains, BoardEventHub events, CancellationToken cancellationToken)
    {
        if (!BoardNames.IsValid(name)) return BoardProblems.NotFound(name);

        // Watch first, then read the board: a generation completed in between is then in the watch rather than lost.
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = events.WatchAsync(name, stop.Token, subscribed).GetAsyncEnumerator(stop.Token);
        var next = watch.MoveNextAsync().AsTask();
        try
        {
            await Task.WhenAny(subscribed.Task, next).ConfigureAwait(false);
            var board = await grains.GetGrain<IBoardGrain>(name).GetAsync().ConfigureAwait(false);
            return TypedResults.ServerSentEvents(StreamAsync(board, watch, next, stop));
        }
        catch (BoardNotFoundException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await EndAsync(watch, next, stop).ConfigureAwait(false);
            return BoardProblems.NotFound(name);
        }
    }

    private static async IAsyncEnumerable<SseItem<object>> StreamAsync(
        BoardSnapshot board, IAsyncEnumerator<GenerationRecord> watch, Task<bool> next, CancellationTokenSource stop)
    {
        try
        {
            yield return new SseItem<object>(BoardResponse.From(board), SnapshotEventType);
            while (await next.ConfigureAwait(false))
            {
                var record = watch.Current;
                // The snapshot already shows this generation (or a later one).
                if (record.Generation > board.Generation) yield return new SseItem<object>(GenerationEvent.From(record), GenerationEventType);
                next = watch.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await EndAsync(watch, next, stop).ConfigureAwait(false);
        }
    }

    /// <summary>Waits out the pending move of a cancelled watch, then disposes it: an iterator cannot be disposed mid-move.</summary>
    /// <remarks>Moves are kept as tasks rather than value tasks because this may await one a second time.</remarks>
    private static async Task EndAsync(IAsyncEnumerator<GenerationRecord> watch, Task<bool> next, CancellationTokenSource stop)
    {
        try
        {
            await next.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await watch.DisposeAsync().ConfigureAwait(false);
        stop.Dispose();
    }
}
