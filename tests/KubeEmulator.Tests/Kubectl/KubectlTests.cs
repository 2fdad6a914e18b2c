using OrleansLife.Testing.Tools;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Kubectl;

/// <summary>
/// The real kubectl against the emulator, asserting what it prints: the emulator is right when kubectl reads it
/// exactly as it reads a real cluster. The clock is manual, so even the AGE column is exact.
/// </summary>
public sealed class KubectlTests
{
    [Fact]
    public async Task GetPods_WithLabelSelector_PrintsReadyStatusRestartsAndAge()
    {
        await using var session = await KubectlSession.StartAsync();
        await session.CreatePodAsync(TestObjects.Pod("cell-a", new JsonObject { ["orleanslife.io/board"] = "x" }));
        session.Time.Advance(TimeSpan.FromSeconds(92));
        await session.CreatePodAsync(TestObjects.Pod("cell-b", new JsonObject { ["orleanslife.io/board"] = "x" }));
        await session.CreatePodAsync(TestObjects.Pod("other", new JsonObject { ["orleanslife.io/board"] = "y" }));
        session.Time.Advance(TimeSpan.FromSeconds(2));

        var result = await session.RunAsync("get", "pods", "-l", "orleanslife.io/board=x");

        result.Stderr.ShouldBeEmpty();
        result.Lines.ShouldBe(
        [
            "NAME     READY   STATUS    RESTARTS   AGE",
            "cell-a   1/1     Running   0          94s",
            "cell-b   0/1     Pending   0          2s",
        ]);
    }

    [Fact]
    public async Task ApplyCrdAndGlider_ThenGetBoards_PrintsThePrinterColumns()
    {
        await using var session = await KubectlSession.StartAsync(installBoardCrd: false);

        var crd = await session.RunAsync("apply", "-f", RepositoryPaths.BoardCrd);
        var board = await session.RunAsync("apply", "-f", RepositoryPaths.Example("glider"));
        var status = await session.Api.PatchAsync("/apis/orleanslife.io/v1/namespaces/default/boards/glider/status", "application/merge-patch+json",
            """{"status":{"phase":"Running","generation":12,"population":5,"podsDesired":5,"podsExisting":5,"podsRunning":4}}""");
        session.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(7));
        var boards = await session.RunAsync("get", "boards");

