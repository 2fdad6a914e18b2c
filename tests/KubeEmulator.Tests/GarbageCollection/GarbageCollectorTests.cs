using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.GarbageCollection;

/// <summary>Owner-reference garbage collection with each propagation policy, observed through watches.</summary>
public sealed class GarbageCollectorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task DeletingAnOwner_InTheBackground_DeletesItsDependents()
    {
        var (ns, board) = await BoardWithPodsAsync("a", "b");
        using var watch = await Api.WatchAsync($"/api/v1/namespaces/{ns}/pods?watch=true&resourceVersion={board["metadata.resourceVersion"]}");
        await SkipAsync(watch, 2);

        await Api.DeleteAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider", new JsonObject { ["propagationPolicy"] = "Background" });

        var deleted = await NamesDeletedAsync(watch, 2);
        deleted.ShouldBe(["a", "b"], ignoreOrder: true);
    }

    [Fact]
    public async Task DeletingAnOwner_InTheForeground_DeletesDependentsFirst()
    {
        var (ns, _) = await BoardWithPodsAsync("a");
        var path = $"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider";
        using var watch = await Api.WatchAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards?watch=true");
        await watch.NextAsync();

        var deleting = await Api.DeleteAsync(path, new JsonObject { ["propagationPolicy"] = "Foreground" });
        var gone = await WaitForAsync(watch, "DELETED");
        var pods = await Api.GetAsync($"/api/v1/namespaces/{ns}/pods");

        deleting.Json["metadata"]!["finalizers"]!.Raw().ShouldBe("""["foregroundDeletion"]""");
        gone.Text("metadata.name").ShouldBe("glider");
        pods.Json["items"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task DeletingAnOwner_WithOrphan_LeavesDependentsWithoutTheReference()
    {
        var (ns, _) = await BoardWithPodsAsync("a");
        using var watch = await Api.WatchAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards?watch=true");
        await watch.NextAsync();

        await Api.DeleteAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider", new JsonObject { ["propagationPolicy"] = "Orphan" });
        await WaitForAsync(watch, "DELETED");
        var pod = await Api.GetAsync($"/api/v1/namespaces/{ns}/pods/a");

        pod.Code.ShouldBe(200);
        pod.Json.Select("metadata.ownerReferences").ShouldBeNull();
    }

    [Fact]
    public async Task ADependentWhoseOwnerIsAbsent_IsDeleted()
    {
        var ns = await fixture.NewNamespaceAsync();
        var ghost = TestObjects.Board("ghost");
        ghost["metadata"]!["uid"] = Guid.NewGuid().ToString();
        using var watch = await Api.WatchAsync($"/api/v1/namespaces/{ns}/pods?watch=true");

        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("orphan", ownerReferences: TestObjects.OwnedBy(ghost)));
        var deleted = await WaitForAsync(watch, "DELETED");

        deleted.Text("metadata.name").ShouldBe("orphan");
    }

    private async Task<(string Namespace, ApiResponse Board)> BoardWithPodsAsync(params string[] pods)
    {
        var ns = await fixture.NewNamespaceAsync();
        var board = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("glider"));
        foreach (var pod in pods)
        {
            var created = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod(pod, ownerReferences: TestObjects.OwnedBy(board.Json)));
            created.Code.ShouldBe(201, created.Text);
        }
        return (ns, board);
    }

    private static async Task SkipAsync(WatchReader watch, int count)
    {
        for (var i = 0; i < count; i++) await watch.NextAsync();
    }

    private static async Task<List<string?>> NamesDeletedAsync(WatchReader watch, int count)
    {
        var names = new List<string?>();
        while (names.Count < count) names.Add((await WaitForAsync(watch, "DELETED")).Text("metadata.name"));
        return names;
    }

    private static async Task<JsonObject> WaitForAsync(WatchReader watch, string type)
    {
        while (true)
        {
            var next = await watch.NextAsync();
            if (next.Type == type) return next.Object;
        }
    }
}
