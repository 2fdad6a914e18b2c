namespace OrleansLife.Operator.Reconciliation;

/// <summary>
/// A write the API server confirmed but the watch has not shown yet. Until it does, the reconciler trusts the write
/// rather than its cache, which is what keeps it from writing the same change twice.
/// </summary>
/// <param name="Board">The pod's board.</param>
/// <param name="Exists">True after a create (the pod exists), false after a delete (it is going).</param>
/// <param name="Uid">The pod's uid, when the answer named it.</param>
/// <param name="ResourceVersion">The write's resource version: once the watch has passed it, the cache shows the write.</param>
/// <param name="Deadline">When to stop trusting the write and go by the cache again.</param>
internal sealed record Expectation(string Board, bool Exists, string? Uid, ulong? ResourceVersion, DateTimeOffset Deadline);
