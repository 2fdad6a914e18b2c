namespace OrleansLife.Api.Tests.Support;

/// <summary>
/// The tests that share one <see cref="SiloFactory"/>. They run one after another, which lets a test compare the board
/// list before and after a bad request to show that nothing was created.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFactory>
{
    public const string Name = "Silo";
}
