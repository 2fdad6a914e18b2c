using System.Net;
using k8s;
using k8s.Autorest;
using k8s.LeaderElection;
using k8s.LeaderElection.ResourceLock;

namespace OrleansLife.Operator.Leadership;

/// <summary>
/// KubernetesClient's <see cref="LeaseLock"/>, watched: remembers the holder it last saw and why the last look failed,
/// signals the end of the first attempt, and gives the lease up on leaving, which the library's elector does not do.
/// It also hands a failure to reach the API server to the elector as an HTTP failure: the elector retries those until
/// its renew deadline, whereas any other exception would end a leader's term at once.
/// <para>
/// It keeps a lease another silo holds that silo's until it would expire, even when the lease is deleted or seen from a
/// leader that believes itself the holder: the library's elector would create a deleted lease at once, and a leader
/// overwrites whatever holder it reads, so that after a deletion two silos could lead at the same time, each retaking
/// the lease from the other. Here the holder alone recreates it, and a standby takes it only as it takes an expired one.
/// </para>
/// </summary>
internal sealed class ObservedLeaseLock(IKubernetes client, string @namespace, string name, string identity, TimeProvider time) : ILock
{
    private readonly LeaseLock _lease = new(client, @namespace, name, identity);
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;
    // The last record seen held by another silo, and when it was first seen so: the other silo's term runs from then.
    private (LeaderElectionRecord Record, long SeenAt)? _heldElsewhere;

    /// <inheritdoc />
    public string Identity => identity;

    /// <summary>The holder seen at the last look; null when the lease was free or never read.</summary>
    public string? Holder { get; private set; }

    /// <summary>Why the last look at the lease failed; null after one that worked.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>Completes once the first attempt on the lease is over, won or not.</summary>
    public Task FirstAttempt => _firstAttempt.Task;

    /// <summary>Raised with each failure to read or write the lease.</summary>
    public event Action<Exception>? Failed;

    /// <summary>Marks the first attempt over (the elector says it won, saw a leader, or gave up).</summary>
    public void AttemptOver() => _firstAttempt.TrySetResult();

    /// <inheritdoc />
    public async Task<LeaderElectionRecord> GetAsync(CancellationToken cancellationToken = default)
    {
        // Each attempt starts with a read: a second read means the first attempt is over.
        if (Interlocked.Increment(ref _reads) > 1) AttemptOver();
        try
        {
            var record = await _lease.GetAsync(cancellationToken).ConfigureAwait(false);
            (Holder, LastError) = (NonEmpty(record?.HolderIdentity), null);
            Observe(record);
            return record!;
        }
        catch (HttpOperationException error) when (error.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            LastError = null;
            // Deleted while another silo held it: that silo does not know yet, and recreates it at its next renewal.
            if (HeldElsewhere() is { } held) return held;
            Holder = null;
            throw;
        }
        catch (HttpOperationException error)
        {
            Fail(error);
            throw;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is HttpRequestException or TimeoutException)
        {
            Fail(error);
            throw Unreachable(error);
        }
    }

    /// <inheritdoc />
    public Task<bool> CreateAsync(LeaderElectionRecord record, CancellationToken cancellationToken = default) =>
        WriteAsync(record, _lease.CreateAsync(record, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task<bool> UpdateAsync(LeaderElectionRecord record, CancellationToken cancellationToken = default)
    {
        // Never over a live holder: the elector renews whatever it read as long as it believes itself the leader.
        if (HeldElsewhere() is not null) return false;
        try
        {
            return await WriteAsync(record, _lease.UpdateAsync(record, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (HttpOperationException error) when (error.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            // Deleted since it was read: the next attempt reads that and creates it.
            return false;
        }
    }

    /// <inheritdoc />
    public string Describe() => _lease.Describe();

    /// <summary>
    /// Gives the lease up, if it is still ours, as client-go does: no holder, a one-second duration. A standby then
    /// takes it at its next try instead of waiting for it to expire.
    /// </summary>
    public async Task ReleaseAsync(DateTime now, CancellationToken cancellationToken)
    {
        var current = await _lease.GetAsync(cancellationToken).ConfigureAwait(false);
        if (current?.HolderIdentity != identity) return;
        var released = new LeaderElectionRecord
        {
            HolderIdentity = "",
            LeaseDurationSeconds = 1,
            AcquireTime = current.AcquireTime,
            RenewTime = now,
            LeaderTransitions = current.LeaderTransitions,
        };
        if (await _lease.UpdateAsync(released, cancellationToken).ConfigureAwait(false)) Holder = null;
    }

    private async Task<bool> WriteAsync(LeaderElectionRecord record, Task<bool> write, CancellationToken cancellationToken)
    {
        try
        {
            var written = await write.ConfigureAwait(false);
            if (written) Holder = NonEmpty(record.HolderIdentity);
            return written;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is HttpRequestException or TimeoutException)
        {
            // Not written, as far as this candidate knows; the elector tries again within its deadline.
            Fail(error);
            return false;
        }
    }

    private void Observe(LeaderElectionRecord? record)
    {
        if (NonEmpty(record?.HolderIdentity) is not { } holder || holder == identity) _heldElsewhere = null;
        else if (_heldElsewhere is not { } seen || !SameTerm(seen.Record, record!)) _heldElsewhere = (record!, time.GetTimestamp());
    }

    /// <summary>The record of another silo's lease that has not expired since it was first seen; null when there is none.</summary>
    private LeaderElectionRecord? HeldElsewhere() =>
        _heldElsewhere is { } seen && time.GetElapsedTime(seen.SeenAt) < TimeSpan.FromSeconds(seen.Record.LeaseDurationSeconds)
            ? seen.Record
            : null;

    private static bool SameTerm(LeaderElectionRecord a, LeaderElectionRecord b) =>
        a.HolderIdentity == b.HolderIdentity && a.RenewTime == b.RenewTime && a.AcquireTime == b.AcquireTime;

    private void Fail(Exception error)
    {
        LastError = error;
        Failed?.Invoke(error);
    }

    /// <summary>The failure as the elector's own HTTP failures look, so that it counts as one more failed try.</summary>
    private static HttpOperationException Unreachable(Exception error)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        return new HttpOperationException($"The Kubernetes API could not be reached: {error.Message}", error)
        {
            Response = new HttpResponseMessageWrapper(response, ""),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
