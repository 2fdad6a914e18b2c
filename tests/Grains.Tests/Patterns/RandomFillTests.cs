using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Patterns;

namespace OrleansLife.Grains.Tests.Patterns;

public sealed class RandomFillTests
{
    [Fact]
    public void Generate_Seed1234567_FollowsThePublishedSplitMix64Sequence()
    {
        // The first five SplitMix64 numbers for this seed, as fractions of 2^64: 0.35, 0.17, 0.53, 0.25, 0.89.
        RandomFill.Generate(5, 1, 0.5, 1234567).ShouldBe([new(0, 0), new(1, 0), new(3, 0)]);
    }

    [Fact]
    public void Generate_SameSeed_SameCells()
    {
        RandomFill.Generate(40, 30, 0.3, 42).ShouldBe(RandomFill.Generate(40, 30, 0.3, 42));
    }

    [Fact]
    public void Generate_OtherSeed_OtherCells()
    {
        RandomFill.Generate(40, 30, 0.3, 42).ShouldNotBe(RandomFill.Generate(40, 30, 0.3, 43));
    }

    [Fact]
    public void Generate_CellsAreInReadingOrder_InsideTheBox()
    {
        var cells = RandomFill.Generate(17, 9, 0.5, 7);

        cells.ShouldBe(cells.Order(Coordinate.ReadingOrder));
        cells.ShouldAllBe(cell => cell.X >= 0 && cell.X < 17 && cell.Y >= 0 && cell.Y < 9);
    }

    [Fact]
    public void Generate_DensityZero_NoCells_DensityOne_AllCells()
    {
        RandomFill.Generate(10, 10, 0, 1).ShouldBeEmpty();
        RandomFill.Generate(10, 10, 1, 1).Count.ShouldBe(100);
    }

    [Fact]
    public void Generate_Density_IsTheShareOfLiveCells_WithinThreeStandardDeviations()
    {
        // 10,000 cells at 0.3: mean 3,000, standard deviation about 46.
        RandomFill.Generate(100, 100, 0.3, 2024).Count.ShouldBeInRange(2862, 3138);
    }

    [Theory]
    [InlineData(-1, 5, 0.5, "width")]
    [InlineData(5, -1, 0.5, "height")]
    [InlineData(5, 5, -0.01, "density")]
    [InlineData(5, 5, 1.01, "density")]
    [InlineData(5, 5, double.NaN, "density")]
    [InlineData(4097, 4097, 0.5, "height")]
    public void Generate_InvalidArgument_ThrowsNamingIt(int width, int height, double density, string parameter)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => RandomFill.Generate(width, height, density, 1)).ParamName.ShouldBe(parameter);
    }
}
