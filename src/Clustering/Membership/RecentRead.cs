using OrleansLife.Clustering.Objects;

namespace OrleansLife.Clustering.Membership;

/// <summary>
/// The table's last read, shared by the reads that come within <c>freshFor</c> of it: management calls (dashboards,
/// <c>GetDetailedHosts</c>) refresh the membership every second on every silo, and each would otherwise be a GET.
/// Sound because every write is conditional: a decision taken on a stale read is refused, and a refused write forgets
/// the read, so the caller's next read is fresh.
/// </summary>
internal sealed class RecentRead(TimeSpan freshFor, TimeProvider time)
{
    private readonly Lock _gate = new();
    private Task<ClusterMembership?>? _read;
    private long _readAt;

    /// <summary>The shared read if it is fresh (or still under way), else a new one made by <paramref name="read"/>.</summary>
    public Task<ClusterMembership?> GetAsync(Func<Task<ClusterMembership?>> read)
    {
        lock (_gate)
        {
            if (_read is { IsFaulted: false, IsCanceled: false } shared && (!shared.IsCompleted || time.GetElapsedTime(_readAt) < freshFor))
                return shared;
            _readAt = time.GetTimestamp();
            return _read = read();
        }
    }

    /// <summary>Remembers what a successful write left in the store, so that the next read need not ask.</summary>
    public void Remember(ClusterMembership written)
    {
        lock (_gate)
        {
            _readAt = time.GetTimestamp();
            _read = Task.FromResult<ClusterMembership?>(written);
        }
    }

    /// <summary>Forgets the read: the store has moved on without this table seeing how.</summary>
    public void Forget()
    {
        lock (_gate) _read = null;
    }
}
