using System.Threading.Channels;
using k8s;
using k8s.Models;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Tests.Testing;
using OrleansLife.Operator.Watching;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Watching;

/// <summary>
/// The informer over the cell pods' list and watch as KubernetesClient makes them, against a scripted API server: what
/// it asks for, and how it recovers when a watch expires (410 in the stream), drops or ends.
/// </summary>
public sealed class KubeInformerTests : IAsyncLifetime, IDisposable
{
    private readonly ManualTimeProvider _time = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<WatchEvent<V1Pod>> _changes = Channel.CreateUnbounded<WatchEvent<V1Pod>>();
    private readonly KubeClientMetrics _metrics = new();
    private FakeKubeApiServer _server = null!;
    private Kubernetes _client = null!;
    private Task _running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _server = await FakeKubeApiServer.StartAsync();
        // No client retries: the informer's own recovery is what is under test.
        _client = KubeClientFactory.Create(KubeClientFactory.Direct(_server.BaseAddress, "life"), new KubeClientOptions { MaxRetries = 0 }, _metrics, _time);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(_running.WaitAsync(TimeSpan.FromSeconds(10)));
        _client.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _stop.Dispose();

    private static string List(string resourceVersion, params string[] items) =>
        $$"""{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"{{resourceVersion}}"},"items":[{{string.Join(',', items)}}]}""";

    private static string Item(string name, string resourceVersion, string phase = "Pending") =>
        """{"kind":"Pod","apiVersion":"v1","metadata":{"name":"NAME","namespace":"life","resourceVersion":"RV"},"status":{"phase":"PHASE"}}"""
            .Replace("NAME", name).Replace("RV", resourceVersion).Replace("PHASE", phase);

    private static string Event(string type, string name, string resourceVersion, string phase = "Pending") =>
        $$"""{"type":"{{type}}","object":""" + Item(name, resourceVersion, phase) + "}";

    private static string Bookmark(string resourceVersion) =>
        """{"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"RV"}}}""".Replace("RV", resourceVersion);

    private static string Expired(string resourceVersion) =>
        """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure","message":"too old resource version: RV","reason":"Expired","code":410}}"""
            .Replace("RV", resourceVersion);

    [Fact]
    public async Task ListsThenWatchesFromTheListsVersion_YieldingEveryChange_AndCachingTheResult()
    {
        _server.RespondJson(200, List("10", Item("a", "5"), Item("b", "6")));
        _server.RespondWatch([Event("MODIFIED", "a", "11", "Running"), Event("DELETED", "b", "12"), Event("ADDED", "c", "13")], FakeKubeApiServer.HangAsync);
        var informer = Start("app=cell");

        (await NextAsync(5)).ShouldBe(["Added a 5", "Added b 6", "Modified a 11", "Deleted b 12", "Added c 13"]);

        var list = await _server.NextRequestAsync();
        (list.Path, list.Query).ShouldBe(("/api/v1/namespaces/life/pods", "?labelSelector=app%3Dcell&watch=false"));
        var watch = await _server.NextRequestAsync();
        watch.Query.Split('&', '?').Where(part => part.Length > 0).Order().ShouldBe(
            ["allowWatchBookmarks=true", "labelSelector=app%3Dcell", "resourceVersion=10", "timeoutSeconds=300", "watch=true"]);
        informer.Synced.IsCompletedSuccessfully.ShouldBeTrue();
        informer.Items.Select(p => $"{p.Metadata.Name} {p.Status?.Phase}").Order().ShouldBe(["a Running", "c Pending"]);
        informer.TryGet("b", "life", out _).ShouldBeFalse();
        informer.ResourceVersion.ShouldBe("13");
    }

    [Fact]
    public async Task Gone_ListsAgain_YieldsWhatChangedMeanwhile_AndWatchesFromTheNewList()
    {
        _server.RespondJson(200, List("10", Item("a", "5"), Item("b", "6")));
        _server.RespondWatch([Bookmark("20"), Expired("20")], FakeKubeApiServer.HangAsync);
        _server.RespondJson(200, List("30", Item("a", "21"), Item("c", "22")));
        _server.RespondWatch([], FakeKubeApiServer.HangAsync);
        var informer = Start();

        (await NextAsync(5)).ShouldBe(["Added a 5", "Added b 6", "Deleted b 6", "Modified a 21", "Added c 22"]);

        (await _server.NextRequestAsync()).Query.ShouldNotContain("watch=true");
        (await _server.NextRequestAsync()).Query.ShouldContain("resourceVersion=10&");
        (await _server.NextRequestAsync()).Query.ShouldNotContain("watch=true");
        (await _server.NextRequestAsync()).Query.ShouldContain("resourceVersion=30&");
        informer.ResourceVersion.ShouldBe("30");
        _metrics.WatchRestarts.ShouldBe(1);
    }

