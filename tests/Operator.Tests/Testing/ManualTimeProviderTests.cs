using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Testing;

/// <summary>The shared fake clock every test project drives time with: if it drifts, their timing tests lie.</summary>
public sealed class ManualTimeProviderTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void Advance_FiresDueTimersInDueOrder_WithTheClockAtEachDueTime_AndRearmsPeriodicOnes()
    {
        var fired = new List<string>();
        var started = _time.GetTimestamp();
        using var periodic = _time.CreateTimer(_ => fired.Add($"p@{_time.GetElapsedTime(started).TotalSeconds}"), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        using var once = _time.CreateTimer(_ => fired.Add($"o@{(_time.GetUtcNow() - ManualTimeProvider.Epoch).TotalSeconds}"), null, TimeSpan.FromSeconds(4), Timeout.InfiniteTimeSpan);

        _time.Advance(TimeSpan.FromSeconds(5.5));

        fired.ShouldBe(["p@1", "p@3", "o@4", "p@5"]);
        _time.GetUtcNow().ShouldBe(ManualTimeProvider.Epoch.AddSeconds(5.5));
        _time.PendingTimers.ShouldBe([TimeSpan.FromSeconds(1)]);
    }

    [Fact]
    public void ChangeToInfinite_AndDispose_StopATimer_AndADisposedTimerCannotBeRearmed()
    {
        var ticks = 0;
        var timer = _time.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(1));
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan).ShouldBeTrue();
        _time.Advance(TimeSpan.FromSeconds(5));
        timer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan).ShouldBeTrue();
        timer.Dispose();
        var rearmed = timer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        _time.Advance(TimeSpan.FromSeconds(5));

        (ticks, rearmed, _time.PendingTimers.Count).ShouldBe((1, false, 0));
    }

    [Fact]
    public async Task ATimerDueNow_FiresWithoutTheClockMoving()
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var timer = _time.CreateTimer(_ => fired.TrySetResult(), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        await fired.Task.WaitAsync(ManualTimeProvider.WaitTimeout);
        _time.GetUtcNow().ShouldBe(ManualTimeProvider.Epoch);
    }

    [Fact]
    public async Task Waits_SeeArmedTimers_AndCountCreatedOnes()
    {
        var delay = Task.Delay(TimeSpan.FromSeconds(3), _time);
        var armed = await _time.WaitForTimerAsync(due => due > TimeSpan.FromSeconds(2));
        var firstCreated = _time.WaitForTimersAsync(TimeSpan.FromSeconds(3));
        var secondCreated = _time.WaitForTimersAsync(TimeSpan.FromSeconds(3), total: 2);

        _time.Advance(armed);
        await delay;
        var secondBeforeAnother = secondCreated.IsCompleted;
        var another = Task.Delay(TimeSpan.FromSeconds(3), _time);
        await secondCreated;

        (armed, firstCreated.IsCompletedSuccessfully, secondBeforeAnother, another.IsCompleted).ShouldBe((TimeSpan.FromSeconds(3), true, false, false));
    }
}
