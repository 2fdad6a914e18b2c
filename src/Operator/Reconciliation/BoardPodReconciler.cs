using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Cells;
using k8s;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Diagnostics;
using OrleansLife.Operator.Events;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// The board reconciler, a level-triggered controller: boards declare their live cells, an informer keeps the cell
/// pods that exist, and one loop turns the difference into creates and deletes — one per birth and one per death,
/// never preceded by a read, at most <see cref="BoardPodReconcilerOptions.MaxConcurrentWrites"/> at a time. Writes the
/// watch has not shown yet are trusted over the cache (<see cref="Expectation"/>), so none is made twice; a restarted
/// reconciler adopts the pods it finds. <see cref="RunAsync"/> does the work; the other members are thread-safe and
/// never wait for the API server.
/// </summary>
public sealed partial class BoardPodReconciler : IBoardPodReconciler
{
    private readonly IKubernetes _client;
    private readonly CellPodFactory _factory;
    private readonly BoardPodReconcilerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly KubeClientMetrics? _clientMetrics;
    private readonly EventRecorder? _events;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BoardState> _boards = new(StringComparer.Ordinal);
    private readonly PodIndex _index = new();
    private readonly Dictionary<string, Expectation> _expectations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlannedWrite> _inFlight = new(StringComparer.Ordinal);
    private readonly WorkQueue _queue = new();
    private readonly TokenBucket? _writeBudget;
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _writes = [];
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Creates a reconciler of the cell pods in <see cref="CellPodOptions.Namespace"/> (or <paramref name="defaultNamespace"/>).</summary>
    /// <param name="client">The Kubernetes client; its rate limit and retries apply to every write.</param>
    /// <param name="defaultNamespace">The namespace of the pods when the pod options name none: the client's.</param>
    /// <param name="podOptions">What the pods look like.</param>
    /// <param name="options">Concurrency, caps and retry delays.</param>
    /// <param name="timeProvider">Clock for retries, timeouts and latencies.</param>
    /// <param name="logger">Where failures and progress are logged.</param>
    /// <param name="metrics">Where writes and latencies are counted.</param>
    /// <param name="clientMetrics">Where the informer counts watch restarts.</param>
    /// <param name="events">Where failed pod writes are recorded as Events about their Board.</param>
    public BoardPodReconciler(
        IKubernetes client,
        string defaultNamespace,
        CellPodOptions? podOptions = null,
        BoardPodReconcilerOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<BoardPodReconciler>? logger = null,
        ReconcilerMetrics? metrics = null,
        KubeClientMetrics? clientMetrics = null,
        EventRecorder? events = null)
    {
        podOptions ??= new CellPodOptions();
        _client = client;
        _factory = new CellPodFactory(podOptions);
        _options = options ?? new BoardPodReconcilerOptions();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<BoardPodReconciler>.Instance;
        Metrics = metrics ?? new ReconcilerMetrics();
        Metrics.Observe(Read);
        _clientMetrics = clientMetrics;
        _events = events;
        if (_options.MaxWritesPerSecond is { } rate) _writeBudget = new TokenBucket(rate, _options.WriteBurst, _time);
        Namespace = podOptions.Namespace ?? defaultNamespace;
    }

    /// <summary>The namespace the cell pods live in.</summary>
    public string Namespace { get; }

    /// <summary>Pod writes and generation latencies.</summary>
    public ReconcilerMetrics Metrics { get; }

    /// <inheritdoc />
    public PodCapCheck SetDesired(string board, long generation, IReadOnlyCollection<Coordinate> live, BoardOwner? owner = null)
    {
        // A name the pods could not carry would fail every create; better to say so at once.
        if (BoardNames.Check(board) is { } problem) throw new ArgumentException(problem, nameof(board));
        ArgumentNullException.ThrowIfNull(live);
        // Copied here, so the caller may reuse its collection while the loop has not yet got to this one.
        var desired = new DesiredCells(generation, live.ToHashSet(), owner, _time.GetUtcNow());
        lock (_gate)
        {
            var state = StateOf(board);
            if (!state.Forgotten && !state.Rewound && state.LatestGeneration > generation) return PodCapCheck.Within;
            var check = CheckCap(board, desired.Cells.Count);
            if (check.Exceeded)
            {
                (state.RefusedGeneration, state.CapMessage) = (generation, check.Message);
                ReconcilerLog.CapExceeded(_logger, board, generation, check.Message!);
            }
            else
            {
                (state.RefusedGeneration, state.CapMessage, state.Pending) = (null, null, desired);
                if (state.Forgotten) Revive(state);
                if (state.Rewound) (state.Rewound, state.ReflectedGeneration) = (false, null);
            }

            _declared.Add(board);
            _touched.Add(board);
            Signal();
            return check;
        }
    }

    /// <inheritdoc />
    public void Rewind(string board)
    {
        lock (_gate)
        {
            if (_boards.GetValueOrDefault(board) is { } state) state.Rewound = true;
        }
    }

    /// <inheritdoc />
    public PodCapCheck WouldExceedCap(string board, int count)
    {
        lock (_gate) return CheckCap(board, count);
    }

    /// <inheritdoc />
    public Task ForgetBoardAsync(string board, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(board);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var state = StateOf(board);
            if (!state.Forgotten) ReconcilerLog.Forgetting(_logger, board);
            (state.Forgotten, state.Pending, state.RefusedGeneration, state.CapMessage) = (true, null, null, null);
            state.ForgetWaiters.Add(done);
            _declared.Add(board);
            _touched.Add(board);
            Signal();
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public BoardPodStatus GetStatus(string board)
    {
        lock (_gate) return StatusOf(board, _boards.GetValueOrDefault(board), Count(board));
    }

    private BoardState StateOf(string board)
    {
        if (!_boards.TryGetValue(board, out var state)) _boards[board] = state = new BoardState(board);
        return state;
    }

    /// <summary>A forgotten board declared again: whoever waited for its pods to go will not see that happen.</summary>
    private static void Revive(BoardState state)
    {
        state.Forgotten = false;
        foreach (var waiter in state.ForgetWaiters) waiter.TrySetResult();
        state.ForgetWaiters.Clear();
    }

    private void Signal() => _signal.Writer.TryWrite(true);
}
