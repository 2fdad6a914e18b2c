using OrleansLife.Grains.Cells;
using OrleansLife.KubeEmulator;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Boards.Objects;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Tests.Testing;

/// <summary>
/// A running <see cref="BoardPodReconciler"/> over one namespace of an emulator, with a client of its own so that its
/// API calls can be counted exactly, and the waits tests need: on the reconciler's status stream, never on a clock.
/// </summary>
internal sealed class ReconcilerHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private ReconcilerHarness(Kubernetes client, KubeClientMetrics metrics, BoardPodReconciler reconciler)
    {
        Client = client;
        Metrics = metrics;
        Reconciler = reconciler;
        Running = Task.Run(() => reconciler.RunAsync(_stop.Token));
    }

    public Kubernetes Client { get; }

    /// <summary>The harness's client's request counts.</summary>
    public KubeClientMetrics Metrics { get; }

    public BoardPodReconciler Reconciler { get; }

    public Task Running { get; }

    public string Namespace => Reconciler.Namespace;

    /// <summary>The Board objects of the harness's namespace.</summary>
    public BoardClient Boards => new(Client, Namespace);

    /// <summary>Creates the harness's client sent: one per birth, if all is well.</summary>
    public long Creates => Metrics.CallsByVerb.GetValueOrDefault("create");

    /// <summary>Deletes the harness's client sent: one per death, if all is well.</summary>
    public long Deletes => Metrics.CallsByVerb.GetValueOrDefault("delete");

    public static ReconcilerHarness Start(
        KubeApiEmulator emulator,
        string @namespace,
        Action<BoardPodReconcilerOptions>? configure = null,
        TimeProvider? time = null,
        KubeClientOptions? clientOptions = null)
    {
        var options = new BoardPodReconcilerOptions();
        configure?.Invoke(options);
        var metrics = new KubeClientMetrics();
        var client = emulator.Client(clientOptions, metrics);
        var reconciler = new BoardPodReconciler(client, @namespace, new CellPodOptions(), options, time, clientMetrics: metrics);
        return new ReconcilerHarness(client, metrics, reconciler);
    }

    /// <summary>Declares a generation and waits for its pods to exist, as a board in lockstep would.</summary>
    public async Task<GenerationReconcileResult> StepAsync(string board, long generation, IReadOnlySet<Coordinate> live)
    {
        Reconciler.SetDesired(board, generation, [.. live]).Exceeded.ShouldBeFalse();
        return await Reconciler.WhenGenerationReconciledAsync(board, generation, waitForRunning: false, TestTimeouts.Wait);
    }

    /// <summary>Waits for a status of the board that satisfies <paramref name="until"/>.</summary>
    public async Task<BoardPodStatus> WaitForStatusAsync(string board, Func<BoardPodStatus, bool> until)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(TestTimeouts.Wait);
        BoardPodStatus? last = null;
        try
        {
            await foreach (var status in Reconciler.WatchStatusAsync(board, timeout.Token))
            {
                if (until(status)) return status;
                last = status;
            }
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            // Fall through to a failure that shows how far the board got.
        }

        throw new TimeoutException($"Board {board} never reached the expected status; the last one was {last}.");
    }

    /// <summary>Waits until the pods show exactly <paramref name="generation"/>, with nothing left terminating.</summary>
    public Task<BoardPodStatus> WaitUntilSettledAsync(string board, long generation) =>
        WaitForStatusAsync(board, s => s.ReflectedGeneration == generation && s.Generation == generation && s.PodsTerminating == 0
            && s.PodsExisting == s.PodsDesired);

    /// <summary>The board's pods as the API server lists them by label selector, read back as cells.</summary>
    public async Task<IReadOnlyList<V1Pod>> ListPodsAsync(string board) =>
        [.. (await Client.CoreV1.ListNamespacedPodAsync(Namespace, labelSelector: CellPodLabels.BoardSelector(board))).Items];

    public async Task<IReadOnlySet<Coordinate>> ListCellsAsync(string board) =>
        (await ListPodsAsync(board)).Select(pod =>
        {
            CellPodNames.TryParse(pod.Metadata.Name, out var parsedBoard, out var cell).ShouldBeTrue();
            parsedBoard.ShouldBe(board);
            return cell;
        }).ToHashSet();

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Running;
        }
        catch (OperationCanceledException)
        {
            // How a run ends when stopped; any other failure is the test's to see.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
        Client.Dispose();
    }
}
