using System.Text.RegularExpressions;
using OrleansLife.Grains.Boards.Specs;
using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Tests.Pods;

public sealed partial class CellPodNamesTests
{
    [Theory]
    [InlineData(0, 0, "life-0-0")]
    [InlineData(3, 12, "life-3-12")]
    [InlineData(-3, 12, "life-m3-12")]
    [InlineData(3, -12, "life-3m12")]
    [InlineData(-3, -12, "life-m3m12")]
    [InlineData(int.MaxValue, int.MinValue, "life-2147483647m2147483648")]
    public void For_WritesTheCoordinate_WithMForMinus_AndReadsBack(int x, int y, string expected)
    {
        var name = CellPodNames.For("life", new Coordinate(x, y));

        name.ShouldBe(expected);
        CellPodNames.TryParse(name, out var board, out var cell).ShouldBeTrue();
        (board, cell).ShouldBe(("life", new Coordinate(x, y)));
    }

    [Fact]
    public void For_TheLongestBoardNameAndTheWidestCoordinates_IsStillADns1123LabelOf63Characters()
    {
        var board = new string('b', BoardNames.MaxLength - 2) + "-m";

        var name = CellPodNames.For(board, new Coordinate(int.MinValue, int.MinValue));

        name.Length.ShouldBe(CellPodNames.MaxLength);
        Dns1123Label().IsMatch(name).ShouldBeTrue(name);
        CellPodNames.TryParse(name, out var parsed, out var cell).ShouldBeTrue();
        (parsed, cell).ShouldBe((board, new Coordinate(int.MinValue, int.MinValue)));
    }

    [Fact]
    public void TryParse_RoundTripsEveryCell_OnBoardsWhoseNamesLookLikeCoordinates()
    {
        var random = new Random(1234);
        string[] boards = ["m", "a-m", "b2", "farm", "x-1-2", "x-m1m2", "life-0", "9"];
        var values = new[] { 0, 1, -1, 9, -10, 100, int.MaxValue, int.MinValue, int.MinValue + 1 }
            .Concat(Enumerable.Range(0, 40).Select(_ => random.Next(int.MinValue, int.MaxValue)))
            .ToArray();

        foreach (var board in boards)
        {
            foreach (var x in values)
            {
                foreach (var y in values.Take(12))
                {
                    var name = CellPodNames.For(board, new Coordinate(x, y));
                    CellPodNames.TryParse(name, out var parsed, out var cell).ShouldBeTrue(name);
                    (parsed, cell).ShouldBe((board, new Coordinate(x, y)), name);
                    Dns1123Label().IsMatch(name).ShouldBeTrue(name);
                }
            }
        }
    }

    [Theory]
    [InlineData("life")]
    [InlineData("life-1")]
    [InlineData("-1-2")]
    [InlineData("life-01-2")]
    [InlineData("life-1-02")]
    [InlineData("life-m0-2")]
    [InlineData("life-1m0")]
    [InlineData("life-1-m2")]
    [InlineData("lifem1-2")]
    [InlineData("life-2147483648-0")]
    [InlineData("life-m2147483649-0")]
    [InlineData("life-1-2-")]
    [InlineData("")]
    public void TryParse_RejectsNamesTheMappingNeverWrites(string name) =>
        CellPodNames.TryParse(name, out _, out _).ShouldBeFalse();

    [Theory]
    [InlineData(0, "0")]
    [InlineData(42, "42")]
    [InlineData(-42, "m42")]
    [InlineData(int.MinValue, "m2147483648")]
    public void Encode_GivesAValidLabelValue_ThatDecodesBack(int value, string expected)
    {
        var text = CellPodNames.Encode(value);

        text.ShouldBe(expected);
        LabelValue().IsMatch(text).ShouldBeTrue();
        CellPodNames.TryDecode(text, out var decoded).ShouldBeTrue();
        decoded.ShouldBe(value);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();
}
