using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Errors;
using OrleansLife.Kubernetes.Leases;

namespace OrleansLife.Operator.Leadership;

/// <summary>
/// One attempt at a time on a Lease, as client-go's resource lock: take it when it is free or expired, renew it while
/// held, give it up on leaving. Every change is a replace at the resourceVersion read, so of two candidates racing for
/// an expired lease exactly one wins (the other gets 409 Conflict).
/// </summary>
internal sealed class LeaseLock(IKubeResourceClient<Lease> leases, string @namespace, string name, string identity, TimeSpan duration, TimeProvider time)
{
    /// <summary>The holder seen at the last attempt; null when the lease was free.</summary>
    public string? Holder { get; private set; }

    /// <summary>Takes the lease if it is free, expired or already ours (renewing it); false if another holds it.</summary>
    public async Task<bool> TryAcquireOrRenewAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Lease current;
        try
        {
            current = await leases.GetAsync(name, @namespace, cancellationToken).ConfigureAwait(false);
        }
        catch (KubeNotFoundException)
        {
            return await TryCreateAsync(now, cancellationToken).ConfigureAwait(false);
        }

        var spec = current.Spec ??= new LeaseSpec();
        Holder = string.IsNullOrEmpty(spec.HolderIdentity) ? null : spec.HolderIdentity;
        var ours = Holder == identity;
        var expired = spec.RenewTime is not { } renewed || renewed + TimeSpan.FromSeconds(spec.LeaseDurationSeconds ?? 0) <= now;
        if (!ours && Holder is not null && !expired) return false;

        if (!ours)
        {
            spec.AcquireTime = now;
            spec.LeaseTransitions = (spec.LeaseTransitions ?? 0) + 1;
        }

        (spec.HolderIdentity, spec.RenewTime, spec.LeaseDurationSeconds) = (identity, now, Seconds(duration));
        return await TryReplaceAsync(current, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives the lease up, if it is still ours, so that another silo can take it at once.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            var current = await leases.GetAsync(name, @namespace, cancellationToken).ConfigureAwait(false);
            if (current.Spec?.HolderIdentity != identity) return;
            (current.Spec.HolderIdentity, current.Spec.RenewTime, current.Spec.LeaseDurationSeconds) = (null, time.GetUtcNow(), 1);
            await TryReplaceAsync(current, cancellationToken).ConfigureAwait(false);
        }
        catch (KubeNotFoundException)
        {
            // Nothing to give up.
        }
    }

    private async Task<bool> TryCreateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lease = new Lease
        {
            Spec = new LeaseSpec
            {
                HolderIdentity = identity, AcquireTime = now, RenewTime = now, LeaseDurationSeconds = Seconds(duration), LeaseTransitions = 0,
            },
        };
        (lease.Metadata.Name, lease.Metadata.Namespace) = (name, @namespace);
        try
        {
            await leases.CreateAsync(lease, cancellationToken).ConfigureAwait(false);
            Holder = identity;
            return true;
        }
        catch (KubeAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task<bool> TryReplaceAsync(Lease lease, CancellationToken cancellationToken)
    {
        try
        {
            await leases.ReplaceAsync(lease, cancellationToken).ConfigureAwait(false);
            Holder = lease.Spec!.HolderIdentity;
            return Holder == identity;
        }
        catch (KubeConflictException)
        {
            return false;
        }
    }

    private static int Seconds(TimeSpan duration) => (int)Math.Ceiling(duration.TotalSeconds);
}
