using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Grains.Tests.Boards.Specs;

public sealed class BoardLimitsValidatorTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var limits = new BoardLimits();

        new BoardLimitsValidator().Validate(null, limits).Succeeded.ShouldBeTrue();
        (limits.MaxWidth, limits.MaxHeight, limits.MaxInitialCells, limits.MaxStepGenerations, limits.MaxRequestBytes)
            .ShouldBe((4096, 4096, 1_000_000, 10_000, 1L << 20));
    }

    [Fact]
    public void LimitsBelowOne_AreRefused_ByName()
    {
        var result = new BoardLimitsValidator().Validate(null, new BoardLimits
        {
            MaxWidth = 0, MaxHeight = -1, MaxInitialCells = 0, MaxStepGenerations = 0, MaxRequestBytes = 0,
        });

        result.Failures.ShouldBe([
            "MaxWidth must be at least 1.", "MaxHeight must be at least 1.", "MaxInitialCells must be at least 1.",
            "MaxStepGenerations must be at least 1.", "MaxRequestBytes must be at least 1.",
        ]);
    }

    [Fact]
    public void AddBoardLimits_AppliesTheValidator()
    {
        using var services = new ServiceCollection().AddBoardLimits(limits => limits.MaxWidth = 0).Services.BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<BoardLimits>>().Value)
            .Message.ShouldBe("MaxWidth must be at least 1.");
    }
}
