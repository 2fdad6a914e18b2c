using OrleansLife.KubeEmulator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.KubeEmulator.Tests.Persistence;

/// <summary>State that survives a restart through the persistence file.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kube-state-").FullName;

    private string StatePath => Path.Combine(_directory, "state.json");

    [Fact]
    public async Task Restart_RestoresObjects_AndContinuesTheResourceVersionCounter()
    {
        string uid;
        long lastVersion;
        await using (var first = await TestEmulator.StartAsync(configure: o => o.PersistencePath = StatePath))
        {
            var board = await first.Api.PostAsync("/apis/orleanslife.io/v1/namespaces/default/boards", TestObjects.Board("glider"));
            await first.Api.PatchAsync("/apis/orleanslife.io/v1/namespaces/default/boards/glider/status", "application/merge-patch+json",
                """{"status":{"generation":42,"cells":[[1,2],[2,3]]}}""");
            var lease = await first.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease("leader", "silo-1"));
            uid = board["metadata.uid"]!;
            lastVersion = long.Parse(lease["metadata.resourceVersion"]!);
        }

        await using var second = await TestEmulator.StartAsync(configure: o => o.PersistencePath = StatePath);
        var restored = await second.Api.GetAsync("/apis/orleanslife.io/v1/namespaces/default/boards/glider");
        var created = await second.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease("other", "silo-2"));
        using var tooOld = await second.Api.WatchAsync($"/apis/coordination.k8s.io/v1/leases?watch=true&resourceVersion={lastVersion - 1}");

        restored["metadata.uid"].ShouldBe(uid);
        restored.Json["status"]!["cells"]!.Raw().ShouldBe("[[1,2],[2,3]]");
        long.Parse(created["metadata.resourceVersion"]!).ShouldBe(lastVersion + 1);
        (await tooOld.NextAsync()).Object.Text("reason").ShouldBe("Expired");
    }

    [Fact]
    public async Task AnEmptyStatePath_KeepsTheStateInMemory_AndARestartStartsEmpty()
    {
        // The standalone emulator's `--state ""`: no file anywhere, not even in the working directory.
        await using (var first = await TestEmulator.StartAsync(configure: o => o.PersistencePath = ""))
            await first.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease("leader", "silo-1"));

        await using var second = await TestEmulator.StartAsync(configure: o => o.PersistencePath = "");
        (await second.Api.GetAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases/leader")).Code.ShouldBe(404);
    }

    [Fact]
    public async Task Changes_AreWrittenAfterTheDebounceInterval()
    {
        var time = new ManualTimeProvider();
        var debounce = TimeSpan.FromMilliseconds(1234);
        await using var emulator = await TestEmulator.StartAsync(time, o =>
        {
            o.PersistencePath = StatePath;
            o.PersistenceDebounce = debounce;
        });
        await time.WaitForTimersAsync(debounce);
        time.Advance(debounce);
        var before = await File.ReadAllTextAsync(StatePath);

        await emulator.Api.PostAsync("/apis/coordination.k8s.io/v1/namespaces/default/leases", TestObjects.Lease("leader", "silo-1"));
        var unchanged = await File.ReadAllTextAsync(StatePath);
        await time.WaitForTimersAsync(debounce, 2);
        time.Advance(debounce);
        var after = await File.ReadAllTextAsync(StatePath);

        before.ShouldNotContain("leader");
        unchanged.ShouldBe(before);
        after.ShouldContain("\"holderIdentity\":\"silo-1\"");
        Directory.GetFiles(_directory).Select(Path.GetFileName).Order().ShouldBe(["state.json", "state.json.lock"]);
    }

    [Fact]
    public async Task SecondEmulatorOnTheSameState_FailsToStart_UntilTheFirstStops()
    {
        var first = await TestEmulator.StartAsync(configure: o => o.PersistencePath = StatePath);

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => TestEmulator.StartAsync(configure: o => o.PersistencePath = StatePath));
        await first.DisposeAsync();
        await using var second = await TestEmulator.StartAsync(configure: o => o.PersistencePath = StatePath);

        refused.Message.ShouldStartWith($"Another Kubernetes API emulator keeps its state in {StatePath}");
        (await second.Api.GetAsync("/api/v1/namespaces/default")).Code.ShouldBe(200);
        File.Exists(StatePath + ".lock").ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
