namespace OrleansLife.Grains.Tests.Support;

/// <summary>Three silos in one cluster: a board's tiles spread over them, so edge messages cross from silo to silo.</summary>
public sealed class LifeCluster() : LifeTestCluster(SiloCount)
{
    public const int SiloCount = 3;
}
