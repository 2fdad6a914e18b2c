using Orleans;
using Orleans.Runtime;
using OrleansLife.Clustering.Tests.Testing;

namespace OrleansLife.Clustering.Tests.Membership;

/// <summary>
/// The behaviours of Orleans' own membership-table suite (MembershipTableTestsBase), against the emulator: every table
/// a test makes has a client of its own, as separate silos would.
/// </summary>
public sealed class KubernetesMembershipTableTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task ReadAll_EmptyTable_HasVersionZeroAndNoRows()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();

        var data = await table.ReadAll();

        data.Members.ShouldBeEmpty();
        data.Version.Version.ShouldBe(0);
        data.Version.VersionEtag.ShouldNotBeNull();
    }

    [Fact]
    public async Task ReadAll_NoObjectYet_ReadsAsAnEmptyTable()
    {
        var cluster = await fixture.NewClusterAsync();
        var table = fixture.Table(cluster.Namespace, cluster.ClusterId);
        await table.InitializeMembershipTable(tryInitTableVersion: false);

        var data = await table.ReadAll();

        data.Members.ShouldBeEmpty();
        data.Version.Version.ShouldBe(0);
        (await cluster.ReadObjectAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task InsertRow_AddsTheRowAndSetsTheTableVersion()
    {
        var cluster = await fixture.NewClusterAsync();
        var table = await cluster.TableAsync();
        var data = await table.ReadAll();

        (await table.InsertRow(Entries.New(), data.Version.Next())).ShouldBeTrue();

        var after = await table.ReadAll();
        after.Members.Count.ShouldBe(1);
        after.Version.Version.ShouldBe(1);
        after.Version.VersionEtag.ShouldNotBe(data.Version.VersionEtag);
        (await cluster.ReadObjectAsync())!.Spec.Members.Single().Status.ShouldBe("Joining");
    }

    [Fact]
    public async Task InsertRow_WithAStaleTableVersionOrADuplicateSilo_IsRefused()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();
        var entry = Entries.New();
        var first = (await table.ReadAll()).Version.Next();
        (await table.InsertRow(entry, first)).ShouldBeTrue();

        (await table.InsertRow(entry, first)).ShouldBeFalse("same entry, old table version");
        (await table.InsertRow(Entries.New(), first)).ShouldBeFalse("new entry, old table version");
        (await table.InsertRow(entry, (await table.ReadAll()).Version.Next())).ShouldBeFalse("duplicate entry, current version");

        var data = await table.ReadAll();
        data.Members.Count.ShouldBe(1);
        data.Version.Version.ShouldBe(1);
    }

    [Fact]
    public async Task ReadRow_ReturnsTheRowWithItsEtagAndTheTableVersion()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();
        var entry = Entries.New();
        var next = (await table.ReadAll()).Version.Next();
        await table.InsertRow(entry, next);
        await table.InsertRow(Entries.New(), (await table.ReadAll()).Version.Next());

        var data = await table.ReadRow(entry.SiloAddress);

        var (read, etag) = data.Members.Single();
        read.ToFullString().ShouldBe(entry.ToFullString());
        etag.ShouldNotBeNullOrEmpty();
        data.Version.Version.ShouldBe(2);
    }

    [Fact]
    public async Task UpdateRow_WithAStaleTableVersionOrAStaleEtag_IsRefused_AndWithCurrentOnesReplacesTheRow()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();
        var data = await table.ReadAll();
        for (var i = 1; i < 10; i++)
        {
            var entry = Entries.New();
            entry.SuspectTimes =
            [
                Tuple.Create(Entries.NewSiloAddress(), Entries.NowToTheSecond().AddSeconds(1)),
                Tuple.Create(Entries.NewSiloAddress(), Entries.NowToTheSecond().AddSeconds(2)),
            ];
            var inserted = data.Version.Next();
            (await table.InsertRow(entry, inserted)).ShouldBeTrue();
            data = await table.ReadAll();
            var etagBefore = data.TryGet(entry.SiloAddress)!.Item2;

            (await table.UpdateRow(entry, etagBefore, inserted)).ShouldBeFalse("stale table version");
            var next = (await table.ReadAll()).Version.Next();
            entry.Status = SiloStatus.Active;
            (await table.UpdateRow(entry, etagBefore, next)).ShouldBeTrue();
            (await table.UpdateRow(entry, etagBefore, next)).ShouldBeFalse("stale etag and table version");

            data = await table.ReadAll();
            var (read, etagAfter) = data.TryGet(entry.SiloAddress)!;
            read.ToFullString().ShouldBe(entry.ToFullString());
            (await table.UpdateRow(entry, etagAfter, next)).ShouldBeFalse("current etag, stale table version");

            data = await table.ReadAll();
            data.TryGet(entry.SiloAddress)!.Item2.ShouldBe(etagAfter);
            data.Version.Version.ShouldBe(next.Version);
            data.Members.Count.ShouldBe(i);
        }
    }

    [Fact]
    public async Task UpdateRow_OfASiloNotInTheTable_IsRefused()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();

        (await table.UpdateRow(Entries.New(), "0", (await table.ReadAll()).Version.Next())).ShouldBeFalse();
    }

    [Fact]
    public async Task UpdateIAmAlive_ChangesOnlyTheHeartbeat()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();
        var entry = Entries.New();
        await table.InsertRow(entry, (await table.ReadAll()).Version.Next());
        var before = await table.ReadAll();
        var alive = DateTime.UtcNow.AddSeconds(5);

        // What Orleans' heartbeat passes: the address and the time, nothing else.
        await table.UpdateIAmAlive(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = alive });

        var after = await table.ReadAll();
        var (read, etag) = after.Members.Single();
        read.IAmAliveTime.ShouldBe(alive);
        read.Status.ShouldBe(SiloStatus.Joining);
        read.SiloName.ShouldBe("TestSiloName");
        etag.ShouldBe(before.Members.Single().Item2);
        after.Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task UpdateIAmAlive_OfASiloNotInTheTable_Throws()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();

        await Should.ThrowAsync<KeyNotFoundException>(() =>
            table.UpdateIAmAlive(new MembershipEntry { SiloAddress = Entries.NewSiloAddress(), IAmAliveTime = DateTime.UtcNow }));
    }

    [Fact]
    public async Task CleanupDefunctSiloEntries_RemovesOldRowsOfSilosNotActive()
    {
        var table = await (await fixture.NewClusterAsync()).TableAsync();
        var recent = Entries.New();
        await table.InsertRow(recent, (await table.ReadAll()).Version.Next());
        var old = Enum.GetValues<SiloStatus>().Select(status =>
        {
            var entry = Entries.New(status);
            entry.StartTime = entry.StartTime.AddDays(-10);
            entry.IAmAliveTime = entry.IAmAliveTime.AddDays(-10);
            return entry;
        }).ToList();
        foreach (var entry in old) (await table.InsertRow(entry, (await table.ReadAll()).Version.Next())).ShouldBeTrue();

        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddDays(-7));

        var left = (await table.ReadAll()).Members.Select(member => member.Item1.SiloAddress).ToList();
        left.ShouldBe([recent.SiloAddress, old.Single(entry => entry.Status == SiloStatus.Active).SiloAddress], ignoreOrder: true);
    }

    [Fact]
    public async Task UpdateRow_AfterTheTableWasDeleted_IsRefusedAndMakesNoTable()
    {
        var cluster = await fixture.NewClusterAsync();
        var table = await cluster.TableAsync();
        var entry = Entries.New();
        await table.InsertRow(entry, (await table.ReadAll()).Version.Next());
        var data = await table.ReadAll();
        await table.DeleteMembershipTableEntries(cluster.ClusterId);

        (await table.UpdateRow(entry, data.Members.Single().Item2, data.Version.Next())).ShouldBeFalse();

        (await cluster.ReadObjectAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task DeleteMembershipTableEntries_DeletesTheObject_AndALaterSiloStartsAFreshTable()
    {
        var cluster = await fixture.NewClusterAsync();
        var table = await cluster.TableAsync();
        await table.InsertRow(Entries.New(), (await table.ReadAll()).Version.Next());

        await table.DeleteMembershipTableEntries(cluster.ClusterId);

        (await cluster.ReadObjectAsync()).ShouldBeNull();
        (await table.ReadAll()).Members.ShouldBeEmpty();
        (await table.InsertRow(Entries.New(), (await table.ReadAll()).Version.Next())).ShouldBeTrue();
        (await cluster.ReadObjectAsync())!.Spec.Members.Count.ShouldBe(1);
    }
}
