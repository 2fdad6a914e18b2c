using OrleansLife.Operator.Leadership;

namespace OrleansLife.Operator.Tests.Leadership;

public sealed class LeaderElectionOptionsValidatorTests
{
    [Fact]
    public void TheDefaults_AreValid()
    {
        new LeaderElectionOptionsValidator().Validate(null, new LeaderElectionOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void TimesThatCouldLetTwoLeadersOverlap_AreRefused_EachSayingWhy()
    {
        var options = new LeaderElectionOptions
        {
            LeaseDuration = TimeSpan.FromSeconds(5), RenewDeadline = TimeSpan.FromSeconds(5), RetryPeriod = TimeSpan.FromSeconds(6), Identity = "",
        };

        new LeaderElectionOptionsValidator().Validate(null, options).Failures.ShouldBe([
            "RenewDeadline must be longer than RetryPeriod.",
            "LeaseDuration must be longer than RenewDeadline.",
            "Identity must not be empty.",
        ]);
    }
}
