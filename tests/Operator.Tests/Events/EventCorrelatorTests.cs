using k8s.Models;
using OrleansLife.Operator.Events;
using OrleansLife.Testing;

namespace OrleansLife.Operator.Tests.Events;

/// <summary>Aggregation and the spam filter, as client-go's event correlator does them, on a manual clock.</summary>
public sealed class EventCorrelatorTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly EventCorrelator _correlator;

    public EventCorrelatorTests() => _correlator = new EventCorrelator(new EventRecorderOptions(), _time);

    private static Corev1Event Event(string board, string reason, string message, string uid = "uid-1") => new()
    {
        Metadata = new V1ObjectMeta { NamespaceProperty = "boards" },
        InvolvedObject = BoardEvents.Reference("boards", board, uid),
        Type = "Normal",
        Reason = reason,
        Message = message,
        Source = new V1EventSource { Component = "orleanslife" },
    };

    [Fact]
    public void FirstEvent_IsCreated_NamedAfterTheObjectAndTheTimeInHexNanoseconds_CountOne()
    {
        var write = _correlator.Correlate(Event("glider", "Started", "Started the board."))!;

        write.IsRepeat.ShouldBeFalse();
        // 2025-01-01T00:00:00Z is 1,735,689,600 s after the epoch: 0x1816687ec0570000 ns.
        write.Event.Metadata.Name.ShouldBe("glider.1816687ec0570000");
        (write.Event.Count, write.Event.FirstTimestamp, write.Event.LastTimestamp).ShouldBe((1, ManualTimeProvider.Epoch.UtcDateTime, ManualTimeProvider.Epoch.UtcDateTime));
    }

    [Fact]
    public void TheSameEventAgain_PatchesTheFirst_WithCountTwo_AndTheNewLastTimestamp()
    {
        var first = _correlator.Correlate(Event("glider", "PodWriteFailed", "Could not create pod glider-1-1: Forbidden"))!;
        _time.Advance(TimeSpan.FromSeconds(30));

        var again = _correlator.Correlate(Event("glider", "PodWriteFailed", "Could not create pod glider-1-1: Forbidden"))!;

        again.IsRepeat.ShouldBeTrue();
        again.Event.Metadata.Name.ShouldBe(first.Event.Metadata.Name);
        (again.Event.Count, again.Event.FirstTimestamp, again.Event.LastTimestamp).ShouldBe(
            (2, ManualTimeProvider.Epoch.UtcDateTime, ManualTimeProvider.Epoch.AddSeconds(30).UtcDateTime));
    }

    [Fact]
    public void AnotherMessage_OrAnotherObject_IsAnEventOfItsOwn()
    {
        var first = _correlator.Correlate(Event("glider", "Paused", "one"))!;
        var otherMessage = _correlator.Correlate(Event("glider", "Paused", "two"))!;
        var otherObject = _correlator.Correlate(Event("glider", "Paused", "one", uid: "uid-2"))!;

        (otherMessage.IsRepeat, otherObject.IsRepeat).ShouldBe((false, false));
        new[] { first, otherMessage, otherObject }.Select(w => w.Event.Metadata.Name).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void TenSimilarMessages_AreCombined_IntoOneEvent_ThatLaterOnesCount()
    {
        var writes = Enumerable.Range(1, 12)
            .Select(i => _correlator.Correlate(Event("glider", "PodWriteFailed", $"Could not create pod glider-{i}-1: Forbidden"))!)
            .ToList();

        writes.Take(9).ShouldAllBe(w => !w.IsRepeat && !w.Event.Message.StartsWith(EventCorrelator.CombinedPrefix));
        writes[9].IsRepeat.ShouldBeFalse();
        writes[9].Event.Message.ShouldBe(EventCorrelator.CombinedPrefix + "Could not create pod glider-10-1: Forbidden");
        (writes[11].IsRepeat, writes[11].Event.Metadata.Name, writes[11].Event.Count).ShouldBe((true, writes[9].Event.Metadata.Name, 3));
        writes[11].Event.Message.ShouldBe(EventCorrelator.CombinedPrefix + "Could not create pod glider-12-1: Forbidden");
    }

    [Fact]
    public void SpamFilter_LetsAnObjectBurst25_ThenOneEventEveryFiveMinutes_WithoutHoldingBackOthers()
    {
        var sent = Enumerable.Range(1, 30).Count(i => _correlator.Correlate(Event("flat-out", $"Reason{i}", "m")) is not null);
        var other = _correlator.Correlate(Event("quiet", "Started", "m"));
        _time.Advance(TimeSpan.FromMinutes(4));
        var tooSoon = _correlator.Correlate(Event("flat-out", "Late", "m"));
        _time.Advance(TimeSpan.FromMinutes(1));
        var refilled = _correlator.Correlate(Event("flat-out", "Later", "m"));
        var spent = _correlator.Correlate(Event("flat-out", "Latest", "m"));

        sent.ShouldBe(25);
        other.ShouldNotBeNull();
        tooSoon.ShouldBeNull();
        refilled.ShouldNotBeNull();
        spent.ShouldBeNull();
    }

    [Fact]
    public void SpamFilter_StillCounts_WhatItHeldBack()
    {
        var correlator = new EventCorrelator(new EventRecorderOptions { Burst = 1 }, _time);
        correlator.Correlate(Event("glider", "PodWriteFailed", "x")).ShouldNotBeNull();
        correlator.Correlate(Event("glider", "PodWriteFailed", "x")).ShouldBeNull();
        _time.Advance(TimeSpan.FromMinutes(5));

        var next = correlator.Correlate(Event("glider", "PodWriteFailed", "x"))!;

        (next.IsRepeat, next.Event.Count).ShouldBe((true, 3));
    }
}
