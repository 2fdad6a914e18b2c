using System.Text.Json.Nodes;
using OrleansLife.Kubernetes.Boards;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Leases;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Namespaces;
using OrleansLife.Kubernetes.Pods;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Integration;

/// <summary>The client's operations against the API emulator, which implements the real server's semantics.</summary>
public sealed class EmulatorResourceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly KubeClient _client = fixture.Client();

    public void Dispose() => _client.Dispose();

    private static Pod CellPod(string name, string board = "glider") => new()
    {
        Metadata = new ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["app"] = "cell", ["board"] = board } },
        Spec = new PodSpec { Containers = [new Container { Name = "cell", Image = "ghcr.io/orleanslife/cell:1" }], RestartPolicy = "Never" },
    };

    [Fact]
    public async Task Pod_Lifecycle_CreateGetListPatchDelete()
    {
        var created = await _client.Pods().CreateAsync(CellPod("life-cycle-1", board: "lifecycle"));
        await _client.Pods().CreateAsync(CellPod("life-cycle-2", board: "lifecycle"));

        var read = await _client.Pods().GetAsync("life-cycle-1");
        var listed = await _client.Pods().ListAsync(options: new ListOptions { LabelSelector = "board=lifecycle" });
        var patched = await _client.Pods().PatchAsync("life-cycle-1", new { metadata = new { labels = new { generation = "2" } } });
        var deleted = await _client.Pods().DeleteAsync("life-cycle-1", options: new DeleteOptions { GracePeriodSeconds = 0 });

        (created.Metadata.Namespace, created.Metadata.Uid is { Length: > 0 }, read.Metadata.Uid).ShouldBe(("life", true, created.Metadata.Uid));
        listed.Items.Select(p => p.Metadata.Name).Order().ShouldBe(["life-cycle-1", "life-cycle-2"]);
        patched.Metadata.Labels!["generation"].ShouldBe("2");
        patched.Metadata.Labels["app"].ShouldBe("cell");
        (deleted is null || deleted.Metadata.Name == "life-cycle-1").ShouldBeTrue();
        await Should.ThrowAsync<KubeNotFoundException>(() => _client.Pods().GetAsync("life-cycle-1"));
    }

    [Fact]
    public async Task DeleteCollection_RemovesOnlyTheSelectedPods()
    {
        await _client.Pods().CreateAsync(CellPod("sweep-1", board: "sweep"));
        await _client.Pods().CreateAsync(CellPod("sweep-2", board: "sweep"));
        await _client.Pods().CreateAsync(CellPod("keep-1", board: "keep"));

        await _client.Pods().DeleteCollectionAsync(listOptions: new ListOptions { LabelSelector = "board=sweep" }, options: new DeleteOptions { GracePeriodSeconds = 0 });

        (await _client.Pods().ListAsync(options: new ListOptions { LabelSelector = "board in (sweep,keep)" }))
            .Items.Select(p => p.Metadata.Name).ShouldBe(["keep-1"]);
    }

    [Fact]
    public async Task Errors_AreTyped_AlreadyExistsConflictInvalid()
    {
        var pod = await _client.Pods().CreateAsync(CellPod("errors-1"));

        var exists = await Should.ThrowAsync<KubeAlreadyExistsException>(() => _client.Pods().CreateAsync(CellPod("errors-1")));
        await _client.Pods().PatchAsync("errors-1", new { metadata = new { labels = new { touched = "yes" } } });
        var conflict = await Should.ThrowAsync<KubeConflictException>(() => _client.Pods().ReplaceAsync(pod));
        var invalid = await Should.ThrowAsync<KubeInvalidException>(() =>
            _client.Pods().CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "Not_A_Valid_Name" }, Spec = new PodSpec() }));

        (exists.Reason, conflict.Reason, invalid.Reason).ShouldBe(("AlreadyExists", "Conflict", "Invalid"));
        invalid.Status!.Details!.Causes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Replace_WithTheCurrentResourceVersion_Succeeds()
    {
        var lease = await _client.Leases().CreateAsync(new Lease
        {
            Metadata = new ObjectMeta { Name = "operator-lock" },
            Spec = new LeaseSpec { HolderIdentity = "silo-0", LeaseDurationSeconds = 15, AcquireTime = DateTimeOffset.UtcNow, RenewTime = DateTimeOffset.UtcNow },
        });
        var renewed = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234560);

        lease.Spec!.RenewTime = renewed;
        lease.Spec.LeaseTransitions = 1;
        var replaced = await _client.Leases().ReplaceAsync(lease);

        replaced.Spec!.RenewTime.ShouldBe(renewed);
        replaced.Spec.LeaseTransitions.ShouldBe(1);
        replaced.Metadata.ResourceVersion.ShouldNotBe(lease.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Board_StatusSubresource_ReplaceAndPatch_KeepUnknownFields()
    {
        var board = await _client.Boards().CreateAsync(new Board
        {
            Metadata = new ObjectMeta { Name = "status-board" },
            Spec = new BoardSpec { Width = 8, Height = 8, Topology = "torus", Pattern = "glider" },
        });

        board.Status = new BoardStatus { Phase = "Running", Generation = 1, Population = 5, Cells = [new BoardCell(1, 0), new BoardCell(2, 1)] };
        board.Status.ExtensionData = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["futureCounter"] = System.Text.Json.JsonDocument.Parse("7").RootElement,
        };
        var replaced = await _client.Boards().ReplaceStatusAsync(board);
        var patched = await _client.Boards().PatchStatusAsync("status-board", new { status = new { podsRunning = 5 } });

        replaced.Status!.Cells.ShouldBe([new BoardCell(1, 0), new BoardCell(2, 1)]);
        (patched.Status!.Phase, patched.Status.PodsRunning, patched.Status.Population).ShouldBe(("Running", 5, 5));
        patched.Status.ExtensionData!["futureCounter"].GetInt32().ShouldBe(7);
        patched.Spec!.Pattern.ShouldBe("glider");
    }

    [Fact]
    public async Task Namespace_IsClusterScoped()
    {
        await _client.Namespaces().CreateAsync(new Namespace { Metadata = new ObjectMeta { Name = "scratch" } });

        var all = await _client.Namespaces().ListAsync();

        all.Items.Select(n => n.Metadata.Name).ShouldContain("scratch");
        (await _client.Namespaces().GetAsync("scratch")).Status!.Phase.ShouldBe("Active");
    }

    [Fact]
    public async Task KubeconfigTheEmulatorWrites_LoadsAndConnects()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "kubeconfig");
        await fixture.Emulator.WriteKubeconfigAsync(path, EmulatorFixture.Namespace);

        using var client = new KubeClient(KubeConfigLoader.Load(path));

        client.DefaultNamespace.ShouldBe(EmulatorFixture.Namespace);
        (await client.Namespaces().GetAsync(EmulatorFixture.Namespace)).Metadata.Name.ShouldBe(EmulatorFixture.Namespace);
    }

    [Fact]
    public async Task MergePatch_WithAnExplicitNull_RemovesALabel()
    {
        await _client.Pods().CreateAsync(CellPod("unlabel-1"));

        var patched = await _client.Pods().PatchAsync("unlabel-1", new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["board"] = null } } });

        patched.Metadata.Labels!.ContainsKey("board").ShouldBeFalse();
    }
}
