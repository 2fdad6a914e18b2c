using System.Net;
using k8s.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansLife.Api.Tests.Support;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Operator.Leadership;
using OrleansLife.Operator.Reconciliation;
using OrleansLife.Testing.Tools;

namespace OrleansLife.Api.Tests.Deploy;

/// <summary>
/// The silo's RBAC in deploy/rbac grants what a silo really asks of the API server, and nothing more: a silo plays a
/// board against an emulator that logs every request, and the Role's rules must be exactly the (verb, group, resource)
/// triples it sent, plus the ones listed here for code this test cannot run yet.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the emulator through IAsyncLifetime.DisposeAsync.")]
public sealed class SiloRoleTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Granted for what this test's silo does not do (it runs outside a pod, with localhost membership), each with its reason.</summary>
    private static readonly (string Verb, string Group, string Resource, string Why)[] NotExercised =
    [
        .. new[] { "get", "create", "update" }.Select(verb =>
            (verb, "orleanslife.io", "clustermemberships", "Orleans membership in the Kubernetes API (--Cluster:Membership=kubernetes)")),
        ("get", "", "pods", "Orleans' Kubernetes hosting, in a pod: reads its own pod"),
        ("patch", "", "pods", "Orleans' Kubernetes hosting, in a pod: labels its own pod with the cluster's ids"),
        ("patch", "", "events", "the event recorder: a repeated event counted"),
    ];

    /// <summary>Cluster-scoped, for the HTTP API's authentication and authorization through Kubernetes (issue 11).</summary>
    private static readonly (string Verb, string Group, string Resource)[] Reviews =
    [
        ("create", "authentication.k8s.io", "tokenreviews"),
        ("create", "authorization.k8s.io", "subjectaccessreviews"),
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("orleanslife-rbac-").FullName;
    private readonly KubeRequestLog _log = new();
    private KubeApiEmulator? _cluster;
    private ILoggerFactory? _loggers;

    private string Kubeconfig => Path.Combine(_directory, "kubeconfig");

    public async Task InitializeAsync()
    {
        _loggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_log));
        var options = new KubeEmulatorOptions { KubeconfigPath = null, MaxPodTerminationDelay = TimeSpan.Zero };
        options.CustomResourceDefinitionFiles.Add(RepositoryPaths.BoardCrd);
        _cluster = new KubeApiEmulator(options, loggerFactory: _loggers);
        await _cluster.StartAsync(CancellationToken.None);
        await _cluster.WriteKubeconfigAsync(Kubeconfig);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        _loggers?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Role_GrantsExactlyTheRequestsASiloSends_AndTheOnesStillToCome()
    {
        var rendered = await RenderedBase.RenderAsync();
        await PlayABoardAsync();
        var all = _log.Requests.ToList();
        // The reviews of API callers are cluster-scoped (the ClusterRole); everything else is in the silo's namespace.
        var sent = all.Where(r => r.Namespace is not null).ToList();

        var role = rendered.Single<V1Role>();
        var granted = Triples(role.Rules);
        var used = sent.Select(r => (r.Verb, r.Group, r.Resource!)).ToHashSet();
        used.Order().ShouldBe(
        [
            ("create", "", "events"),
            ("create", "", "pods"),
            ("create", "coordination.k8s.io", "leases"),
            ("create", "orleanslife.io", "boards"),
            ("delete", "", "pods"),
            ("delete", "orleanslife.io", "boards"),
            ("get", "coordination.k8s.io", "leases"),
            ("list", "", "pods"),
            ("list", "orleanslife.io", "boards"),
            ("patch", "orleanslife.io", "boards"),
            ("patch", "orleanslife.io", "boards/status"),
            ("update", "coordination.k8s.io", "leases"),
            ("watch", "", "pods"),
            ("watch", "orleanslife.io", "boards"),
        ]);
        granted.Order().ShouldBe(used.Concat(NotExercised.Select(n => (n.Verb, n.Group, n.Resource))).Order());
        // Every request named a resource in the silo's namespace, so a Role (no ClusterRole) covers them.
        sent.ShouldAllBe(r => r.Resource != null && r.Namespace == "default");
        all.Where(r => r.Namespace is null).Select(r => (r.Verb, r.Group, r.Resource!)).Distinct().Order().ShouldBe(Reviews.Order());
        Triples(rendered.Single<V1ClusterRole>().Rules).Order().ShouldBe(Reviews.Order());
    }

    /// <summary>Everything a silo does with Kubernetes: elects itself, plays a board whose cells are born and die, pauses and resumes it, deletes it, and gives its lease up.</summary>
    private async Task PlayABoardAsync()
    {
        const string name = "rbac-glider";
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Kubernetes:Mode", "cluster")
            .UseSetting("Kubernetes:KubeConfigPath", Kubeconfig)
            .UseSetting("LeaderElection:LeaseDuration", "00:00:03")
            .UseSetting("LeaderElection:RenewDeadline", "00:00:02")
            .UseSetting("LeaderElection:RetryPeriod", "00:00:00.200"));
        await silo.Services.GetRequiredService<LeaderElector>().WhenLeadingAsync().WaitAsync(Timeout);
        using var client = silo.CreateClient();
        // A cluster's API checks every change's token (TokenReview) and permission (SubjectAccessReview).
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _cluster!.AdminToken);
        await client.CreateOkAsync($$"""{"name":"{{name}}","width":10,"height":10,"pattern":"glider","paused":true}""");
        using (var stepped = await client.StepAsync(name, """{"generations":4}""")) stepped.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reconciler = silo.Services.GetRequiredService<BoardPodReconciler>();
        (await reconciler.WhenGenerationReconciledAsync(name, 4, waitForRunning: false, Timeout)).Outcome.ShouldBe(GenerationReconcileOutcome.Reconciled);
        // A status write, which the controller makes about once a second: the board must live that long.
        await _log.WhenRequestedAsync(r => r is { Verb: "patch", Resource: "boards/status" }).WaitAsync(Timeout);
        using (var resumed = await client.PostAsync($"/api/boards/{name}/resume", null)) resumed.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var paused = await client.PostAsync($"/api/boards/{name}/pause", null)) paused.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var deleted = await client.DeleteAsync($"/api/boards/{name}")) deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // A renewal, which the lease's holder sends every retry period.
        await _log.WhenRequestedAsync(r => r is { Verb: "update", Resource: "leases" }).WaitAsync(Timeout);
    }

    private static HashSet<(string Verb, string Group, string Resource)> Triples(IEnumerable<V1PolicyRule> rules) =>
        rules.SelectMany(rule => rule.ApiGroups.SelectMany(group => rule.Resources.SelectMany(resource => rule.Verbs.Select(verb => (verb, group, resource)))))
            .ToHashSet();
}
