using k8s;
using k8s.LeaderElection;
using Microsoft.Extensions.Logging;
using KubeLeaderElector = k8s.LeaderElection.LeaderElector;

namespace OrleansLife.Operator.Leadership;

/// <summary>
/// Makes one silo of several the one that plays the boards, with KubernetesClient's <see cref="KubeLeaderElector"/> on a
/// Lease: it campaigns, leads while it renews, and gives the lease up when it stops, so that a standby silo takes over
/// at its next try (or, if the leader dies, once the lease expires). A leader that cannot renew within the deadline
/// ends its term as lost.
/// </summary>
public sealed class LeaderElector
{
    private readonly ObservedLeaseLock _lock;
    private readonly LeaderElectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private TaskCompletionSource _elected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _leading;

    /// <summary>Creates an elector for the lease in <paramref name="namespace"/>.</summary>
    public LeaderElector(IKubernetes client, string @namespace, LeaderElectionOptions options, TimeProvider timeProvider, ILogger<LeaderElector> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        Identity = options.Identity ?? $"{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..8]}";
        _lock = new ObservedLeaseLock(client, @namespace, options.LeaseName, Identity, timeProvider);
        _lock.Failed += error => LeaderElectorLog.TryFailed(logger, options.LeaseName, error);
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

    /// <summary>Why the last look at the lease failed (the API server unreachable, say); null after one that worked.</summary>
    public Exception? LastError => _lock.LastError;

    /// <summary>Completes once the first attempt on the lease is over, won or not.</summary>
    public Task FirstAttempt => _lock.FirstAttempt;

    /// <summary>Completes once this silo leads.</summary>
    public Task WhenLeadingAsync() => Volatile.Read(ref _elected).Task;

    /// <summary>
    /// Campaigns until elected, then runs <paramref name="lead"/> for the term, renewing the lease meanwhile. Returns
    /// true when the term was lost, false when <paramref name="stopping"/> or the end of the work ended it (the lease
    /// is then released).
    /// </summary>
    public async Task<bool> RunAsync(Func<LeadershipTerm, Task> lead, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(lead);
        while (true)
        {
            // The library's elector renews on a task of its own until its token is cancelled, even after a lost term.
            using var election = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var elector = new KubeLeaderElector(new LeaderElectionConfig(_lock)
            {
                LeaseDuration = _options.LeaseDuration,
                RenewDeadline = _options.RenewDeadline,
                RetryPeriod = _options.RetryPeriod,
            });
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            elector.OnStartedLeading += () => started.TrySetResult();
            elector.OnNewLeader += _ => _lock.AttemptOver();
            var running = elector.RunUntilLeadershipLostAsync(election.Token);
            await Task.WhenAny(started.Task, running).ConfigureAwait(false);
            if (started.Task.IsCompleted) return await LeadAsync(lead, running, election, stopping).ConfigureAwait(false);

            // The campaign itself failed (the elector gives up on an error it does not expect): campaign again.
            _lock.AttemptOver();
            await election.CancelAsync().ConfigureAwait(false);
            await Quietly(running).ConfigureAwait(false);
            stopping.ThrowIfCancellationRequested();
            await Task.Delay(_options.RetryPeriod, _time, stopping).ConfigureAwait(false);
        }
    }

    private async Task<bool> LeadAsync(Func<LeadershipTerm, Task> lead, Task renewing, CancellationTokenSource election, CancellationToken stopping)
    {
        _lock.AttemptOver();
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var term = new LeadershipTerm(ending.Token);
        _leading = true;
        Volatile.Read(ref _elected).TrySetResult();
        LeaderElectorLog.Elected(_logger, Identity, _options.LeaseName);
        var work = lead(term);
        try
        {
            var first = await Task.WhenAny(work, renewing).ConfigureAwait(false);
            // The elector returns once it could not renew within the deadline; stopping also ends it, which is no loss.
            term.Lost = first == renewing && !stopping.IsCancellationRequested;
        }
        finally
        {
            _leading = false;
            Interlocked.Exchange(ref _elected, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            await election.CancelAsync().ConfigureAwait(false);
            await ending.CancelAsync().ConfigureAwait(false);
            await Quietly(work).ConfigureAwait(false);
            await Quietly(renewing).ConfigureAwait(false);
            if (!term.Lost) await ReleaseAsync().ConfigureAwait(false);
        }

        if (term.Lost) LeaderElectorLog.Lost(_logger, Identity, _options.LeaseName, Leader);
        return term.Lost;
    }

    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(_options.RenewDeadline, _time);
        try
        {
            await _lock.ReleaseAsync(_time.GetUtcNow().UtcDateTime, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // The lease then expires by itself; a standby takes over a little later.
            LeaderElectorLog.TryFailed(_logger, _options.LeaseName, error);
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The term or the campaign ended; how is judged by the caller.
        }
    }
}
