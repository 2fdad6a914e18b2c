using OrleansLife.Clustering.Hosting;

namespace OrleansLife.Clustering.Tests.Hosting;

public sealed class ClusterMembershipObjectNameTests
{
    [Theory]
    [InlineData("orleanslife")]
    [InlineData("life-2.prod")]
    public void Validate_AKubernetesObjectName_ReturnsIt(string clusterId) =>
        ClusterMembershipObjectName.Validate(clusterId).ShouldBe(clusterId);

    [Theory]
    [InlineData("")]
    [InlineData("OrleansLife")]
    [InlineData("life_cluster")]
    public void Validate_NotAnObjectName_ThrowsNamingTheClusterId(string clusterId) =>
        Should.Throw<InvalidOperationException>(() => ClusterMembershipObjectName.Validate(clusterId)).Message.ShouldContain($"'{clusterId}'");
}
