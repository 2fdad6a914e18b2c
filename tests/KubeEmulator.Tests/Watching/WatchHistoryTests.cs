using OrleansLife.KubeEmulator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.KubeEmulator.Tests.Watching;

/// <summary>Watches that need an emulator of their own: a short history, a manual clock, dropped connections.</summary>
public sealed class WatchHistoryTests
{
    [Fact]
    public async Task Watch_FromAResourceVersionTheHistoryNoLongerHolds_GetsAnExpiredErrorEvent()
    {
        await using var emulator = await TestEmulator.StartAsync(configure: o => o.WatchHistorySize = 3);
        var leases = "/apis/coordination.k8s.io/v1/namespaces/default/leases";
        var first = await emulator.Api.PostAsync(leases, TestObjects.Lease("l0", "a"));
        for (var i = 1; i <= 4; i++) await emulator.Api.PostAsync(leases, TestObjects.Lease($"l{i}", "a"));
        var firstVersion = long.Parse(first["metadata.resourceVersion"]!);

        using var watch = await emulator.Api.WatchAsync($"{leases}?watch=true&resourceVersion={firstVersion}");
        var error = await watch.NextAsync();

        watch.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        error.Type.ShouldBe("ERROR");
        error.Object.Raw().ShouldBe(
            $$$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: {{{firstVersion}}} ({{{firstVersion + 1}}})","reason":"Expired","code":410}""");
        (await watch.EndAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Watch_FromAResourceVersionNotYetReached_GetsATooLargeErrorEvent()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var current = long.Parse((await emulator.Api.GetAsync("/api/v1/pods"))["metadata.resourceVersion"]!);

        using var watch = await emulator.Api.WatchAsync($"/api/v1/pods?watch=true&resourceVersion={current + 100}");
        var error = await watch.NextAsync();

        error.Type.ShouldBe("ERROR");
        error.Object.Raw().ShouldBe(
            $$$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too large resource version: {{{current + 100}}}, current: {{{current}}}","reason":"Timeout","details":{"causes":[{"reason":"ResourceVersionTooLarge","message":"Too large resource version"}],"retryAfterSeconds":1},"code":504}""");
    }

    [Fact]
    public async Task Watch_WithBookmarks_GetsABookmarkAtTheCurrentResourceVersionEachInterval()
    {
        var time = new ManualTimeProvider();
        var interval = TimeSpan.FromSeconds(17);
        await using var emulator = await TestEmulator.StartAsync(time, o => o.BookmarkInterval = interval);
        var lease = await emulator.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease("l", "a"));

        using var watch = await emulator.Api.WatchAsync($"/api/v1/pods?watch=true&allowWatchBookmarks=true&resourceVersion={lease["metadata.resourceVersion"]}");
        await time.WaitForTimersAsync(interval);
        time.Advance(interval);
        var bookmark = await watch.NextAsync();

        bookmark.Type.ShouldBe("BOOKMARK");
        bookmark.Object.Raw().ShouldBe(
            $$$"""{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"{{{lease["metadata.resourceVersion"]}}}"}}""");
    }

    [Fact]
    public async Task Watch_WithTimeoutSeconds_EndsWhenTheClockSaysSo()
    {
        var time = new ManualTimeProvider();
        await using var emulator = await TestEmulator.StartAsync(time);

        using var watch = await emulator.Api.WatchAsync("/api/v1/pods?watch=true&timeoutSeconds=41");
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(41));
        time.Advance(TimeSpan.FromSeconds(41));

        (await watch.EndAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task DropWatches_BreaksOpenWatchConnections()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var watch = await emulator.Api.WatchAsync("/api/v1/namespaces/default/pods?watch=true");

        emulator.Emulator.Faults.DropWatches();

        (await watch.EndAsync()).ShouldBeFalse();
    }
}
