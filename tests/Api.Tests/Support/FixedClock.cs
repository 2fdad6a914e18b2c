namespace OrleansLife.Api.Tests.Support;

/// <summary>A clock whose wall time stands still, so that a board's createdAt is exact; timers still run in real time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
