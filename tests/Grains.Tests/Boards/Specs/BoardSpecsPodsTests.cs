using OrleansLife.Grains.Boards;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Grains.Tests.Boards.Specs;

/// <summary>The spec's pod fields: pacing, waitForRunning, podTimeoutMilliseconds and maxPods.</summary>
public sealed class BoardSpecsPodsTests
{
    private static readonly BoardLimits Limits = new();

    private static BoardSpec Blinker => new() { Name = "blinker", Width = 5, Height = 5, Pattern = "blinker" };

    private static BoardDefinition Convert(BoardSpec spec)
    {
        BoardSpecs.TryCreateDefinition(spec, Limits, out var definition, out var errors)
            .ShouldBeTrue(string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        return definition!;
    }

    private static IReadOnlyDictionary<string, string[]> Refuse(BoardSpec spec)
    {
        BoardSpecs.TryCreateDefinition(spec, Limits, out var definition, out var errors).ShouldBeFalse();
        definition.ShouldBeNull();
        return errors;
    }

    [Fact]
    public void Unset_TheBoardFollows_WaitsTenSeconds_ForPodsThatExist_WithoutACapOfItsOwn()
    {
        var definition = Convert(Blinker);

        (definition.Pacing, definition.WaitForRunning, definition.PodTimeoutMilliseconds, definition.MaxPods)
            .ShouldBe((PodPacing.Follow, false, 10_000, (int?)null));
        (definition.ResourceUid, definition.ResumeFrom).ShouldBe((null, null));
    }

    [Theory]
    [InlineData("follow", PodPacing.Follow)]
    [InlineData("FOLLOW", PodPacing.Follow)]
    [InlineData("lockstep", PodPacing.Lockstep)]
    [InlineData("LockStep", PodPacing.Lockstep)]
    public void Pacing_IsReadInAnyCase(string pacing, PodPacing expected) =>
        Convert(Blinker with { Pacing = pacing }).Pacing.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("fast")]
    [InlineData(" lockstep")]
    [InlineData("1")]
    [InlineData("Lockstep,Follow")]
    public void Pacing_OtherThanFollowOrLockstep_IsRefused(string pacing)
    {
        var errors = Refuse(Blinker with { Pacing = pacing });

        errors.Keys.ShouldBe(["pacing"]);
        errors["pacing"].ShouldBe([$"Unknown pacing '{pacing}'; expected follow or lockstep."]);
    }

    [Fact]
    public void EverySetting_IsCarriedOver()
    {
        var definition = Convert(Blinker with { Pacing = "lockstep", WaitForRunning = true, PodTimeoutMilliseconds = 250, MaxPods = 12 });

        (definition.Pacing, definition.WaitForRunning, definition.PodTimeoutMilliseconds, definition.MaxPods)
            .ShouldBe((PodPacing.Lockstep, true, 250, (int?)12));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(600_000)]
    public void PodTimeout_FromOneMillisecondToTenMinutes_IsTaken(int timeout) =>
        Convert(Blinker with { PodTimeoutMilliseconds = timeout }).PodTimeoutMilliseconds.ShouldBe(timeout);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(600_001)]
    [InlineData(int.MinValue)]
    public void PodTimeout_OutsideOneMillisecondToTenMinutes_IsRefused(int timeout)
    {
        var errors = Refuse(Blinker with { PodTimeoutMilliseconds = timeout });

        errors.Keys.ShouldBe(["podTimeoutMilliseconds"]);
        errors["podTimeoutMilliseconds"].ShouldBe([$"The pod timeout must be from 1 to 600000 milliseconds; it is {timeout}."]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void MaxPods_OfZeroOrMore_IsTaken(int maxPods) => Convert(Blinker with { MaxPods = maxPods }).MaxPods.ShouldBe(maxPods);

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void MaxPods_BelowZero_IsRefused(int maxPods)
    {
        var errors = Refuse(Blinker with { MaxPods = maxPods });

        errors.Keys.ShouldBe(["maxPods"]);
        errors["maxPods"].ShouldBe([$"The board's pod cap must be 0 or more; it is {maxPods}."]);
    }

    [Fact]
    public void EveryPodProblem_IsReported_AlongsideTheOthers()
    {
        var errors = Refuse(Blinker with { Width = 0, Pacing = "eager", PodTimeoutMilliseconds = 0, MaxPods = -3 });

        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["maxPods", "pacing", "podTimeoutMilliseconds", "width"]);
        errors["pacing"].ShouldBe(["Unknown pacing 'eager'; expected follow or lockstep."]);
        errors["podTimeoutMilliseconds"].ShouldBe(["The pod timeout must be from 1 to 600000 milliseconds; it is 0."]);
        errors["maxPods"].ShouldBe(["The board's pod cap must be 0 or more; it is -3."]);
    }

    [Fact]
    public void AStartStateOverMaxPods_IsValid_ForAdmissionToRefuse()
    {
        var definition = Convert(Blinker with { MaxPods = 2 });

        (definition.InitialCells.Count, definition.MaxPods).ShouldBe((3, (int?)2));
    }

    [Theory]
    [InlineData("pattern")]
    [InlineData("rle")]
    [InlineData("text")]
    [InlineData("cells")]
    [InlineData("random")]
    public void StartStateField_NamesTheFieldThatHoldsTheStartState(string field)
    {
        var spec = field switch
        {
            "pattern" => new BoardSpec { Pattern = "glider" },
            "rle" => new BoardSpec { Rle = "x = 3, y = 1\n3o!" },
            "text" => new BoardSpec { Text = "hi" },
            "cells" => new BoardSpec { Cells = [[0, 0]] },
            _ => new BoardSpec { Random = new RandomFillSpec { Density = 0.5 } },
        };

        BoardSpecs.StartStateField(spec).ShouldBe(field);
    }

    [Fact]
    public void StartStateField_OfASpecWithoutOne_IsPattern_WhereTheMissingStartStateIsReported()
    {
        BoardSpecs.StartStateField(new BoardSpec()).ShouldBe("pattern");
        Refuse(new BoardSpec { Name = "empty", Width = 5, Height = 5 }).Keys.ShouldBe(["pattern"]);
    }
}
