using OrleansLife.Runtime.Tests.Support;

namespace OrleansLife.Runtime.Tests.Timers;

public sealed class GrainTimerTests
{
    [Fact]
    public async Task ATimer_TicksOncePerPeriod_AsTurnsOfItsGrain()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");
        await probe.StartTimerAsync(TimeSpan.FromSeconds(1));

        for (var second = 0; second < 3; second++)
        {
            silo.Clock.Advance(TimeSpan.FromSeconds(1));
            // The tick is queued behind nothing else, so a call made after it sees its effect.
            (await probe.TimerTicksAsync()).ShouldBe(second + 1);
        }
    }

    [Fact]
    public async Task ATimer_StopsWhenItsGrainDeactivates()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");
        await probe.StartTimerAsync(TimeSpan.FromSeconds(1));
        probe.DeactivateSoon();
        await silo.Journal.NextDeactivationAsync();

        silo.Clock.Advance(TimeSpan.FromSeconds(5));

        (await probe.TimerTicksAsync()).ShouldBe(0);
        silo.Journal.Activated.Count.ShouldBe(2);
    }
}
