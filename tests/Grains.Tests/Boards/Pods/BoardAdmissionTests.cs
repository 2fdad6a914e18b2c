using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Grains.Tests.Boards.Pods;

/// <summary>A valid board whose generation 0 would pass the board's maxPods or the pods' cap is refused before it starts.</summary>
public sealed class BoardAdmissionTests
{
    private const string Cap = "Board 'soup' would need 3 pods, but the operator allows at most 2 per board.";

    private static (BoardSpec Spec, BoardDefinition Definition) Valid(BoardSpec spec)
    {
        BoardSpecs.TryCreateDefinition(spec, new BoardLimits(), out var definition, out var errors)
            .ShouldBeTrue(string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        return (spec, definition!);
    }

    private static BoardSpec ThreeCells(int? maxPods = null) =>
        new() { Name = "soup", Width = 5, Height = 5, Cells = [[0, 0], [2, 2], [4, 4], [2, 2]], MaxPods = maxPods };

    [Theory]
    [InlineData(null)]
    [InlineData(3)]
    public void AGeneration0WithinTheCaps_IsAdmitted_AndThePodsAreAskedAboutItsDistinctCells(int? maxPods)
    {
        var pods = new RecordingBoardPods();
        var (spec, definition) = Valid(ThreeCells(maxPods));

        BoardAdmission.Refusal(spec, definition, pods).ShouldBeNull();
        pods.CapChecks.ShouldBe([("soup", 3)]);
    }

    [Fact]
    public void AGeneration0OverMaxPods_IsRefused_UnderTheStartStateField()
    {
        var (spec, definition) = Valid(ThreeCells(maxPods: 2));

        var refusal = BoardAdmission.Refusal(spec, definition, new RecordingBoardPods());

        refusal.ShouldNotBeNull().Keys.ShouldBe(["cells"]);
        refusal["cells"].ShouldBe(["Generation 0 has 3 live cells, more than the board's maxPods of 2: each live cell is a pod."]);
    }

    [Fact]
    public void AGeneration0OverThePodsCap_IsRefused_WithTheCapsReason()
    {
        var pods = new RecordingBoardPods { Cap = (board, count) => count > 2 ? Cap : null };
        var (spec, definition) = Valid(ThreeCells());

        var refusal = BoardAdmission.Refusal(spec, definition, pods);

        refusal.ShouldNotBeNull().Keys.ShouldBe(["cells"]);
        refusal["cells"].ShouldBe([$"Generation 0 has 3 live cells: {Cap}"]);
    }

    [Fact]
    public void OverBoth_TheBoardsOwnMaxPods_IsTheReasonGiven()
    {
        var pods = new RecordingBoardPods { Cap = (_, _) => Cap };
        var (spec, definition) = Valid(ThreeCells(maxPods: 1));

        var refusal = BoardAdmission.Refusal(spec, definition, pods);

        refusal.ShouldNotBeNull()["cells"].ShouldBe(["Generation 0 has 3 live cells, more than the board's maxPods of 1: each live cell is a pod."]);
    }

    [Theory]
    [InlineData("pattern")]
    [InlineData("rle")]
    [InlineData("text")]
    [InlineData("random")]
    public void TheRefusal_BlamesWhicheverFieldHoldsTheStartState(string field)
    {
        var spec = new BoardSpec { Name = "busy", Width = 40, Height = 12, MaxPods = 0 };
        spec = field switch
        {
            "pattern" => spec with { Pattern = "glider" },
            "rle" => spec with { Rle = "x = 3, y = 1\n3o!" },
            "text" => spec with { Text = "hi" },
            _ => spec with { Random = new RandomFillSpec { Density = 1 } },
        };
        var (_, definition) = Valid(spec);

        var refusal = BoardAdmission.Refusal(spec, definition, new RecordingBoardPods());

        refusal.ShouldNotBeNull().Keys.ShouldBe([field]);
        refusal[field].ShouldBe([$"Generation 0 has {definition.InitialCells.Count} live cells, more than the board's maxPods of 0: each live cell is a pod."]);
    }

    [Fact]
    public void AnEmptyGeneration0_FitsAMaxPodsOfZero()
    {
        var (spec, definition) = Valid(new BoardSpec { Name = "empty", Width = 5, Height = 5, Cells = [], MaxPods = 0 });

        BoardAdmission.Refusal(spec, definition, new RecordingBoardPods()).ShouldBeNull();
    }
}
