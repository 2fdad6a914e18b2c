using OrleansLife.KubeEmulator.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.KubeEmulator.Tests.Faults;

/// <summary>Injected latency and failing writes, as a client under test would meet them.</summary>
public sealed class FaultInjectorTests
{
    private const string Leases = "/apis/coordination.k8s.io/v1/namespaces/default/leases";

    [Fact]
    public async Task FailNextWrites_AnswersTheScriptedCodes_ThenRecovers()
    {
        await using var emulator = await TestEmulator.StartAsync(configure: o => o.Faults.RetryAfter = TimeSpan.FromSeconds(3));
        emulator.Emulator.Faults.FailNextWrites(429, 500);

        var throttled = await emulator.Api.PostAsync(Leases, TestObjects.Lease("l", "a"));
        var read = await emulator.Api.GetAsync(Leases);
        var broken = await emulator.Api.PostAsync(Leases, TestObjects.Lease("l", "a"));
        var accepted = await emulator.Api.PostAsync(Leases, TestObjects.Lease("l", "a"));

        throttled.Code.ShouldBe(429);
        throttled.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(3));
        throttled.Text.ShouldBe(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"retryAfterSeconds":3},"code":429}""");
        read.Code.ShouldBe(200);
        broken.Code.ShouldBe(500);
        broken["reason"].ShouldBe("InternalError");
        broken["message"].ShouldBe("Internal error occurred: injected fault");
        accepted.Code.ShouldBe(201);
    }

    [Fact]
    public async Task WriteFailureRate_OfOne_FailsEveryWrite_ButNoRead()
    {
        await using var emulator = await TestEmulator.StartAsync(configure: o =>
        {
            o.Faults.WriteFailureRate = 1;
            o.Faults.WriteFailureStatusCode = 500;
        });

        var writes = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => emulator.Api.PostAsync(Leases, TestObjects.Lease($"l{i}", "a"))));
        var read = await emulator.Api.GetAsync(Leases);

        writes.Select(w => w.Code).ShouldAllBe(code => code == 500);
        read.Code.ShouldBe(200);
        read.Json["items"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task WriteFailureRate_WithASeed_FailsTheSameWritesEveryRun()
    {
        async Task<string> RunAsync()
        {
            await using var emulator = await TestEmulator.StartAsync(configure: o =>
            {
                o.Faults.WriteFailureRate = 0.5;
                o.Faults.Seed = 7;
            });
            var codes = new List<int>();
            for (var i = 0; i < 12; i++) codes.Add((await emulator.Api.PostAsync(Leases, TestObjects.Lease($"l{i}", "a"))).Code);
            return string.Join(",", codes);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        second.ShouldBe(first);
        first.ShouldContain("429");
        first.ShouldContain("201");
    }

    [Fact]
    public async Task RequestLatency_HoldsEveryAnswerForTheConfiguredTime()
    {
        var time = new ManualTimeProvider();
        var latency = TimeSpan.FromSeconds(5);
        await using var emulator = await TestEmulator.StartAsync(time, o => o.Faults.RequestLatency = latency);

        var pending = emulator.Api.GetAsync("/version");
        await time.WaitForTimersAsync(latency);
        var answeredEarly = pending.IsCompleted;
        time.Advance(latency);
        var response = await pending;

        answeredEarly.ShouldBeFalse();
        response.Code.ShouldBe(200);
    }
}
