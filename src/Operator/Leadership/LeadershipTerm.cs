namespace OrleansLife.Operator.Leadership;

/// <summary>One stretch of leading: ends when the silo stops, or when it loses the lease (then <see cref="Lost"/>).</summary>
public sealed class LeadershipTerm(CancellationToken ending)
{
    /// <summary>Cancelled when the term ends.</summary>
    public CancellationToken Ending { get; } = ending;

    /// <summary>True when the term ended because another silo may lead now: whatever this one writes then could undo its work.</summary>
    public bool Lost { get; internal set; }
}
