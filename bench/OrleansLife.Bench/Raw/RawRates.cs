using System.Diagnostics;
using OrleansLife.Bench.Engines;

namespace OrleansLife.Bench.Raw;

/// <summary>
/// Orleans' own rates on this machine, the ceiling for the game's: one-way messages to many trivial grains, and awaited
/// calls with many in flight. Callers are grains, as in the game, so both are grain-to-grain calls.
/// </summary>
public static class RawRates
{
    private const int Targets = 10_000;
    // Many senders, so that no sender's turn is long (Orleans warns past a second) and sending is spread as in the game.
    private const int Senders = 100;
    private const int Callers = 1_000;

    public static async Task<IReadOnlyList<RawRate>> MeasureAsync(int silos, bool quick)
    {
        await using var cluster = await BenchCluster.StartAsync(silos);
        // Activation is not what is measured: targets and callers exist before the clock starts, and a first small
        // round of each gets the paths JIT-compiled.
        await ActivateAsync(cluster.Grains);
        await OneWayAsync(cluster, 20_000);
        await AwaitedAsync(cluster, 20);

        var oneWay = await OneWayAsync(cluster, quick ? 200_000 : 2_000_000);
        var awaited = await AwaitedAsync(cluster, quick ? 200 : 2_000);
        return
        [
            new($"one-way to {Targets:N0} grains", silos, oneWay.Calls, oneWay.Elapsed),
            new($"awaited, {Callers:N0} callers in flight", silos, awaited.Calls, awaited.Elapsed),
        ];
    }

    private static async Task ActivateAsync(IGrainFactory grains)
    {
        const int batch = 1000;
        for (var start = 0; start < Targets; start += batch)
            await Task.WhenAll(Enumerable.Range(start, batch).Select(i => grains.GetGrain<IPingGrain>(i).PingAsync()));
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(i => grains.GetGrain<IPingCallerGrain>(i).CallAsync(i, 1)));
    }

    /// <summary>Senders each send their share round robin to their own slice of the targets; timed until the last arrives.</summary>
    private static async Task<(long Calls, TimeSpan Elapsed)> OneWayAsync(BenchCluster cluster, int messages)
    {
        var arrived = PingDelivery.Process.ExpectAsync(messages);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(sender => cluster.Grains.GetGrain<IPingCallerGrain>(sender)
            .TellAsync(sender * (Targets / Senders), Targets / Senders, messages / Senders)));
        await arrived;
        return (messages, clock.Elapsed);
    }

    /// <summary>Each caller awaits its own target's ping, <paramref name="calls"/> times in a row; all callers at once.</summary>
    private static async Task<(long Calls, TimeSpan Elapsed)> AwaitedAsync(BenchCluster cluster, int calls)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller =>
            cluster.Grains.GetGrain<IPingCallerGrain>(caller).CallAsync(caller * (Targets / Callers), calls)));
        return ((long)Callers * calls, clock.Elapsed);
    }
}
