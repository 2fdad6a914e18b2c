using Orleans;
using OrleansLife.Clustering.Membership;
using OrleansLife.Clustering.Tests.Testing;

namespace OrleansLife.Clustering.Tests.Membership;

/// <summary>
/// Concurrent writers through separate clients, as separate silos: the object's resourceVersion lets exactly one of
/// the writers who read the same table win, and heartbeats never make an update stale.
/// </summary>
public sealed class KubernetesMembershipTableConcurrencyTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const int Writers = 8;

    [Fact]
    public async Task InsertRow_TwentyWritersOfTheSameRow_ExactlyOneWins()
    {
        var cluster = await fixture.NewClusterAsync();
        var tables = await TablesAsync(cluster, 20);
        var entry = Entries.New();
        var next = (await tables[0].ReadAll()).Version.Next();

        var results = await Task.WhenAll(tables.Select(table => Task.Run(() => table.InsertRow(entry, next))));

        results.Count(won => won).ShouldBe(1);
        (await tables[0].ReadAll()).Members.Count.ShouldBe(1);
    }

    [Fact]
    public async Task UpdateRow_WritersWhoReadTheSameTable_ExactlyOneWinsEachRound()
    {
        var cluster = await fixture.NewClusterAsync();
        var tables = await TablesAsync(cluster, Writers);
        var entry = Entries.New();
        await tables[0].InsertRow(entry, (await tables[0].ReadAll()).Version.Next());

        for (var round = 1; round <= 5; round++)
        {
            var data = await tables[0].ReadAll();
            var (row, etag) = data.TryGet(entry.SiloAddress)!;
            var results = await Task.WhenAll(tables.Select(table => Task.Run(() => table.UpdateRow(row, etag, data.Version.Next()))));

            results.Count(won => won).ShouldBe(1, $"round {round}");
            (await tables[0].ReadAll()).Version.Version.ShouldBe(round + 1);
        }
    }

    [Fact]
    public async Task UpdateRow_NineteenWritersRetryingUntilTheyWin_EachWinsOnce()
    {
        var cluster = await fixture.NewClusterAsync();
        var tables = await TablesAsync(cluster, 19);
        var entry = Entries.New();
        await tables[0].InsertRow(entry, (await tables[0].ReadAll()).Version.Next());

        await Task.WhenAll(tables.Select(table => Task.Run(() => UpdateUntilWonAsync(table, entry)))).WaitAsync(TimeSpan.FromSeconds(60));

        // Read by a table of its own: each writer's table may still share its last read for a moment.
        var data = await (await cluster.TableAsync(TimeSpan.Zero)).ReadAll();
        data.Version.Version.ShouldBe(20);
        data.Members.Count.ShouldBe(1);
    }

    [Fact]
    public async Task UpdateIAmAlive_FromEverySiloAtOnce_KeepsEveryHeartbeatAndTheTableVersion()
    {
        var cluster = await fixture.NewClusterAsync();
        var tables = await TablesAsync(cluster, Writers);
        var entries = Enumerable.Range(0, Writers).Select(_ => Entries.New()).ToList();
        foreach (var entry in entries) await tables[0].InsertRow(entry, (await tables[0].ReadAll()).Version.Next());
        var alive = Entries.NowToTheSecond().AddMinutes(1);

        await Task.WhenAll(tables.Select((table, i) => Task.Run(() =>
            table.UpdateIAmAlive(new MembershipEntry { SiloAddress = entries[i].SiloAddress, IAmAliveTime = alive }))));

        var data = await (await cluster.TableAsync(TimeSpan.Zero)).ReadAll();
        data.Members.Select(member => member.Item1.IAmAliveTime).ShouldAllBe(time => time == alive);
        data.Version.Version.ShouldBe(Writers);
    }

    private async Task<KubernetesMembershipTable[]> TablesAsync(ClusterUnderTest cluster, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => cluster.TableAsync()));

    private static async Task UpdateUntilWonAsync(KubernetesMembershipTable table, MembershipEntry entry)
    {
        while (true)
        {
            var data = await table.ReadAll();
            var (row, etag) = data.TryGet(entry.SiloAddress)!;
            if (await table.UpdateRow(row, etag, data.Version.Next())) return;
        }
    }
}