    [Fact]
    public async Task VersionThatKeepsExpiringAtOnce_IsListedAgainAfterABackoff_NotInAHotLoop()
    {
        _server.RespondJson(200, List("10"));
        _server.RespondWatch([Expired("10")]);
        _server.RespondJson(200, List("20", Item("a", "15")));
        _server.RespondWatch([Expired("20")]);
        _server.RespondJson(200, List("30", Item("a", "15")));
        _server.RespondWatch([], FakeKubeApiServer.HangAsync);
        Start();

        (await NextAsync(1)).ShouldBe(["Added a 15"]);
        var backoff = await _time.WaitForTimerAsync(due => due >= TimeSpan.FromSeconds(0.5) && due <= TimeSpan.FromSeconds(1));
        for (var i = 0; i < 4; i++) await _server.NextRequestAsync();
        _server.HasPendingRequest.ShouldBeFalse();
        _time.Advance(backoff);

        (await _server.NextRequestAsync()).Query.ShouldNotContain("watch=true");
        (await _server.NextRequestAsync()).Query.ShouldContain("resourceVersion=30&");
    }

    [Fact]
    public async Task DroppedWatch_IsReEstablishedFromTheLastVersion_AfterABackoff_WithoutListingAgain()
    {
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.RespondJson(200, List("10"));
        _server.RespondWatch([Event("ADDED", "a", "11")], FakeKubeApiServer.AbortWhen(delivered.Task));
        _server.RespondWatch([Event("MODIFIED", "a", "12")], FakeKubeApiServer.HangAsync);
        Start();

        (await NextAsync(1)).ShouldBe(["Added a 11"]);
        delivered.SetResult();
        var backoff = await _time.WaitForTimerAsync(due => due >= TimeSpan.FromSeconds(0.5) && due <= TimeSpan.FromSeconds(1));
        _time.Advance(backoff);

        (await NextAsync(1)).ShouldBe(["Modified a 12"]);
        (await _server.NextRequestAsync()).Method.ShouldBe("GET");
        (await _server.NextRequestAsync()).Query.ShouldContain("resourceVersion=10&");
        (await _server.NextRequestAsync()).Query.ShouldContain("resourceVersion=11&");
        _metrics.WatchRestarts.ShouldBe(1);
    }

    [Fact]
    public async Task WatchTheServerEnds_IsRenewedAtOnce_FromTheLastBookmark()
    {
        _server.RespondJson(200, List("10"));
        _server.RespondWatch([Event("ADDED", "a", "11"), Bookmark("15")]);
        _server.RespondWatch([Event("DELETED", "a", "16")], FakeKubeApiServer.HangAsync);
        var informer = Start();

        (await NextAsync(2)).ShouldBe(["Added a 11", "Deleted a 16"]);

        await _server.NextRequestAsync();
        await _server.NextRequestAsync();
        (await _server.NextRequestAsync()).Query.ShouldContain("resourceVersion=15&");
        informer.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task FailedList_IsRetriedAfterABackoff()
    {
        _server.RespondJson(500, """{"kind":"Status","code":500,"reason":"InternalError"}""");
        _server.RespondJson(200, List("10", Item("a", "5")));
        _server.RespondWatch([], FakeKubeApiServer.HangAsync);
        var informer = Start();

        var backoff = await _time.WaitForTimerAsync(due => due >= TimeSpan.FromSeconds(0.5) && due <= TimeSpan.FromSeconds(1));
        informer.Synced.IsCompleted.ShouldBeFalse();
        _time.Advance(backoff);

        (await NextAsync(1)).ShouldBe(["Added a 5"]);
        await informer.Synced.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task PagedList_ReadsEveryPage_BeforeWatching()
    {
        _server.RespondJson(200, """{"kind":"PodList","metadata":{"resourceVersion":"10","continue":"p2"},"items":[{"metadata":{"name":"a","namespace":"life","resourceVersion":"5"}}]}""");
        _server.RespondJson(200, List("10", Item("b", "6")));
        _server.RespondWatch([], FakeKubeApiServer.HangAsync);
        var informer = Start(pageSize: 1);

        (await NextAsync(2)).ShouldBe(["Added a 5", "Added b 6"]);

        (await _server.NextRequestAsync()).Query.ShouldBe("?labelSelector=app%3Dcell&limit=1&watch=false");
        (await _server.NextRequestAsync()).Query.ShouldBe("?continue=p2&labelSelector=app%3Dcell&limit=1&watch=false");
        (await _server.NextRequestAsync()).Query.ShouldContain("resourceVersion=10&");
        informer.Items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task SecondConcurrentRun_IsRefused()
    {
        _server.RespondJson(200, List("10"));
        _server.RespondWatch([], FakeKubeApiServer.HangAsync);
        var informer = Start();
        await informer.Synced.WaitAsync(TimeSpan.FromSeconds(10));

        await Should.ThrowAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in informer.RunAsync()) { }
        });
    }

    private KubeInformer<V1Pod> Start(string labelSelector = "app=cell", int? pageSize = null)
    {
        var informer = new KubeInformer<V1Pod>(new CellPodSource(_client, "life", labelSelector, pageSize), _time, metrics: _metrics);
        _running = Task.Run(async () =>
        {
            await foreach (var change in informer.RunAsync(_stop.Token)) await _changes.Writer.WriteAsync(change);
        });
        return informer;
    }

    private async Task<List<string>> NextAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var changes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var change = await _changes.Reader.ReadAsync(timeout.Token);
            changes.Add($"{change.Type} {change.Object!.Metadata.Name} {change.Object.Metadata.ResourceVersion}");
        }

        return changes;
    }
}
