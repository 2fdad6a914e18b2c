using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Api.Tests.Support;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Operator.Boards;
using OrleansLife.Operator.Leadership;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Kubernetes;

/// <summary>
/// Two silos against one cluster (an API emulator of their own, as a real cluster would be): one leads and plays the
/// boards, the other stands by; when the leader stops, the other takes over its boards and their very pods.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the emulator through IAsyncLifetime.DisposeAsync.")]
public sealed class LeaderElectionTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("orleanslife-leaders-").FullName;
    private KubeApiEmulator? _cluster;

    private string Kubeconfig => Path.Combine(_directory, "kubeconfig");

    public async Task InitializeAsync()
    {
        var options = new KubeEmulatorOptions { KubeconfigPath = null, MaxPodTerminationDelay = TimeSpan.Zero };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.BoardCrd);
        _cluster = new KubeApiEmulator(options);
        await _cluster.StartAsync(CancellationToken.None);
        await _cluster.WriteKubeconfigAsync(Kubeconfig);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task OneSiloLeads_TheOtherStandsBy_AndTakesOverTheBoardsAndTheirPods_WhenTheLeaderStops()
    {
        const string name = "glider-handed-over";
        string[] podsBefore;
        var leader = Silo("silo-a");
        await leader.Services.GetRequiredService<LeaderElector>().WhenLeadingAsync().WaitAsync(Timeout);
        await using var standby = Silo("silo-b");
        await using (leader)
        {
            using var client = AdminClient(leader);
            await client.CreateOkAsync($$"""{"name":"{{name}}","width":10,"height":10,"pattern":"glider","paused":true}""");
            using var stepped = await client.StepAsync(name, """{"generations":3}""");
            stepped.StatusCode.ShouldBe(HttpStatusCode.OK);
            var reconciler = leader.Services.GetRequiredService<BoardPodReconciler>();
            (await reconciler.WhenGenerationReconciledAsync(name, 3, waitForRunning: false, Timeout)).Outcome
                .ShouldBe(GenerationReconcileOutcome.Reconciled);
            using var kubectl = new Kubectl(Kubeconfig);
            podsBefore = await kubectl.PodsWithUidsAsync(name);

            // The standby has looked at the lease and found it held: it refuses changes and says who leads.
            var waiting = standby.Services.GetRequiredService<LeaderElector>();
            await waiting.FirstAttempt.WaitAsync(Timeout);
            waiting.IsLeader.ShouldBeFalse();
            using var refused = await AdminClient(standby).CreateAsync("""{"name":"elsewhere","width":5,"height":5,"pattern":"blinker"}""");
            (await refused.ReadJsonAsync(HttpStatusCode.ServiceUnavailable))["detail"]!.GetValue<string>()
                .ShouldBe("This silo stands by; silo silo-a leads the boards, so ask it to create Board 'elsewhere'. Nothing was changed.");
            using var health = await AdminClient(standby).GetAsync("/api/health");
            (await health.ReadJsonAsync(HttpStatusCode.ServiceUnavailable))["detail"]!.GetValue<string>().ShouldBe("It is standby; silo silo-a leads them.");
        }

        // The leader gave the lease up as it stopped: the standby leads at its next try, and resumes the board.
        await standby.Services.GetRequiredService<LeaderElector>().WhenLeadingAsync().WaitAsync(Timeout);
        await standby.Services.GetRequiredService<BoardController>().Ready.WaitAsync(Timeout);
        var resumed = await (await AdminClient(standby).GetAsync($"/api/boards/{name}?cells=false")).ReadJsonAsync(HttpStatusCode.OK);
        (resumed["generation"]!.GetValue<long>(), resumed["population"]!.GetValue<int>()).ShouldBe((3L, 5));
        var adopted = standby.Services.GetRequiredService<BoardPodReconciler>();
        (await adopted.WhenGenerationReconciledAsync(name, 3, waitForRunning: false, Timeout)).Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
        adopted.Metrics.WritesByVerb.Values.Sum().ShouldBe(0, "the new leader found every pod in place");
        using var after = new Kubectl(Kubeconfig);
        (await after.PodsWithUidsAsync(name)).ShouldBe(podsBefore);
    }

    /// <summary>A client of the silo as the cluster's admin: against a cluster, every change needs a token.</summary>
    private HttpClient AdminClient(WebApplicationFactory<Program> silo)
    {
        var client = silo.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _cluster!.AdminToken);
        return client;
    }

    private WebApplicationFactory<Program> Silo(string identity)
    {
        var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Kubernetes:Mode", "cluster")
            .UseSetting("Kubernetes:KubeConfigPath", Kubeconfig)
            .UseSetting("LeaderElection:Identity", identity)
            .UseSetting("LeaderElection:LeaseDuration", "00:00:03")
            .UseSetting("LeaderElection:RenewDeadline", "00:00:02")
            .UseSetting("LeaderElection:RetryPeriod", "00:00:00.200"));
        _ = silo.Server; // starts the host
        return silo;
    }
}
