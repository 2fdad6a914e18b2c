using OrleansLife.Operator.Events;

namespace OrleansLife.Operator.Tests.Events;

public sealed class EventRecorderOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() =>
        new EventRecorderOptionsValidator().Validate(null, new EventRecorderOptions()).Succeeded.ShouldBeTrue();

    [Fact]
    public void EmptyComponent_NoBurst_NoRefill_NoAttempt_AndNoRetryInterval_AreEachRejected()
    {
        var result = new EventRecorderOptionsValidator().Validate(null, new EventRecorderOptions
        {
            Component = " ", Burst = 0, RefillInterval = TimeSpan.Zero, MaxWriteAttempts = 0, WriteRetryInterval = TimeSpan.Zero,
        });

        result.Failures.ShouldBe(["Component must not be empty.", "Burst must be 1 or more.", "RefillInterval must be positive.",
            "MaxWriteAttempts must be 1 or more.", "WriteRetryInterval must be positive."]);
    }
}
