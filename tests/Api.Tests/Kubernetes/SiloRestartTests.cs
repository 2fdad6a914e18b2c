using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansLife.Api.Tests.Support;
using OrleansLife.Operator.Boards;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Kubernetes;

/// <summary>
/// A silo stopped in the middle of a board and started again over the same embedded Kubernetes state, as the README's
/// run command does: the board resumes where it was, and its pods are the very same pods.
/// </summary>
public sealed class SiloRestartTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("orleanslife-restart-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ARestartedSilo_ResumesItsBoard_AndAdoptsItsPods_WithoutADuplicateOrAnOrphan()
    {
        const string name = "pulsar-restarted";
        string[] podsBefore;
        string cellsBefore;
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (var first = StartSilo())
        {
            WhenStopped(first, stopped);
            using var client = first.CreateClient();
            await client.CreateOkAsync($$"""{"name":"{{name}}","width":17,"height":17,"pattern":"pulsar","paused":true}""");
            using var stepped = await client.StepAsync(name, """{"generations":4}""");
            // LifeWiki: the pulsar has period 3 and populations 48, 56, 72; generation 4 is its 56-cell phase.
            cellsBefore = (await stepped.ReadJsonAsync(HttpStatusCode.OK))["cells"]!.Text();
            using var kubectl = new Kubectl(Path.Combine(_directory, "kubeconfig"));
            await kubectl.WaitForAsync("--for=jsonpath={.status.podsRunning}=56", $"board/{name}");
            podsBefore = await kubectl.PodsWithUidsAsync(name);
            podsBefore.Length.ShouldBe(56);
        }

        await stopped.Task.WaitAsync(Timeout);
        await using var second = StartSilo();
        using var api = second.CreateClient();
        await second.Services.GetRequiredService<BoardController>().Ready.WaitAsync(Timeout);

        var resumed = await (await api.GetAsync($"/api/boards/{name}")).ReadJsonAsync(HttpStatusCode.OK);
        (resumed["generation"]!.GetValue<long>(), resumed["population"]!.GetValue<int>(), resumed["state"]!.GetValue<string>())
            .ShouldBe((4L, 56, "paused"));
        resumed["cells"]!.Text().ShouldBe(cellsBefore);
        var reconciler = second.Services.GetRequiredService<BoardPodReconciler>();
        var reconciled = await reconciler.WhenGenerationReconciledAsync(name, 4, waitForRunning: true, Timeout);
        reconciled.Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
        reconciler.Metrics.WritesByVerb.Values.Sum().ShouldBe(0, "the restarted silo found every pod in place");
        using (var kubectl = new Kubectl(Path.Combine(_directory, "kubeconfig")))
        {
            // Same names with the same uids: every pod was adopted, none deleted and made again, none added or left over.
            (await kubectl.PodsWithUidsAsync(name)).ShouldBe(podsBefore);
        }

        using var next = await api.StepAsync(name);
        (await next.ReadJsonAsync(HttpStatusCode.OK))["population"]!.GetValue<int>().ShouldBe(72);
    }

    [Fact]
    public async Task ASiloStoppedWhileABoardRuns_ResumesItWhereItsLastStatusLeftIt_AndThePodsFollowTheLiveCells()
    {
        const string name = "glider-restarted";
        long stoppedAt;
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (var first = StartSilo())
        {
            WhenStopped(first, stopped);
            using var client = first.CreateClient();
            await client.CreateOkAsync($$"""{"name":"{{name}}","width":16,"height":16,"topology":"torus","pattern":"glider","tickMilliseconds":20}""");
            using var kubectl = new Kubectl(Path.Combine(_directory, "kubeconfig"));
            // Its first status: from then on the object holds a checkpoint. (Pods of a 20 ms glider never get to Running.)
            await kubectl.WaitForAsync("--for=jsonpath={.status.phase}=Running", $"board/{name}");
            stoppedAt = (await (await client.GetAsync($"/api/boards/{name}?cells=false")).ReadJsonAsync(HttpStatusCode.OK))["generation"]!.GetValue<long>();
        }

        await stopped.Task.WaitAsync(Timeout);
        await using var second = StartSilo();
        using var api = second.CreateClient();
        await second.Services.GetRequiredService<BoardController>().Ready.WaitAsync(Timeout);
        using var paused = await api.PostAsync($"/api/boards/{name}/pause", null);
        var board = await paused.ReadJsonAsync(HttpStatusCode.OK);

        // The silo's last act was to record where the board was, so it goes on from there, not from generation 0.
        board["generation"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(stoppedAt);
        board["population"]!.GetValue<int>().ShouldBe(5, "a glider is five cells in every phase");
        var generation = board["generation"]!.GetValue<long>();
        var cells = board["cells"]!.AsArray().Select(cell => $"pod/{name}-{cell![0]}-{cell[1]}").Order(StringComparer.Ordinal).ToArray();
        var reconciler = second.Services.GetRequiredService<BoardPodReconciler>();
        (await reconciler.WhenGenerationReconciledAsync(name, generation, waitForRunning: false, Timeout)).Outcome
            .ShouldBe(GenerationReconcileOutcome.Reconciled);
        using var after = new Kubectl(Path.Combine(_directory, "kubeconfig"));
        // Pods of cells that died are gone or going (Terminating: the emulator, like a kubelet, takes a moment).
        var pods = await after.RunAsync("get", "pods", "-l", $"orleanslife.io/board={name}",
            "-o", """jsonpath={range .items[*]}pod/{.metadata.name}={.metadata.deletionTimestamp}{"\n"}{end}""");
        var staying = pods.Lines.Where(line => line.EndsWith('=')).Select(line => line.TrimEnd('=')).Order(StringComparer.Ordinal).ToArray();
        staying.ShouldBe(cells, "exactly the live cells have pods: none left over, none twice");
    }

    /// <summary>
    /// Completes <paramref name="stopped"/> once the silo has stopped all the way: disposing the factory can return before
    /// its host has, and only then has the embedded emulator saved the state the next silo starts from.
    /// </summary>
    private static void WhenStopped(WebApplicationFactory<Program> silo, TaskCompletionSource stopped) =>
        silo.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(stopped.SetResult);

    private WebApplicationFactory<Program> StartSilo()
    {
        var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Kubernetes:Mode", "emulator")
            .UseSetting("KubeEmulator:PersistencePath", Path.Combine(_directory, "state.json"))
            .UseSetting("KubeEmulator:KubeconfigPath", Path.Combine(_directory, "kubeconfig")));
        _ = silo.Server; // starts the host
        return silo;
    }
}
