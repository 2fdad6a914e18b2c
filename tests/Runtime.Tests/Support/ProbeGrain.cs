using OrleansLife.Runtime.Activations;

namespace OrleansLife.Runtime.Tests.Support;

/// <summary>Implements <see cref="IProbeGrain"/>, reporting its lifecycle to a <see cref="ProbeJournal"/>.</summary>
public class ProbeGrain : Grain, IProbeGrain
{
    private readonly ProbeJournal _journal;
    private readonly List<(long Total, TaskCompletionSource<long> Done)> _waiters = [];
    private long _total;
    private int _inside;
    private int _mostInside;
    private int _activationNumber;
    private int _timerTicks;

    public ProbeGrain(ProbeJournal journal) : this(journal, MailboxKind.Compact)
    {
    }

    protected ProbeGrain(ProbeJournal journal, MailboxKind mailbox) : base(mailbox) => _journal = journal;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _activationNumber = _journal.NextActivationNumber();
        _journal.Activated.Enqueue(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _journal.DeactivationStarted.TrySetResult();
        if (_journal.HoldDeactivation is { } hold) await hold;
        _journal.Deactivated.Writer.TryWrite((GetPrimaryKeyString(), reason));
    }

    public void Add(long amount)
    {
        // A deliberately non-atomic read-modify-write: it only adds up if turns never overlap.
        var inside = Interlocked.Increment(ref _inside);
        _mostInside = Math.Max(_mostInside, inside);
        var total = _total;
        Thread.SpinWait(20);
        _total = total + amount;
        Interlocked.Decrement(ref _inside);
        _waiters.RemoveAll(w => w.Total <= _total && w.Done.TrySetResult(_total));
    }

    public void Observe(long sequence) => _journal.Observe(sequence);

    public Task<long> GetAsync() => Task.FromResult(_total);

    public Task<int> MostConcurrentTurnsAsync() => Task.FromResult(_mostInside);

    public Task<string> FailAsync(string message) => throw new InvalidOperationException(message);

    public Task<string> HangAsync() => new TaskCompletionSource<string>().Task;

    public Task<int> ActivationNumberAsync() => Task.FromResult(_activationNumber);

    public void DeactivateSoon() => DeactivateOnIdle();

    public Task StartTimerAsync(TimeSpan period)
    {
        RegisterTimer(_ =>
        {
            _timerTicks++;
            return Task.CompletedTask;
        }, period, period);
        return Task.CompletedTask;
    }

    public Task<int> TimerTicksAsync() => Task.FromResult(_timerTicks);

    public Task<long> WhenTotalReachesAsync(long total)
    {
        if (_total >= total) return Task.FromResult(_total);
        var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((total, done));
        return done.Task;
    }
}
