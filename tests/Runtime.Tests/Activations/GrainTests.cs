using OrleansLife.Runtime.Activations;
using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Tests.Support;

namespace OrleansLife.Runtime.Tests.Activations;

public sealed class GrainTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ManySenders_OneKey_ReachOneActivation_WhoseTurnsNeverOverlap(bool concurrentMailbox)
    {
        await using var silo = new ProbeSilo();
        IProbeGrain probe = concurrentMailbox ? silo.Grains.GetGrain<IConcurrentProbeGrain>("p") : silo.Grains.GetGrain<IProbeGrain>("p");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++) probe.Add(1);
        })));

        (await probe.WhenTotalReachesAsync(40_000).WaitAsync(Patience)).ShouldBe(40_000);
        (await probe.MostConcurrentTurnsAsync()).ShouldBe(1);
        silo.Runtime.CountActivations(concurrentMailbox ? "concurrent-probe" : "probe").ShouldBe(1);
        silo.Journal.Activated.Count.ShouldBe(1);
    }

    [Fact]
    public async Task DistinctKeys_GetDistinctActivations()
    {
        await using var silo = new ProbeSilo();

        foreach (var key in new[] { "a", "b", "c" }) silo.Grains.GetGrain<IProbeGrain>(key).Add(key.Length);
        var numbers = await Task.WhenAll(new[] { "a", "b", "c" }.Select(k => silo.Grains.GetGrain<IProbeGrain>(k).ActivationNumberAsync()));

        numbers.Order().ShouldBe([1, 2, 3]);
        silo.Runtime.CountActivations("probe").ShouldBe(3);
    }

    [Fact]
    public async Task DeactivateOnIdle_RunsOnDeactivate_AndTheNextMessageActivatesAFreshGrain()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");
        probe.Add(5);
        (await probe.GetAsync()).ShouldBe(5);

        probe.DeactivateSoon();
        (await silo.Journal.NextDeactivationAsync()).ShouldBe(("p", DeactivationReason.Requested));

        (await probe.GetAsync()).ShouldBe(0);
        (await probe.ActivationNumberAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task MessagesArrivingDuringDeactivation_AreDeliveredToTheNextActivation()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");
        var hold = new TaskCompletionSource();
        silo.Journal.HoldDeactivation = hold.Task;
        probe.Add(1);
        (await probe.GetAsync()).ShouldBe(1);

        probe.DeactivateSoon();
        await silo.Journal.DeactivationStarted.Task.WaitAsync(Patience);
        var reply = probe.GetAsync();
        probe.Add(2);
        hold.SetResult();

        (await silo.Journal.NextDeactivationAsync()).Reason.ShouldBe(DeactivationReason.Requested);
        // Forwarded in the order sent, to a fresh activation: the read comes before the addition.
        (await reply.WaitAsync(Patience)).ShouldBe(0);
        (await probe.WhenTotalReachesAsync(2).WaitAsync(Patience)).ShouldBe(2);
        (await probe.ActivationNumberAsync()).ShouldBe(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MessagesFromOneSender_StayInOrder_AcrossManyDeactivations(bool concurrentMailbox)
    {
        await using var silo = new ProbeSilo();
        IProbeGrain probe = concurrentMailbox ? silo.Grains.GetGrain<IConcurrentProbeGrain>("p") : silo.Grains.GetGrain<IProbeGrain>("p");
        const int Messages = 50_000;
        silo.Journal.SequenceEnd = Messages;

        // A dedicated thread: a busy pool thread would keep the grain's work item in its own local queue until done.
        await Task.Factory.StartNew(() =>
        {
            for (var sequence = 1; sequence <= Messages; sequence++)
            {
                probe.Observe(sequence);
                // Deactivation races the next messages: some arrive while the activation ends and must be handed on.
                // The pause is load shaping, not waiting: it lets the mailbox drain so that deactivation begins.
                if (sequence % 50 != 0) continue;
                probe.DeactivateSoon();
                Thread.SpinWait(sequence % 100 == 0 ? 20_000 : 2_000);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        await silo.Journal.SequenceDone.Task.WaitAsync(Patience);
        silo.Journal.OutOfOrder.ShouldBe(0);
        silo.Journal.Activated.Count.ShouldBeGreaterThan(10, $"activations: {silo.Journal.Activated.Count}, deactivations: {silo.Journal.Deactivated.Reader.Count}, delivered: {silo.Runtime.GetStatistics().MessagesDelivered}");
    }

    [Fact]
    public async Task AnActivationIdleForTheCollectionAge_IsDeactivated()
    {
        await using var silo = new ProbeSilo(o => o.CollectionAge = TimeSpan.FromMinutes(1));
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");
        (await probe.GetAsync()).ShouldBe(0);

        silo.Clock.Advance(TimeSpan.FromSeconds(59));
        silo.Journal.Deactivated.Reader.TryPeek(out _).ShouldBeFalse();
        silo.Clock.Advance(TimeSpan.FromSeconds(3));

        (await silo.Journal.NextDeactivationAsync()).ShouldBe(("p", DeactivationReason.Idle));
        silo.Runtime.CountActivations("probe").ShouldBe(0);
    }

    [Fact]
    public async Task AnActivationIdleForTwoHousekeepingPasses_GivesBackItsMailboxBuffer_AndStillWorks()
    {
        await using var silo = new ProbeSilo();
        var probe = silo.Grains.GetGrain<IProbeGrain>("p");
        probe.Add(1);
        (await probe.GetAsync()).ShouldBe(1);
        var activation = silo.Runtime.FindActivation(new GrainId(new GrainType("probe"), GrainKey.FromString("p")))!;
        activation.MailboxCapacity.ShouldBe(2);

        silo.Clock.Advance(silo.Options.CollectionInterval * 3);

        activation.MailboxCapacity.ShouldBe(0);
        probe.Add(2);
        (await probe.GetAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task StopAsync_DeactivatesEveryActivation_WithReasonShutdown()
    {
        var silo = new ProbeSilo();
        await silo.Grains.GetGrain<IProbeGrain>("a").GetAsync();
        await silo.Grains.GetGrain<IConcurrentProbeGrain>("b").GetAsync();

        await silo.Runtime.StopAsync(CancellationToken.None).WaitAsync(Patience);

        var reasons = new[] { await silo.Journal.NextDeactivationAsync(), await silo.Journal.NextDeactivationAsync() };
        reasons.OrderBy(r => r.Key).ShouldBe([("a", DeactivationReason.Shutdown), ("b", DeactivationReason.Shutdown)]);
        silo.Runtime.GetStatistics().Activations.ShouldBe(0);
        await silo.DisposeAsync();
    }
}
