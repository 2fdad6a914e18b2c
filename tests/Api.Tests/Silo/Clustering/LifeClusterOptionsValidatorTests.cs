using OrleansLife.Silo.Clustering;

namespace OrleansLife.Api.Tests.Silo.Clustering;

public sealed class LifeClusterOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("localhost")]
    [InlineData("Kubernetes")]
    public void Membership_UnsetOrKnown_IsValid(string? membership) =>
        Validate(new LifeClusterOptions { Membership = membership }).ShouldBeEmpty();

    [Fact]
    public void Membership_Unknown_IsRefused() =>
        Validate(new LifeClusterOptions { Membership = "consul" })
            .ShouldBe(["Cluster:Membership must be localhost or kubernetes; it is 'consul'."]);

    [Fact]
    public void PrimarySilo_WithKubernetesMembership_IsRefused() =>
        Validate(new LifeClusterOptions { Membership = "kubernetes", PrimarySilo = "127.0.0.1:11111" })
            .ShouldBe(["Cluster:PrimarySilo belongs to localhost membership; with Cluster:Membership=kubernetes silos find each other in the Kubernetes API."]);

    [Fact]
    public void AdvertisedAddress_NotAnIpAddress_IsRefused() =>
        Validate(new LifeClusterOptions { Membership = "kubernetes", AdvertisedAddress = "silo-1.local" })
            .ShouldBe(["Cluster:AdvertisedAddress must be an IP address such as 10.0.0.5; it is 'silo-1.local'."]);

    [Theory]
    [InlineData(null, false, LifeMembership.Localhost)]
    [InlineData(null, true, LifeMembership.Kubernetes)]
    [InlineData("localhost", true, LifeMembership.Localhost)]
    [InlineData("KUBERNETES", false, LifeMembership.Kubernetes)]
    public void MembershipFor_UnsetIsKubernetesOnlyInAPod(string? membership, bool inPod, LifeMembership expected) =>
        new LifeClusterOptions { Membership = membership }.MembershipFor(inPod).ShouldBe(expected);

    private static IEnumerable<string> Validate(LifeClusterOptions options) =>
        new LifeClusterOptionsValidator().Validate(null, options).Failures ?? [];
}