        crd.Stdout.ShouldBe("customresourcedefinition.apiextensions.k8s.io/boards.orleanslife.io created\n");
        board.Stdout.ShouldBe("board.orleanslife.io/glider created\n");
        status.Code.ShouldBe(200);
        boards.Lines.ShouldBe(
        [
            "NAME     GENERATION   POPULATION   PODS   RUNNING   PHASE     AGE",
            "glider   12           5            5      4         Running   3m7s",
        ]);
    }

    [Fact]
    public async Task DeleteBoard_DeletesTheBoardsPods()
    {
        await using var session = await KubectlSession.StartAsync();
        var board = await session.Api.PostAsync("/apis/orleanslife.io/v1/namespaces/default/boards", TestObjects.Board("glider"));
        var labels = new JsonObject { ["orleanslife.io/board"] = "glider" };
        await session.CreatePodAsync(TestObjects.Pod("glider-1-2", labels.DeepClone().AsObject(), TestObjects.OwnedBy(board.Json)));
        await session.CreatePodAsync(TestObjects.Pod("glider-2-3", labels.DeepClone().AsObject(), TestObjects.OwnedBy(board.Json)));
        session.Time.Advance(KubectlSession.RunningDelay);

        var deleted = await session.RunAsync("delete", "board", "glider");
        var gone = await session.RunAsync("wait", "--for=delete", "pod", "-l", "orleanslife.io/board=glider", "--timeout=20s");
        var pods = await session.RunAsync("get", "pods");

        deleted.Stdout.ShouldBe("board.orleanslife.io \"glider\" deleted\n");
        gone.ExitCode.ShouldBe(0, gone.Stderr);
        pods.Stdout.ShouldBeEmpty();
        pods.Stderr.ShouldBe("No resources found in default namespace.\n");
    }

    [Fact]
    public async Task GetPodsWatch_ShowsACreationAndADeletion()
    {
        await using var session = await KubectlSession.StartAsync();
        using var watch = session.Kubectl.Stream("get", "pods", "--watch", "--output-watch-events");

        var created = await session.Api.PostAsync("/api/v1/namespaces/default/pods", TestObjects.Pod("watched"));
        var added = await watch.WaitForLineAsync(line => line.Contains("watched", StringComparison.Ordinal));
        var deleted = await session.Api.DeleteAsync("/api/v1/namespaces/default/pods/watched", new JsonObject { ["gracePeriodSeconds"] = 0 });
        var removed = await watch.WaitForLineAsync(line => line.StartsWith("DELETED", StringComparison.Ordinal));

        created.Code.ShouldBe(201);
        deleted.Code.ShouldBe(200);
        Words(added).ShouldBe(["ADDED", "watched", "0/1", "Pending", "0", "0s"]);
        Words(removed).ShouldBe(["DELETED", "watched", "0/1", "Pending", "0", "0s"]);
    }

    // The EVENT column is as wide as the widest event kubectl has buffered, so only the words are compared.
    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task GetPodsOutputJson_IsAListOfPods()
    {
        await using var session = await KubectlSession.StartAsync();
        await session.CreatePodAsync(TestObjects.Pod("cell-0-0"));
        session.Time.Advance(KubectlSession.RunningDelay);

        var result = await session.RunAsync("get", "pods", "-o", "json");
        var list = JsonNode.Parse(result.Stdout)!;

        list.Text("kind").ShouldBe("List");
        list.Text("apiVersion").ShouldBe("v1");
        list.Text("items.0.kind").ShouldBe("Pod");
        list.Text("items.0.metadata.name").ShouldBe("cell-0-0");
        list.Text("items.0.status.phase").ShouldBe("Running");
        list.Text("items.0.status.podIP").ShouldBe("10.244.0.1");
        list.Text("items.0.spec.nodeName").ShouldBe("orleanslife-node");
    }

    [Fact]
    public async Task GetNamespaces_ListsTheSystemNamespaces()
    {
        await using var session = await KubectlSession.StartAsync();
        session.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(5));

        var result = await session.RunAsync("get", "ns");

        result.Lines.ShouldBe(
        [
            "NAME              STATUS   AGE",
            "default           Active   125m",
            "kube-node-lease   Active   125m",
            "kube-public       Active   125m",
            "kube-system       Active   125m",
        ]);
    }

    [Fact]
    public async Task GetLeases_PrintsTheHolder()
    {
        await using var session = await KubectlSession.StartAsync();
        await session.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease("silo-leader", "silo-1"));

        var result = await session.RunAsync("get", "leases");

        result.Lines.ShouldBe(
        [
            "NAME          HOLDER   AGE",
            "silo-leader   silo-1   0s",
        ]);
    }

    [Fact]
    public async Task GetNodes_ShowsTheFakeNodeReady()
    {
        await using var session = await KubectlSession.StartAsync();
        session.Time.Advance(TimeSpan.FromDays(3));

        var result = await session.RunAsync("get", "nodes", "-o", "wide");

        result.Lines.ShouldBe(
        [
            "NAME               STATUS   ROLES   AGE   VERSION       INTERNAL-IP   EXTERNAL-IP   OS-IMAGE    KERNEL-VERSION   CONTAINER-RUNTIME",
            "orleanslife-node   Ready    agent   3d    kwok-v0.7.0   10.0.0.1      <none>        <unknown>   <unknown>        kwok-v0.7.0",
        ]);
    }

    [Fact]
    public async Task GetCrds_PrintsCreatedAt()
    {
        await using var session = await KubectlSession.StartAsync();

        var result = await session.RunAsync("get", "crds");

        result.Lines.ShouldBe(
        [
            "NAME                    CREATED AT",
            "boards.orleanslife.io   2025-01-01T00:00:00Z",
        ]);
    }

    [Fact]
    public async Task GetMissingPod_PrintsNotFoundError()
    {
        await using var session = await KubectlSession.StartAsync();

        var result = await session.RunAsync("get", "pod", "nope");

        result.ExitCode.ShouldBe(1);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldBe("Error from server (NotFound): pods \"nope\" not found\n");
    }
}
