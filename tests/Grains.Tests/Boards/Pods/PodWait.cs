namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>A lockstep board waiting for the pods of <see cref="Generation"/>; the test (or the fake) ends the wait.</summary>
public sealed record PodWait(long Generation, bool WaitForRunning, TimeSpan Timeout)
{
    // Continuations run inline, so that the board's message about the outcome is queued by the time Shown returns:
    // a round trip through the board's mailbox afterwards proves the board has heard it.
    public TaskCompletionSource<bool> Done { get; } = new();

    /// <summary>Ends the wait: in time, or timed out.</summary>
    public void Shown(bool inTime) => Done.SetResult(inTime);
}
