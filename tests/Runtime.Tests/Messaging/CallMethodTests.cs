using OrleansLife.Runtime.Tests.Support;

namespace OrleansLife.Runtime.Tests.Messaging;

public sealed class CallMethodTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AnExceptionThrownByTheGrain_ReachesTheCaller_WithItsTypeAndMessage()
    {
        await using var silo = new ProbeSilo();

        var error = await Should.ThrowAsync<InvalidOperationException>(silo.Grains.GetGrain<IProbeGrain>("p").FailAsync("no such move"));

        error.Message.ShouldBe("no such move");
    }

    [Fact]
    public async Task AFailedCall_LeavesTheGrainWorking()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");

        await Should.ThrowAsync<InvalidOperationException>(probe.FailAsync("boom"));
        probe.Add(3);

        (await probe.GetAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task ACallThatNeverAnswers_TimesOutAfterTheCallTimeout()
    {
        await using var silo = new ProbeSilo(o => o.CallTimeout = TimeSpan.FromSeconds(5));
        var hanging = silo.Grains.GetGrain<IProbeGrain>("p").HangAsync();

        silo.Clock.Advance(TimeSpan.FromSeconds(4));
        hanging.IsCompleted.ShouldBeFalse();
        silo.Clock.Advance(TimeSpan.FromSeconds(2));

        var error = await Should.ThrowAsync<TimeoutException>(hanging.WaitAsync(Patience));
        error.Message.ShouldBe("probe.hang on probe/p did not answer within 5 s.");
    }

    [Fact]
    public async Task AMethodThatCompletesLater_EndsItsTurn_SoLaterMessagesCanCompleteIt()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");

        var reached = probe.WhenTotalReachesAsync(3);
        probe.Add(1);
        probe.Add(2);

        (await reached.WaitAsync(Patience)).ShouldBe(3);
    }

    [Fact]
    public async Task Statistics_CountCallsFailuresAndActivationsByType()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");
        await probe.GetAsync();
        await probe.GetAsync();
        await Should.ThrowAsync<InvalidOperationException>(probe.FailAsync("x"));
        await silo.Grains.GetGrain<IConcurrentProbeGrain>("q").GetAsync();

        var statistics = silo.Runtime.GetStatistics();

        statistics.ActivationsByType["probe"].ShouldBe(1);
        statistics.ActivationsByType["concurrent-probe"].ShouldBe(1);
        statistics.Activations.ShouldBe(2);
        statistics.CallsByMethod.Single(m => m.Method == "probe.get").Calls.ShouldBe(3);
        statistics.CallsByMethod.Single(m => m.Method == "probe.fail").Failures.ShouldBe(1);
        statistics.MessagesDelivered.ShouldBe(4);
        statistics.PendingCalls.ShouldBe(0);
    }
}
