using OrleansLife.Runtime.Activations;

namespace OrleansLife.Runtime.Tests.Support;

/// <summary>A probe whose mailbox is <see cref="MailboxKind.Concurrent"/>.</summary>
public sealed class ConcurrentProbeGrain(ProbeJournal journal) : ProbeGrain(journal, MailboxKind.Concurrent), IConcurrentProbeGrain;
