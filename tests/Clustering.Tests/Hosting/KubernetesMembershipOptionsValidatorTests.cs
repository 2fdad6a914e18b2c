using OrleansLife.Clustering.Hosting;

namespace OrleansLife.Clustering.Tests.Hosting;

public sealed class KubernetesMembershipOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid() =>
        new KubernetesMembershipOptionsValidator().Validate(null, new KubernetesMembershipOptions()).Succeeded.ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("Default")]
    [InlineData("-boards")]
    [InlineData("my_boards")]
    public void Namespace_NotAKubernetesName_IsRefused(string @namespace)
    {
        var result = new KubernetesMembershipOptionsValidator().Validate(null, new KubernetesMembershipOptions { Namespace = @namespace });

        result.Failures!.Single().ShouldStartWith("KubernetesMembership:Namespace must be a Kubernetes namespace name");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(61)]
    public void ReadsFreshFor_OutsideZeroToAMinute_IsRefused(int seconds)
    {
        var result = new KubernetesMembershipOptionsValidator().Validate(null, new KubernetesMembershipOptions { ReadsFreshFor = TimeSpan.FromSeconds(seconds) });

        result.Failures!.Single().ShouldStartWith("KubernetesMembership:ReadsFreshFor must be from 0 to 1 minute");
    }
}
