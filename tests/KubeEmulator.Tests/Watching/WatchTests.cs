using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Watching;

/// <summary>Watches over HTTP: where they start, what selectors let through, and how they end.</summary>
public sealed class WatchTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task Watch_WithoutResourceVersion_SendsCurrentStateThenChanges()
    {
        var ns = await fixture.NewNamespaceAsync();
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases";
        await Api.PostAsync(leases, TestObjects.Lease("old", "a"));

        using var watch = await Api.WatchAsync($"{leases}?watch=true");
        var initial = await watch.NextAsync();
        await Api.PostAsync(leases, TestObjects.Lease("new", "a"));
        var added = await watch.NextAsync();
        await Api.PatchAsync($"{leases}/new", "application/merge-patch+json", """{"spec":{"holderIdentity":"b"}}""");
        var modified = await watch.NextAsync();
        var deleted = await Api.DeleteAsync($"{leases}/new");
        var removed = await watch.NextAsync();

        watch.ContentType.ShouldBe("application/json");
        (initial.Type, initial.Object.Text("metadata.name")).ShouldBe(("ADDED", "old"));
        (added.Type, added.Object.Text("metadata.name")).ShouldBe(("ADDED", "new"));
        (modified.Type, modified.Object.Text("spec.holderIdentity")).ShouldBe(("MODIFIED", "b"));
        removed.Type.ShouldBe("DELETED");
        long.Parse(removed.Object.Text("metadata.resourceVersion")!).ShouldBeGreaterThan(long.Parse(modified.Object.Text("metadata.resourceVersion")!));
        deleted.Code.ShouldBe(200);
    }

    [Fact]
    public async Task Watch_FromResourceVersion_ReplaysOnlyLaterChanges()
    {
        var ns = await fixture.NewNamespaceAsync();
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases";
        var first = await Api.PostAsync(leases, TestObjects.Lease("first", "a"));
        await Api.PostAsync(leases, TestObjects.Lease("second", "a"));

        using var watch = await Api.WatchAsync($"{leases}?watch=1&resourceVersion={first["metadata.resourceVersion"]}");
        var replayed = await watch.NextAsync();

        (replayed.Type, replayed.Object.Text("metadata.name")).ShouldBe(("ADDED", "second"));
    }

    [Theory]
    [InlineData("watch=True")]
    [InlineData("watch=TRUE")]
    [InlineData("watch=yes")]
    [InlineData("watch")]
    public async Task WatchFlag_AnyValueButFalseOrZero_Watches(string query)
    {
        var ns = await fixture.NewNamespaceAsync();
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases";

        using var watch = await Api.WatchAsync($"{leases}?{query}");
        await Api.PostAsync(leases, TestObjects.Lease("l", "a"));
        var added = await watch.NextAsync();

        (added.Type, added.Object.Text("metadata.name")).ShouldBe(("ADDED", "l"));
    }

    [Theory]
    [InlineData("watch=False")]
    [InlineData("watch=0")]
    public async Task WatchFlag_FalseOrZero_Lists(string query)
    {
        var ns = await fixture.NewNamespaceAsync();

        var list = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases?{query}");

        (list.Code, list["kind"]).ShouldBe((200, "LeaseList"));
    }

    [Fact]
    public async Task Watch_WithLabelSelector_SeesObjectsEnterAndLeaveTheSelection()
    {
        var ns = await fixture.NewNamespaceAsync();
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases";
        await Api.PostAsync(leases, TestObjects.Lease("l", "a"));

        using var watch = await Api.WatchAsync($"{leases}?watch=true&labelSelector=board%3Dx");
        await Api.PatchAsync($"{leases}/l", "application/merge-patch+json", """{"metadata":{"labels":{"board":"x"}}}""");
        var entered = await watch.NextAsync();
        await Api.PatchAsync($"{leases}/l", "application/merge-patch+json", """{"spec":{"holderIdentity":"b"}}""");
        var changed = await watch.NextAsync();
        var left = await Api.PatchAsync($"{leases}/l", "application/merge-patch+json", """{"metadata":{"labels":{"board":"y"}}}""");
        var exited = await watch.NextAsync();

        entered.Type.ShouldBe("ADDED");
        changed.Type.ShouldBe("MODIFIED");
        exited.Type.ShouldBe("DELETED");
        exited.Object.Text("metadata.labels.board").ShouldBe("x");
        exited.Object.Text("metadata.resourceVersion").ShouldBe(left["metadata.resourceVersion"]);
    }

    [Fact]
    public async Task Watch_OneObjectByName_SeesOnlyThatObject()
    {
        var ns = await fixture.NewNamespaceAsync();
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases";

        using var watch = await Api.WatchAsync($"/apis/coordination.k8s.io/v1/watch/namespaces/{ns}/leases/mine");
        await Api.PostAsync(leases, TestObjects.Lease("other", "a"));
        await Api.PostAsync(leases, TestObjects.Lease("mine", "a"));
        var seen = await watch.NextAsync();

        seen.Object.Text("metadata.name").ShouldBe("mine");
    }

    [Fact]
    public async Task Watch_AsTable_SendsColumnsOnlyWithTheFirstEvent()
    {
        var ns = await fixture.NewNamespaceAsync();
        var pods = $"/api/v1/namespaces/{ns}/pods";

        using var watch = await Api.WatchAsync($"{pods}?watch=true", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        await Api.PostAsync(pods, TestObjects.Pod("cell"));
        var first = await watch.NextAsync();
        var second = await watch.NextAsync();

        watch.ContentType.Replace(" ", "").ShouldBe("application/json;as=Table;v=v1;g=meta.k8s.io");
        first.Object.Text("kind").ShouldBe("Table");
        first.Object["columnDefinitions"]!.AsArray().Select(c => c.Text("name")).ShouldBe(
            ["Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates"]);
        first.Object.Text("rows.0.cells.0").ShouldBe("cell");
        second.Object["columnDefinitions"].ShouldBeNull();
        second.Object.Text("rows.0.object.kind").ShouldBe("PartialObjectMetadata");
    }

    [Fact]
    public async Task Watch_WithTimeoutSeconds_EndsTheStream()
    {
        using var watch = await Api.WatchAsync("/api/v1/namespaces/default/pods?watch=true&timeoutSeconds=1&resourceVersion=0&sendInitialEvents=false&resourceVersionMatch=NotOlderThan");

        (await watch.EndAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue();
    }

    [Fact]
    public async Task Watch_WithSendInitialEvents_EndsTheInitialEventsWithAnAnnotatedBookmark()
    {
        var ns = await fixture.NewNamespaceAsync();
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases";
        await Api.PostAsync(leases, TestObjects.Lease("l", "a"));

        using var watch = await Api.WatchAsync($"{leases}?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true");
        var added = await watch.NextAsync();
        var bookmark = await watch.NextAsync();

        added.Type.ShouldBe("ADDED");
        bookmark.Type.ShouldBe("BOOKMARK");
        bookmark.Object.Text("kind").ShouldBe("Lease");
        bookmark.Object.Text("metadata.annotations.k8s.io/initial-events-end").ShouldBeNull();
        bookmark.Object["metadata"]!["annotations"]!["k8s.io/initial-events-end"]!.GetValue<string>().ShouldBe("true");
    }

    [Fact]
    public async Task Watch_WithSendInitialEventsButNoResourceVersionMatch_IsInvalid()
    {
        var response = await Api.GetAsync("/api/v1/pods?watch=true&sendInitialEvents=true");

        response.Code.ShouldBe(422);
        response["message"].ShouldBe(
            "ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan");
    }
}
