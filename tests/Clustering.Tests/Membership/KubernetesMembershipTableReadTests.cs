using Orleans;
using Orleans.Runtime;
using OrleansLife.Clustering.Tests.Testing;
using OrleansLife.Testing;

namespace OrleansLife.Clustering.Tests.Membership;

/// <summary>
/// Reads shared for a while (the management calls poll the membership every second on every silo), and never at the
/// cost of a decision: a write refused for a stale read makes the next read fresh.
/// </summary>
public sealed class KubernetesMembershipTableReadTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ReadAll_AgainWithinTheFreshness_SendsNoRequest()
    {
        var counter = new RequestCounter();
        var table = await (await fixture.NewClusterAsync()).TableAsync(Long, counter);
        await table.ReadAll();
        var gets = counter.Gets;

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => table.ReadAll()));
        await table.ReadRow(Entries.NewSiloAddress());

        counter.Gets.ShouldBe(gets);
    }

    [Fact]
    public async Task ReadAll_OnceTheFreshnessHasPassed_ReadsAgainAndSeesOtherWriters()
    {
        var cluster = await fixture.NewClusterAsync();
        var clock = new ManualTimeProvider();
        var counter = new RequestCounter();
        var reader = await cluster.TableAsync(TimeSpan.FromSeconds(2), counter, clock);
        var writer = await cluster.TableAsync();
        await reader.ReadAll();
        (await writer.InsertRow(Entries.New(), (await writer.ReadAll()).Version.Next())).ShouldBeTrue();
        clock.Advance(TimeSpan.FromSeconds(1.9));
        (await reader.ReadAll()).Members.ShouldBeEmpty("still within the freshness");
        var gets = counter.Gets;

        clock.Advance(TimeSpan.FromSeconds(0.1));

        (await reader.ReadAll()).Members.Count.ShouldBe(1);
        counter.Gets.ShouldBe(gets + 1);
    }

    [Fact]
    public async Task ReadAll_WithFreshnessZero_ReadsEveryTime()
    {
        var counter = new RequestCounter();
        var table = await (await fixture.NewClusterAsync()).TableAsync(TimeSpan.Zero, counter);
        await table.ReadAll();
        var gets = counter.Gets;

        await table.ReadAll();
        await table.ReadAll();

        counter.Gets.ShouldBe(gets + 2);
    }

    [Fact]
    public async Task ReadAll_AfterItsOwnWrite_ShowsTheWriteWithoutAsking()
    {
        var counter = new RequestCounter();
        var table = await (await fixture.NewClusterAsync()).TableAsync(Long, counter);
        var entry = Entries.New();
        (await table.InsertRow(entry, (await table.ReadAll()).Version.Next())).ShouldBeTrue();
        var gets = counter.Gets;

        var data = await table.ReadAll();

        data.TryGet(entry.SiloAddress).ShouldNotBeNull();
        data.Version.Version.ShouldBe(1);
        counter.Gets.ShouldBe(gets);
    }

    [Fact]
    public async Task UpdateRow_RefusedForAStaleRead_MakesTheNextReadFresh()
    {
        var cluster = await fixture.NewClusterAsync();
        var stale = await cluster.TableAsync(Long);
        var other = await cluster.TableAsync(Long);
        var entry = Entries.New();
        (await stale.InsertRow(entry, (await stale.ReadAll()).Version.Next())).ShouldBeTrue();
        var read = await stale.ReadAll();
        var (row, etag) = read.TryGet(entry.SiloAddress)!;
        var otherRead = await other.ReadAll();
        (await other.UpdateRow(row, otherRead.TryGet(entry.SiloAddress)!.Item2, otherRead.Version.Next())).ShouldBeTrue();
        (await stale.ReadAll()).Version.ShouldBe(read.Version, "still the shared read");

        (await stale.UpdateRow(row, etag, read.Version.Next())).ShouldBeFalse();

        (await stale.ReadAll()).Version.Version.ShouldBe(2);
    }

    [Fact]
    public async Task UpdateIAmAlive_AlwaysWritesOnTheNewestTable()
    {
        var cluster = await fixture.NewClusterAsync();
        var heartbeat = await cluster.TableAsync(Long);
        var writer = await cluster.TableAsync(Long);
        var entry = Entries.New();
        await heartbeat.InsertRow(entry, (await heartbeat.ReadAll()).Version.Next());
        await heartbeat.ReadAll();
        entry.Status = SiloStatus.Active;
        var current = await writer.ReadAll();
        (await writer.UpdateRow(entry, current.TryGet(entry.SiloAddress)!.Item2, current.Version.Next())).ShouldBeTrue();

        await heartbeat.UpdateIAmAlive(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = DateTime.UtcNow });

        // The heartbeat table's shared read still said Joining; its write went to the newest table, and it remembers that.
        var (row, _) = (await heartbeat.ReadAll()).TryGet(entry.SiloAddress)!;
        row.Status.ShouldBe(SiloStatus.Active);
        (await cluster.ReadObjectAsync())!.Spec.Members.Single().Status.ShouldBe("Active");
    }
}
