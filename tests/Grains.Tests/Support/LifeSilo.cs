namespace OrleansLife.Grains.Tests.Support;

/// <summary>One silo running the Game of Life grains, shared by the tests of a class.</summary>
public sealed class LifeSilo() : LifeTestCluster(1);
