namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>The tests that share one <see cref="EnforcingDashboardFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EnforcingDashboardCollection : ICollectionFixture<EnforcingDashboardFixture>
{
    public const string Name = "Dashboard, enforcing";
}
