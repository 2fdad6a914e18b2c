using System.Globalization;
using Orleans;
using Orleans.Runtime;
using OrleansLife.Clustering.Objects;

namespace OrleansLife.Clustering.Membership;

/// <summary>Converts Orleans' <see cref="MembershipEntry"/> to the stored <see cref="MemberRow"/> and back, losing nothing.</summary>
internal static class MemberRowMapping
{
    public static MemberRow ToRow(MembershipEntry entry, long etag) => new()
    {
        SiloAddress = entry.SiloAddress.ToParsableString(),
        Etag = etag,
        Status = entry.Status.ToString(),
        ProxyPort = entry.ProxyPort,
        HostName = entry.HostName,
        SiloName = entry.SiloName,
        RoleName = entry.RoleName,
        UpdateZone = entry.UpdateZone,
        FaultZone = entry.FaultZone,
        StartTime = FormatTime(entry.StartTime),
        IAmAliveTime = FormatTime(entry.IAmAliveTime),
        SuspectTimes = entry.SuspectTimes?.Select(vote => new SuspectVote
        {
            SiloAddress = vote.Item1.ToParsableString(),
            Time = FormatTime(vote.Item2),
        }).ToList(),
    };

    public static MembershipEntry ToEntry(MemberRow row) => new()
    {
        SiloAddress = Orleans.Runtime.SiloAddress.FromParsableString(row.SiloAddress),
        Status = Enum.Parse<SiloStatus>(row.Status),
        ProxyPort = row.ProxyPort,
        HostName = row.HostName!,
        SiloName = row.SiloName!,
        RoleName = row.RoleName,
        UpdateZone = row.UpdateZone,
        FaultZone = row.FaultZone,
        StartTime = ParseTime(row.StartTime),
        IAmAliveTime = ParseTime(row.IAmAliveTime),
        SuspectTimes = row.SuspectTimes?.Select(vote =>
            Tuple.Create(Orleans.Runtime.SiloAddress.FromParsableString(vote.SiloAddress), ParseTime(vote.Time))).ToList(),
    };

    /// <summary>The row's silo address as the table compares it.</summary>
    public static bool IsFor(this MemberRow row, SiloAddress address) =>
        Orleans.Runtime.SiloAddress.FromParsableString(row.SiloAddress).Equals(address);

    /// <summary>The later of the row's start and I-am-alive times, as Orleans' own tables judge a row's age.</summary>
    public static DateTime LastSeen(MemberRow row)
    {
        var start = ParseTime(row.StartTime);
        var alive = ParseTime(row.IAmAliveTime);
        return start > alive ? start : alive;
    }

    // Orleans hands over UTC times, sometimes of unspecified kind; they are stored as UTC either way.
    private static string FormatTime(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    private static DateTime ParseTime(string time) =>
        string.IsNullOrEmpty(time)
            ? default
            : DateTime.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
