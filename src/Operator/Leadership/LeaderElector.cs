using Microsoft.Extensions.Logging;
using OrleansLife.Kubernetes.Client;

namespace OrleansLife.Operator.Leadership;

/// <summary>
/// Makes one silo of several the one that plays the boards: it campaigns for the Lease, leads while it renews it, and
/// gives it up when it stops, so that a standby silo takes over at once (or, if the leader dies, once the lease
/// expires). A leader that cannot renew within the deadline ends its term as lost.
/// </summary>
public sealed partial class LeaderElector
{
    private readonly LeaseLock _lock;
    private readonly LeaderElectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _elected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _leading;

    /// <summary>Creates an elector for the lease in <paramref name="namespace"/>.</summary>
    public LeaderElector(IKubeClient client, string @namespace, LeaderElectionOptions options, TimeProvider timeProvider, ILogger<LeaderElector> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        Identity = options.Identity ?? $"{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}";
        _lock = new LeaseLock(client.Leases(), @namespace, options.LeaseName, Identity, options.LeaseDuration, timeProvider);
        _options = options;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>This silo's name in the lease.</summary>
    public string Identity { get; }

    /// <summary>Whether this silo leads now.</summary>
    public bool IsLeader => _leading;

    /// <summary>The holder of the lease when last looked at; null when it was free or never read.</summary>
    public string? Leader => _lock.Holder;

    /// <summary>Why the last attempt on the lease failed (the API server unreachable, say); null after one that worked.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Completes once the first attempt on the lease is over, won or not.</summary>
    public Task FirstAttempt => _firstAttempt.Task;

    /// <summary>Completes once this silo leads.</summary>
    public Task WhenLeadingAsync() => Volatile.Read(ref _elected).Task;

    /// <summary>
    /// Campaigns until elected, then runs <paramref name="lead"/> for the term, renewing the lease meanwhile. Returns
    /// true when the term was lost, false when <paramref name="stopping"/> ended it (the lease is then released).
    /// </summary>
    public async Task<bool> RunAsync(Func<LeadershipTerm, Task> lead, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(lead);
        while (!await TryAsync(stopping).ConfigureAwait(false))
            await Task.Delay(_options.RetryPeriod, _time, stopping).ConfigureAwait(false);

        using var ending = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var term = new LeadershipTerm(ending.Token);
        _leading = true;
        Volatile.Read(ref _elected).TrySetResult();
        LeaderElectorLog.Elected(_logger, Identity, _options.LeaseName);
        var work = lead(term);
        try
        {
            term.Lost = await RenewUntilEndAsync(work, stopping).ConfigureAwait(false);
        }
        finally
        {
            _leading = false;
            Interlocked.Exchange(ref _elected, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            await ending.CancelAsync().ConfigureAwait(false);
            await Quietly(work).ConfigureAwait(false);
            if (!term.Lost) await ReleaseAsync().ConfigureAwait(false);
        }

        if (term.Lost) LeaderElectorLog.Lost(_logger, Identity, _options.LeaseName, Leader);
        return term.Lost;
    }

    /// <summary>Renews every retry period until the work ends, the silo stops (false) or the lease is lost (true).</summary>
    private async Task<bool> RenewUntilEndAsync(Task work, CancellationToken stopping)
    {
        var renewed = _time.GetUtcNow();
        while (!work.IsCompleted && !stopping.IsCancellationRequested)
        {
            using var delay = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            await Task.WhenAny(work, Task.Delay(_options.RetryPeriod, _time, delay.Token)).ConfigureAwait(false);
            await delay.CancelAsync().ConfigureAwait(false);
            if (work.IsCompleted || stopping.IsCancellationRequested) return false;
            if (await TryAsync(stopping).ConfigureAwait(false)) renewed = _time.GetUtcNow();
            else if (Leader is { } other && other != Identity) return true;
            else if (_time.GetUtcNow() - renewed >= _options.RenewDeadline) return true;
        }

        return false;
    }

    private async Task<bool> TryAsync(CancellationToken stopping)
    {
        try
        {
            var won = await _lock.TryAcquireOrRenewAsync(stopping).ConfigureAwait(false);
            LastError = null;
            return won;
        }
        catch (Exception error) when (error is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            LastError = error;
            LeaderElectorLog.TryFailed(_logger, _options.LeaseName, error);
            return false;
        }
        finally
        {
            _firstAttempt.TrySetResult();
        }
    }

    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(_options.RenewDeadline);
        try
        {
            await _lock.ReleaseAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // The lease then expires by itself; a standby takes over a little later.
            LeaderElectorLog.TryFailed(_logger, _options.LeaseName, error);
        }
    }

    private static async Task Quietly(Task work)
    {
        try
        {
            await work.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The term ended.
        }
    }
}
