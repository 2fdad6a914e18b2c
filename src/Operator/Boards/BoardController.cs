using Microsoft.Extensions.Logging;
using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Boards.Specs;
using k8s;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Events;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Operator.Watching;

namespace OrleansLife.Operator.Boards;

/// <summary>
/// Keeps the board grains in step with the Board objects, which are the durable source of truth: a Board applied with
/// kubectl or posted to the API starts its grain, resuming from the generation and cells its status recorded; a
/// deleted Board deletes it; <c>spec.paused</c> pauses and resumes it. It is the only code that starts or deletes
/// board grains, one change at a time, so no two requests can race. Every <see cref="BoardControllerOptions.StatusInterval"/>
/// it writes each board's progress and pods back to the object's status.
/// </summary>
public sealed partial class BoardController : IDisposable
{
    private const int RememberedOutcomes = 1024;

    private readonly IGrainFactory _grains;
    private readonly BoardClient _boards;
    private readonly KubeInformer<Board> _informer;
    private readonly IBoardPodReconciler _reconciler;
    private readonly IBoardPods _pods;
    private readonly BoardLimits _limits;
    private readonly BoardControllerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly EventRecorder? _events;
    private readonly Lock _gate = new();
    // Changes from the watch and restores of lost boards take turns, so that no two start or stop one board at once.
    private readonly SemaphoreSlim _oneChangeAtATime = new(1, 1);
    private readonly Dictionary<string, RunningBoard> _running = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource<BoardSnapshot>> _startWaiters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskCompletionSource<bool>> _deleteWaiters = new(StringComparer.Ordinal);
    // Objects refused, with the spec generation refused: a fixed spec (a later generation) is tried again.
    private readonly RecentUids<(long? SpecGeneration, IReadOnlyDictionary<string, string[]> Errors)> _refused = new(RememberedOutcomes);
    private readonly RecentUids<bool> _deleted = new(RememberedOutcomes);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // The objects found by the first list that have not been acted on yet; null until that list is in.
    private HashSet<string>? _awaitedAtStartup;

    /// <summary>Creates a controller of the Board objects in <paramref name="namespace"/>.</summary>
    public BoardController(
        IGrainFactory grains,
        IKubernetes client,
        string @namespace,
        IBoardPodReconciler reconciler,
        IBoardPods pods,
        BoardLimits limits,
        BoardControllerOptions options,
        TimeProvider timeProvider,
        ILogger<BoardController> logger,
        KubeClientMetrics? clientMetrics = null,
        EventRecorder? events = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _grains = grains;
        _boards = new BoardClient(client, @namespace);
        Namespace = @namespace;
        _informer = new KubeInformer<Board>(new BoardSource(_boards), timeProvider, logger, clientMetrics);
        _reconciler = reconciler;
        _pods = pods;
        _limits = limits;
        _options = options;
        _time = timeProvider;
        _logger = logger;
        _events = events;
    }

    public void Dispose() => _oneChangeAtATime.Dispose();

    /// <summary>The namespace whose Board objects are played.</summary>
    public string Namespace { get; }

    /// <summary>How long a request waits for the controller.</summary>
    internal TimeSpan RequestTimeout => _options.RequestTimeout;

    /// <summary>The Board objects client, for the catalog that creates and deletes them.</summary>
    internal BoardClient Boards => _boards;

    /// <summary>
    /// Completes once every Board object that existed when the controller started has been acted on: its board resumed
    /// (or refused). Until then a restarted silo's API does not yet show every board.
    /// </summary>
    public Task Ready => _ready.Task;

