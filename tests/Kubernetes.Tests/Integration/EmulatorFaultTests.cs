using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Hosting;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Pods;
using OrleansLife.Testing;

namespace OrleansLife.Kubernetes.Tests.Integration;

/// <summary>The retry policy against the emulator's injected write failures.</summary>
public sealed class EmulatorFaultTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly ManualTimeProvider _time = new();
    private readonly KubeClient _client = fixture.Client(new ManualTimeProvider(), new KubeClientOptions { MaxRetries = 3 });

    public void Dispose() => _client.Dispose();

    private static Pod CellPod(string name) => new()
    {
        Metadata = new ObjectMeta { Name = name },
        Spec = new PodSpec { Containers = [new Container { Name = "cell", Image = "cell:1" }] },
    };

    [Fact]
    public async Task Create_ThrottledWithRetryAfter_IsRetried_AndSucceedsOnce()
    {
        using var client = fixture.Client(_time);
        fixture.Emulator.Faults.FailNextWrites(429, 429);

        var create = client.Pods().CreateAsync(CellPod("throttled-1"));
        for (var i = 0; i < 2; i++)
        {
            await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        (await create.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Name.ShouldBe("throttled-1");
        (client.Metrics.Throttled, client.Metrics.Retries, client.Metrics.CallsByVerb["create"]).ShouldBe((2L, 2L, 3L));
    }

    [Fact]
    public async Task Create_FailingWithAGatewayTimeout_IsNotRetried_SoTheCallerDecides()
    {
        fixture.Emulator.Faults.FailNextWrites(504);

        var thrown = await Should.ThrowAsync<KubeServerException>(() => _client.Pods().CreateAsync(CellPod("timeout-1")));
        var retried = await _client.Pods().CreateAsync(CellPod("timeout-1"));

        (thrown.Reason, _client.Metrics.Retries).ShouldBe(("Timeout", 0L));
        retried.Metadata.Name.ShouldBe("timeout-1");
    }

    [Fact]
    public async Task Patch_FailingWithServerErrors_IsRetried()
    {
        using var client = fixture.Client(_time);
        await client.Pods().CreateAsync(CellPod("patched-1"));
        fixture.Emulator.Faults.FailNextWrites(500, 503);

        var patch = client.Pods().PatchAsync("patched-1", new { metadata = new { labels = new { ok = "yes" } } });
        for (var i = 0; i < 2; i++) _time.Advance(await _time.WaitForTimerAsync(due => due < TimeSpan.FromSeconds(10)));

        (await patch.WaitAsync(TimeSpan.FromSeconds(10))).Metadata.Labels!["ok"].ShouldBe("yes");
        client.Metrics.Retries.ShouldBe(2);
    }
}
