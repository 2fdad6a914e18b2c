namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>The tests that share one <see cref="DashboardFixture"/>: one silo and one browser for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "Dashboard";
}