    /// <summary>
    /// Completes with the board once the controller has started the object with <paramref name="uid"/>; throws
    /// <see cref="BoardRefusedException"/> if it refused it, <see cref="TimeoutException"/> after the request timeout.
    /// </summary>
    public async Task<BoardSnapshot> WhenStartedAsync(string name, string uid, CancellationToken cancellationToken)
    {
        TaskCompletionSource<BoardSnapshot>? waiter = null;
        lock (_gate)
        {
            if (_refused.TryGet(uid, out var refusal)) throw new BoardRefusedException(name, refusal.Errors);
            var started = _running.TryGetValue(name, out var running) && running.Uid == uid;
            if (!started && !_startWaiters.TryGetValue(uid, out waiter)) _startWaiters[uid] = waiter = NewWaiter<BoardSnapshot>();
        }

        return waiter is null
            ? await _grains.GetGrain<IBoardGrain>(name).GetAsync().ConfigureAwait(false)
            : await WaitAsync(waiter.Task, $"start board '{name}'", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes once the controller has deleted the board of the object with <paramref name="uid"/>.</summary>
    public Task WhenDeletedAsync(string name, string uid, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> waiter;
        lock (_gate)
        {
            if (_deleted.TryGet(uid, out _)) return Task.CompletedTask;
            if (!_deleteWaiters.TryGetValue(uid, out waiter!)) _deleteWaiters[uid] = waiter = NewWaiter<bool>();
        }

        return WaitAsync(waiter.Task, $"delete board '{name}'", cancellationToken);
    }

    /// <summary>The uid of the object the named board runs as, if it runs.</summary>
    public string? RunningUid(string name)
    {
        lock (_gate) return _running.TryGetValue(name, out var running) ? running.Uid : null;
    }

    /// <summary>
    /// Lists and watches the Board objects and acts on each change, and writes the boards' statuses, until
    /// <paramref name="stoppingToken"/> is cancelled; then writes every status once more, unless
    /// <paramref name="writeLastStatus"/> says not to (another silo may lead by then). <see cref="BoardLeaderService"/>
    /// runs it while this silo leads.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken, Func<bool>? writeLastStatus = null)
    {
        await CheckBoardResourceAsync(stoppingToken).ConfigureAwait(false);
        var status = WriteStatusesAsync(stoppingToken);
        _ = _informer.Synced.ContinueWith(_ => AwaitStartupObjects(), stoppingToken, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        try
        {
            await foreach (var change in _informer.RunAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await _oneChangeAtATime.WaitAsync(stoppingToken).ConfigureAwait(false);
                    try
                    {
                        await HandleAsync(change, stoppingToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        _oneChangeAtATime.Release();
                    }
                }
                catch (Exception error) when (!stoppingToken.IsCancellationRequested)
                {
                    BoardControllerLog.HandleFailed(_logger, change.Object?.Metadata.Name, error);
                    // Tried is acted on, as far as readiness goes: a board that cannot start must not hold up the others.
                    if (change.Object?.Metadata.Uid is { } uid) lock (_gate) ActedOn(uid);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the boards stay as objects and resume when a silo starts again.
        }

        await status.ConfigureAwait(false);
        if (writeLastStatus?.Invoke() == false) return;
        // A last checkpoint, so that the next silo resumes where this one stopped rather than up to an interval earlier.
        using var flush = new CancellationTokenSource(_options.RequestTimeout);
        await WriteEveryStatusAsync(flush.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Says plainly when the cluster has no Board resource (the CRD is not installed) or no such namespace: the
    /// informer would only retry and back off, and the API would refuse every board, without saying why.
    /// </summary>
    private async Task CheckBoardResourceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _boards.ListAsync(limit: 1, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception missing) when (KubeErrors.IsNotFound(missing))
        {
            BoardControllerLog.NoBoardResource(_logger, Namespace, missing.Message);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // Unreachable or refused: the informer's retries report it.
            BoardControllerLog.HandleFailed(_logger, null, error);
        }
    }

    private void AwaitStartupObjects()
    {
        lock (_gate)
        {
            var running = _running.Values.Select(board => board.Uid).ToHashSet(StringComparer.Ordinal);
            _awaitedAtStartup = _informer.Items.Select(board => board.Metadata.Uid!)
                .Where(uid => !running.Contains(uid) && !_refused.TryGet(uid, out _) && !_deleted.TryGet(uid, out _))
                .ToHashSet(StringComparer.Ordinal);
            if (_awaitedAtStartup.Count == 0) _ready.TrySetResult();
        }
    }

    /// <summary>The object with <paramref name="uid"/> has been acted on (started, refused or deleted). Call under the gate.</summary>
    private void ActedOn(string uid)
    {
        if (_awaitedAtStartup is { } awaited && awaited.Remove(uid) && awaited.Count == 0) _ready.TrySetResult();
    }

    private async Task<T> WaitAsync<T>(Task<T> task, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(_options.RequestTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The board controller did not {what} within {_options.RequestTimeout.TotalSeconds:0.#} s.");
        }
    }

    private static TaskCompletionSource<T> NewWaiter<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
