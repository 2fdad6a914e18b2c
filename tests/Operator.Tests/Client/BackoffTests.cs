using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Tests.Client;

public class BackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(1, 0.0, 100)]
    [InlineData(1, 1.0, 200)]
    [InlineData(2, 0.0, 200)]
    [InlineData(3, 0.5, 600)]
    [InlineData(5, 1.0, 3200)]
    [InlineData(6, 0.0, 2500)]
    [InlineData(60, 1.0, 5000)]
    public void Exponential_DoublesPerAttempt_WithHalfOfItJittered_UpToTheCap(int attempt, double random, double expectedMilliseconds) =>
        Backoff.Exponential(attempt, Initial, Max, random).TotalMilliseconds.ShouldBe(expectedMilliseconds);
}
