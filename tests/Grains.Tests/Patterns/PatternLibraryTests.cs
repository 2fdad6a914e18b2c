using OrleansLife.Grains.Patterns;
using OrleansLife.Grains.Rules;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class PatternLibraryTests
{
    [Theory]
    [InlineData("blinker", 3, 3, 1)]
    [InlineData("toad", 6, 4, 2)]
    [InlineData("beacon", 6, 4, 4)]
    [InlineData("glider", 5, 3, 3)]
    [InlineData("lwss", 9, 5, 4)]
    [InlineData("mwss", 11, 6, 5)]
    [InlineData("hwss", 13, 7, 5)]
    [InlineData("pulsar", 48, 13, 13)]
    [InlineData("pentadecathlon", 12, 10, 3)]
    [InlineData("gosper-glider-gun", 36, 36, 9)]
    [InlineData("r-pentomino", 5, 3, 3)]
    [InlineData("acorn", 7, 7, 3)]
    [InlineData("diehard", 7, 8, 3)]
    [InlineData("lidka", 13, 9, 15)]
    [InlineData("block", 4, 2, 2)]
    [InlineData("beehive", 6, 4, 3)]
    [InlineData("loaf", 7, 4, 4)]
    [InlineData("boat", 5, 3, 3)]
    [InlineData("replicator", 12, 5, 5)]
    public void TryGet_LibraryPattern_HasItsPublishedPopulationAndBoundingBox(string id, int population, int width, int height)
    {
        PatternLibrary.TryGet(id, out var pattern).ShouldBeTrue();

        pattern!.Population.ShouldBe(population);
        pattern.Width.ShouldBe(width);
        pattern.Height.ShouldBe(height);
    }

    [Theory]
    [InlineData("GLIDER")]
    [InlineData("Gosper-Glider-Gun")]
    [InlineData("gosper glider gun")]
    [InlineData(" R-pentomino ")]
    public void TryGet_IgnoresCase_AndAcceptsIdOrName(string name)
    {
        PatternLibrary.TryGet(name, out var pattern).ShouldBeTrue();
        pattern.ShouldNotBeNull();
    }

    [Fact]
    public void TryGet_UnknownName_IsFalse()
    {
        PatternLibrary.TryGet("spaceship-that-does-not-exist", out var pattern).ShouldBeFalse();
        pattern.ShouldBeNull();
    }

    [Fact]
    public void Get_UnknownName_ThrowsKeyNotFound()
    {
        Should.Throw<KeyNotFoundException>(() => PatternLibrary.Get("nope")).Message.ShouldContain("'nope'");
    }

    [Fact]
    public void All_ListsEveryPatternOnce_OrderedById_WithNameAndDescription()
    {
        var ids = PatternLibrary.All.Select(info => info.Id).ToList();

        ids.ShouldBe(ids.Order(StringComparer.Ordinal));
        ids.ShouldBeUnique();
        ids.ShouldContain("gosper-glider-gun");
        ids.Count.ShouldBe(19);
        PatternLibrary.All.ShouldAllBe(info => info.Name.Length > 0 && !string.IsNullOrWhiteSpace(info.Description));
    }

    [Fact]
    public void All_DescribesEachPatternAsGetReturnsIt()
    {
        foreach (var info in PatternLibrary.All)
        {
            var pattern = PatternLibrary.Get(info.Id);

            info.ShouldBe(new PatternInfo(info.Id, pattern.Name, pattern.Description, pattern.Width, pattern.Height, pattern.Population, pattern.Rule));
        }
    }

    [Fact]
    public void Rule_IsHighLifeForTheReplicator_AndConwayForTheRest()
    {
        PatternLibrary.Get("replicator").Rule.ShouldBe(LifeRule.Parse("B36/S23"));
        PatternLibrary.All.Where(info => info.Id != "replicator").ShouldAllBe(info => info.Rule == LifeRule.Conway);
    }

    [Fact]
    public void Get_GosperGun_KeepsItsFileNameAndComments()
    {
        var gun = PatternLibrary.Get("gosper-glider-gun");

        gun.Name.ShouldBe("Gosper glider gun");
        gun.Author.ShouldBe("Bill Gosper");
        gun.Description.ShouldBe("The first known gun (1970): a period 30 oscillator that fires a glider\nevery 30 generations, forever.");
    }
}
