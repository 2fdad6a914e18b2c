namespace OrleansLife.Runtime.Activations;

/// <summary>How an activation queues its messages; a grain class picks one through its base constructor.</summary>
public enum MailboxKind
{
    /// <summary>
    /// A small array guarded by a lock: a few dozen bytes, right for the many grains that hear from a few senders
    /// (a cell hears from its eight neighbours and its board).
    /// </summary>
    Compact,

    /// <summary>
    /// A lock-free queue: about a kilobyte, right for the few grains that many senders hit at once (a board that
    /// every one of its cells reports to), where a lock would make senders queue up behind each other.
    /// </summary>
    Concurrent,
}
