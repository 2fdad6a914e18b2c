namespace OrleansLife.Api.Tests.Support;

/// <summary>The tests that share one <see cref="EnforcingSiloFactory"/>, one after another, so that "nothing changed" holds.</summary>
[CollectionDefinition(Name)]
public sealed class EnforcingSiloCollection : ICollectionFixture<EnforcingSiloFactory>
{
    public const string Name = "Enforcing silo";
}
