using Microsoft.Extensions.DependencyInjection;

namespace OrleansLife.Api.Cluster;

/// <summary>Reads the Orleans cluster through its management grain: the silos, and the activations by grain type.</summary>
public sealed class ClusterReader(IGrainFactory grains, ILocalSiloDetails local, TimeProvider time, IServiceProvider services)
{
    /// <summary>What <see cref="SiloStatus.Status"/> says of a silo that is answering.</summary>
    public const string ActiveStatus = "active";

    private IManagementGrain Management => grains.GetGrain<IManagementGrain>(0);

    public async Task<GrainCounts> ReadGrainsAsync() => CountGrains(await Management.GetSimpleGrainStatistics().ConfigureAwait(false));

    public async Task<IReadOnlyList<SiloStatus>> ReadSilosAsync() =>
        Silos(await Management.GetDetailedHosts(onlyActive: false).ConfigureAwait(false),
            await Management.GetSimpleGrainStatistics().ConfigureAwait(false));

    /// <summary>The silos and the activations, from one reading of the grain statistics.</summary>
    public async Task<(IReadOnlyList<SiloStatus> Silos, GrainCounts Grains)> ReadAsync()
    {
        var hosts = await Management.GetDetailedHosts(onlyActive: false).ConfigureAwait(false);
        var statistics = await Management.GetSimpleGrainStatistics().ConfigureAwait(false);
        return (Silos(hosts, statistics), CountGrains(statistics));
    }

    private static GrainCounts CountGrains(SimpleGrainStatistic[] statistics)
    {
        var byType = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var statistic in statistics)
        {
            var type = ShortName(statistic.GrainType);
            byType[type] = byType.GetValueOrDefault(type) + statistic.ActivationCount;
        }
        return new GrainCounts(byType.Values.Sum(), byType);
    }

    private IReadOnlyList<SiloStatus> Silos(MembershipEntry[] hosts, SimpleGrainStatistic[] statistics)
    {
        var now = time.GetUtcNow();
        // Resolved per reading: the role comes from the Kubernetes client, which may not exist until the emulator has started.
        var mine = services.GetService<ISiloRole>()?.Read() ?? SiloRole.Alone;
        return [.. hosts
            .OrderBy(host => host.SiloAddress.ToParsableString(), StringComparer.Ordinal)
            .Select(host =>
            {
                var started = new DateTimeOffset(DateTime.SpecifyKind(host.StartTime, DateTimeKind.Utc));
                var isLocal = host.SiloAddress.Equals(local.SiloAddress);
                return new SiloStatus(host.SiloAddress.ToString(), host.SiloName, host.Status.ToString().ToLowerInvariant(), started,
                    Math.Max(0, (now - started).TotalSeconds),
                    statistics.Where(s => s.SiloAddress.Equals(host.SiloAddress)).Sum(s => (long)s.ActivationCount),
                    isLocal ? mine.Role : null, mine.Leader);
            })];
    }

    /// <summary><c>OrleansLife.Grains.Cells.CellGrain</c> reads as <c>cell</c>, as the grain type is named.</summary>
    public static string ShortName(string grainClass)
    {
        ArgumentNullException.ThrowIfNull(grainClass);
        var comma = grainClass.IndexOf(',', StringComparison.Ordinal);
        var type = comma < 0 ? grainClass : grainClass[..comma];
        var name = type[(type.LastIndexOf('.') + 1)..];
        var generic = name.IndexOf('`', StringComparison.Ordinal);
        if (generic >= 0) name = name[..generic];
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length) name = name[..^"Grain".Length];
        return name.ToLowerInvariant();
    }
}
