using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Tests.Reconciliation;

public sealed class BoardPodReconcilerOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() =>
        new BoardPodReconcilerOptionsValidator().Validate(null, new BoardPodReconcilerOptions()).Succeeded.ShouldBeTrue();

    [Fact]
    public void Validate_ReportsSettingsThatWouldStallOrRefuseEveryBoard()
    {
        var options = new BoardPodReconcilerOptions
        {
            MaxConcurrentWrites = 0,
            MaxPodsPerBoard = 10,
            MaxPodsPerNamespace = 9,
            RetryInitialDelay = TimeSpan.Zero,
            WatchRetryInitialDelay = TimeSpan.FromSeconds(2),
            WatchRetryMaxDelay = TimeSpan.FromSeconds(1),
            ExpectationTimeout = TimeSpan.Zero,
            MaxWritesPerSecond = 0,
            WriteBurst = 0,
        };

        new BoardPodReconcilerOptionsValidator().Validate(null, options).Failures.ShouldBe(
        [
            "MaxConcurrentWrites must be at least 1.",
            "MaxWritesPerSecond must be positive, or unset for no budget of its own.",
            "WriteBurst must be at least 1.",
            "MaxPodsPerNamespace must be at least MaxPodsPerBoard.",
            "RetryInitialDelay must be positive.",
            "WatchRetryMaxDelay must be at least WatchRetryInitialDelay.",
            "ExpectationTimeout must be positive.",
        ]);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-5)]
    public void Validate_RefusesAWriteBudgetThatIsNotAPositiveRate(double rate) =>
        new BoardPodReconcilerOptionsValidator().Validate(null, new BoardPodReconcilerOptions { MaxWritesPerSecond = rate }).Failures
            .ShouldBe(["MaxWritesPerSecond must be positive, or unset for no budget of its own."]);
}
