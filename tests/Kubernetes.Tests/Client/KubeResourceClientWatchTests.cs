using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Pods;
using OrleansLife.Kubernetes.Tests.Fakes;
using OrleansLife.Kubernetes.Watching;

namespace OrleansLife.Kubernetes.Tests.Client;

public sealed class KubeResourceClientWatchTests : IAsyncLifetime
{
    private FakeKubeApiServer _server = null!;
    private KubeClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeKubeApiServer.StartAsync();
        _client = TestClients.For(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    internal static string Event(string type, string name, string resourceVersion, string phase = "Pending") =>
        """{"type":"TYPE","object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"NAME","namespace":"life","resourceVersion":"RV"},"status":{"phase":"PHASE"}}}"""
            .Replace("TYPE", type).Replace("NAME", name).Replace("RV", resourceVersion).Replace("PHASE", phase);

    internal static string Bookmark(string resourceVersion) =>
        """{"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"RV","annotations":{"k8s.io/initial-events-end":"true"}}}}"""
            .Replace("RV", resourceVersion);

    internal static string Expired(string resourceVersion) =>
        """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: RV (300)","reason":"Expired","code":410}}"""
            .Replace("RV", resourceVersion);

    [Fact]
    public async Task Watch_StreamsEachEventType_InOrder()
    {
        _server.RespondWatch(
        [
            Event("ADDED", "a", "11"),
            "",
            Event("MODIFIED", "a", "12", "Running"),
            Bookmark("13"),
            Event("DELETED", "a", "14", "Running"),
            """{"type":"FUTURE","object":{}}""",
        ]);

        var events = await _client.Pods().WatchAsync("life", new ListOptions { ResourceVersion = "10", AllowWatchBookmarks = true }).ToListAsync();

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.Query).ShouldBe(("GET", "/api/v1/namespaces/life/pods", "?watch=true&resourceVersion=10&allowWatchBookmarks=true"));
        events.Select(e => (e.Type, e.Object!.Metadata.Name, e.Object.Metadata.ResourceVersion)).ShouldBe(
        [
            (WatchEventType.Added, "a", "11"),
            (WatchEventType.Modified, "a", "12"),
            (WatchEventType.Bookmark, null, "13"),
            (WatchEventType.Deleted, "a", "14"),
        ]);
        events[1].Object!.Status!.Phase.ShouldBe("Running");
        _client.Metrics.CallsByVerb["watch"].ShouldBe(1);
    }

    [Fact]
    public async Task Watch_ExpiredResourceVersion_ThrowsGone_AfterTheEventsBeforeIt()
    {
        _server.RespondWatch([Event("ADDED", "a", "11"), Expired("5")], FakeKubeApiServer.HangAsync);
        var received = new List<WatchEvent<Pod>>();

        var thrown = await Should.ThrowAsync<KubeGoneException>(async () =>
        {
            await foreach (var e in _client.Pods().WatchAsync(options: new ListOptions { ResourceVersion = "5" })) received.Add(e);
        });

        received.Single().Object!.Metadata.Name.ShouldBe("a");
        (thrown.Reason, thrown.Message).ShouldBe(("Expired", "too old resource version: 5 (300)"));
    }

    [Fact]
    public async Task Watch_OtherErrorStatus_IsAnErrorEvent()
    {
        _server.RespondWatch(["""{"type":"ERROR","object":{"kind":"Status","status":"Failure","message":"etcd hiccup","reason":"InternalError","code":500}}"""]);

        var events = await _client.Pods().WatchAsync().ToListAsync();

        var error = events.Single();
        (error.Type, error.Object, error.Status!.Code, error.Status.Message).ShouldBe((WatchEventType.Error, null, 500, "etcd hiccup"));
    }

    [Fact]
    public async Task Watch_DroppedConnection_ThrowsIOException_AfterDeliveredEvents()
    {
        var read = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.RespondWatch([Event("ADDED", "a", "11")], FakeKubeApiServer.AbortWhen(read.Task));
        var received = new List<WatchEvent<Pod>>();

        await Should.ThrowAsync<IOException>(async () =>
        {
            await foreach (var e in _client.Pods().WatchAsync())
            {
                received.Add(e);
                read.TrySetResult();
            }
        });

        received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Watch_Cancelled_ClosesTheStreamPromptly()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.RespondWatch([Event("ADDED", "a", "11")], async context =>
        {
            await FakeKubeApiServer.HangAsync(context);
            aborted.TrySetResult();
        });
        using var cancel = new CancellationTokenSource();

        var watching = Task.Run(async () =>
        {
            await foreach (var _ in _client.Pods().WatchAsync(cancellationToken: cancel.Token)) await cancel.CancelAsync();
        });

        await Should.ThrowAsync<OperationCanceledException>(watching.WaitAsync(TimeSpan.FromSeconds(10)));
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
