using System.Globalization;
using Orleans;
using Orleans.Runtime;
using OrleansLife.Clustering.Objects;
using static OrleansLife.Clustering.Membership.ClusterMembershipStore;

namespace OrleansLife.Clustering.Membership;

/// <summary>
/// Orleans' membership table kept in one ClusterMembership object per cluster. The object's resourceVersion makes
/// each write atomic and exclusive; the table version's etag and the row etags are counters inside the object.
/// </summary>
internal sealed partial class KubernetesMembershipTable(ClusterMembershipStore store) : IMembershipTable
{
    /// <summary>Creates the object when asked to (silos ask; clients only read).</summary>
    public async Task InitializeMembershipTableAsync(bool tryInitTableVersion, CancellationToken cancellationToken)
    {
        if (tryInitTableVersion) await store.CreateIfMissingAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteMembershipTableEntriesAsync(string clusterId, CancellationToken cancellationToken) =>
        store.DeleteAsync(clusterId, cancellationToken);

    /// <summary>Removes rows of silos not active whose last sign of life is older than <paramref name="beforeDate"/>.</summary>
    public async Task CleanupDefunctSiloEntriesAsync(DateTimeOffset beforeDate, CancellationToken cancellationToken)
    {
        // The table version stays: removing rows nobody may update any more (they are dead) changes no decision.
        await store.ChangeAsync(spec =>
        {
            var defunct = spec.Members
                .Where(row => row.Status != nameof(SiloStatus.Active) && MemberRowMapping.LastSeen(row) < beforeDate.UtcDateTime)
                .ToList();
            foreach (var row in defunct) spec.Members.Remove(row);
            return defunct.Count > 0 ? Decision.Write : Decision.Refuse;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<MembershipTableData> ReadRowAsync(SiloAddress key, CancellationToken cancellationToken)
    {
        var spec = await ReadSpecAsync(cancellationToken).ConfigureAwait(false);
        return new MembershipTableData(spec.Members.Where(row => row.IsFor(key)).Select(ToTuple).ToList(), VersionOf(spec));
    }

    public async Task<MembershipTableData> ReadAllAsync(CancellationToken cancellationToken)
    {
        var spec = await ReadSpecAsync(cancellationToken).ConfigureAwait(false);
        return new MembershipTableData(spec.Members.Select(ToTuple).ToList(), VersionOf(spec));
    }

    public Task<bool> InsertRowAsync(MembershipEntry entry, TableVersion tableVersion, CancellationToken cancellationToken) =>
        store.ChangeAsync(spec =>
        {
            if (!IsCurrent(spec, tableVersion) || spec.Members.Any(row => row.IsFor(entry.SiloAddress))) return Decision.Refuse;
            spec.Members.Add(MemberRowMapping.ToRow(entry, Advance(spec, tableVersion)));
            return Decision.Write;
        }, cancellationToken);

    public Task<bool> UpdateRowAsync(MembershipEntry entry, string etag, TableVersion tableVersion, CancellationToken cancellationToken) =>
        store.ChangeAsync(spec =>
        {
            var row = spec.Members.FirstOrDefault(row => row.IsFor(entry.SiloAddress));
            if (row is null || !IsCurrent(spec, tableVersion) || FormatEtag(row.Etag) != etag) return Decision.Refuse;
            spec.Members[spec.Members.IndexOf(row)] = MemberRowMapping.ToRow(entry, Advance(spec, tableVersion));
            return Decision.Write;
        }, cancellationToken);

    /// <summary>
    /// Writes only the I-am-alive time, leaving the etags and the table version as they are (Orleans allows this "dirty"
    /// write), so that a silo's heartbeat never makes another silo's pending update stale.
    /// </summary>
    public async Task UpdateIAmAliveAsync(MembershipEntry entry, CancellationToken cancellationToken)
    {
        var found = await store.ChangeAsync(spec =>
        {
            var row = spec.Members.FirstOrDefault(row => row.IsFor(entry.SiloAddress));
            if (row is null) return Decision.Refuse;
            row.IAmAliveTime = MemberRowMapping.ToRow(entry, row.Etag).IAmAliveTime;
            return Decision.Write;
        }, cancellationToken).ConfigureAwait(false);
        if (!found) throw new KeyNotFoundException($"The membership table {store.Namespace}/{store.Name} has no row for silo {entry.SiloAddress}.");
    }

    private async Task<ClusterMembershipSpec> ReadSpecAsync(CancellationToken cancellationToken) =>
        (await store.ReadRecentAsync().WaitAsync(cancellationToken).ConfigureAwait(false))?.Spec ?? new ClusterMembershipSpec();

    private static bool IsCurrent(ClusterMembershipSpec spec, TableVersion expected) => expected.VersionEtag == FormatEtag(spec.Etag);

    /// <summary>Sets the table version the caller asked for and draws the next etag, which the written row takes too.</summary>
    private static long Advance(ClusterMembershipSpec spec, TableVersion next)
    {
        spec.Version = next.Version;
        return ++spec.Etag;
    }

    private static TableVersion VersionOf(ClusterMembershipSpec spec) => new(spec.Version, FormatEtag(spec.Etag));

    private static Tuple<MembershipEntry, string> ToTuple(MemberRow row) => Tuple.Create(MemberRowMapping.ToEntry(row), FormatEtag(row.Etag));

    private static string FormatEtag(long etag) => etag.ToString(CultureInfo.InvariantCulture);
}
