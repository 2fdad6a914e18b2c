using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Core.Internal;
using OrleansLife.Api.Tests.Support;
using OrleansLife.Grains.Boards;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Kubernetes;

/// <summary>
/// A board grain gone while its object still runs it, as when the silo hosting it dies in a cluster of silos: the
/// controller brings it back from the checkpoint in the object's status, and its pods follow the live cells again.
/// </summary>
public sealed class LostBoardTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("orleanslife-lost-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ABoardGrainLostWhileItRuns_ResumesFromItsObjectsStatus_AndItsPodsFollowItsLiveCells()
    {
        const string name = "glider-lost";
        var logs = new LogCollector();
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Kubernetes:Mode", "emulator")
            .UseSetting("KubeEmulator:PersistencePath", "")
            .UseSetting("KubeEmulator:KubeconfigPath", Path.Combine(_directory, "kubeconfig"))
            .ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = silo.CreateClient();
        await client.CreateOkAsync($$"""{"name":"{{name}}","width":16,"height":16,"topology":"torus","pattern":"glider","tickMilliseconds":20}""");
        using var kubectl = new Kubectl(Path.Combine(_directory, "kubeconfig"));
        // Its first status: from then on the object holds a checkpoint.
        await kubectl.WaitForAsync("--for=jsonpath={.status.phase}=Running", $"board/{name}");
        var checkpoint = long.Parse((await kubectl.RunAsync("get", $"board/{name}", "-o", "jsonpath={.status.generation}")).Stdout.Trim());

        // What a dying silo does to the grains it hosts: the activation and everything it held are gone.
        var resumed = logs.WhenLoggedAsync(message => message.StartsWith($"Board {name} resumed from its object at generation", StringComparison.Ordinal));
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IBoardGrain>(name).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await logs.WhenLoggedAsync(message => message == $"Board {name} was lost with the silo that hosted it; resuming it from its object's status")
            .WaitAsync(Timeout);
        await resumed.WaitAsync(Timeout);

        using var paused = await client.PostAsync($"/api/boards/{name}/pause", null);
        var board = await paused.ReadJsonAsync(HttpStatusCode.OK);
        board["generation"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(checkpoint);
        board["population"]!.GetValue<int>().ShouldBe(5, "a glider is five cells in every phase");
        var generation = board["generation"]!.GetValue<long>();
        var cells = board["cells"]!.AsArray().Select(cell => $"pod/{name}-{cell![0]}-{cell[1]}").Order(StringComparer.Ordinal).ToArray();
        var reconciler = silo.Services.GetRequiredService<BoardPodReconciler>();
        (await reconciler.WhenGenerationReconciledAsync(name, generation, waitForRunning: false, Timeout)).Outcome
            .ShouldBe(GenerationReconcileOutcome.Reconciled);
        var pods = await kubectl.RunAsync("get", "pods", "-l", $"orleanslife.io/board={name}",
            "-o", """jsonpath={range .items[*]}pod/{.metadata.name}={.metadata.deletionTimestamp}{"\n"}{end}""");
        var staying = pods.Lines.Where(line => line.EndsWith('=')).Select(line => line.TrimEnd('=')).Order(StringComparer.Ordinal).ToArray();
        staying.ShouldBe(cells, "exactly the live cells have pods: none left over, none twice");
    }
}
