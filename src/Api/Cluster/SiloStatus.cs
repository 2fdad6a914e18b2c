namespace OrleansLife.Api.Cluster;

/// <summary>One silo of the cluster, as the dashboard's silo table shows it.</summary>
/// <param name="Address">Endpoint and incarnation, such as <c>local@1735732800000</c>.</param>
/// <param name="Status"><c>active</c> while the silo answers.</param>
public sealed record SiloStatus(string Address, string Status, DateTimeOffset StartedAt, double UptimeSeconds);
