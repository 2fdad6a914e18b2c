using OrleansLife.Operator.Client;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Client;

public class TokenBucketTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void Burst_IsFree_ThenEachRequestWaitsOneMoreRefillInterval()
    {
        var bucket = new TokenBucket(qps: 2, burst: 3, _time);

        var waits = Enumerable.Range(0, 6).Select(_ => bucket.Reserve().TotalSeconds).ToList();

        waits.ShouldBe([0, 0, 0, 0.5, 1.0, 1.5]);
    }

    [Fact]
    public void Tokens_RefillAtQps()
    {
        var bucket = new TokenBucket(qps: 4, burst: 2, _time);
        bucket.Reserve();
        bucket.Reserve();

        _time.Advance(TimeSpan.FromSeconds(0.25));

        bucket.Reserve().ShouldBe(TimeSpan.Zero);
        bucket.Reserve().ShouldBe(TimeSpan.FromSeconds(0.25));
    }

    [Fact]
    public void Refill_StopsAtTheBurst()
    {
        var bucket = new TokenBucket(qps: 10, burst: 2, _time);

        _time.Advance(TimeSpan.FromHours(1));

        bucket.Reserve().ShouldBe(TimeSpan.Zero);
        bucket.Reserve().ShouldBe(TimeSpan.Zero);
        bucket.Reserve().ShouldBe(TimeSpan.FromSeconds(0.1));
    }

    [Fact]
    public void IsAvailable_TakesNothing_AndSaysWhenTheNextTokenIsDue()
    {
        var bucket = new TokenBucket(qps: 4, burst: 1, _time);

        bucket.IsAvailable(out var wait).ShouldBeTrue();
        wait.ShouldBe(TimeSpan.Zero);
        bucket.IsAvailable(out _).ShouldBeTrue();
        bucket.Reserve();
        bucket.IsAvailable(out wait).ShouldBeFalse();
        wait.ShouldBe(TimeSpan.FromSeconds(0.25));

        _time.Advance(TimeSpan.FromSeconds(0.1));
        bucket.IsAvailable(out wait).ShouldBeFalse();
        wait.TotalSeconds.ShouldBe(0.15, tolerance: 1e-9);
        _time.Advance(TimeSpan.FromSeconds(0.15));
        bucket.IsAvailable(out _).ShouldBeTrue();
    }

    [Fact]
    public async Task WaitAsync_CompletesWhenTheTokenIsDue()
    {
        var bucket = new TokenBucket(qps: 1, burst: 1, _time);
        await bucket.WaitAsync(CancellationToken.None);

        var waiting = bucket.WaitAsync(CancellationToken.None).AsTask();
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        waiting.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task CancelledWait_HandsItsTokenBack()
    {
        var bucket = new TokenBucket(qps: 1, burst: 1, _time);
        bucket.Reserve();
        using var cancel = new CancellationTokenSource();

        var waiting = bucket.WaitAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(waiting);
        bucket.Reserve().ShouldBe(TimeSpan.FromSeconds(1));
    }
}
