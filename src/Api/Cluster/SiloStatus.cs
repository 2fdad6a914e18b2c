namespace OrleansLife.Api.Cluster;

/// <summary>One silo of the cluster, as the dashboard's silo table shows it.</summary>
/// <param name="Address">Endpoint and incarnation, such as <c>local@1735732800000</c>.</param>
/// <param name="Status"><c>active</c> while the silo answers.</param>
/// <param name="Role">Its part in playing the boards: <c>leader</c>, <c>standby</c>, <c>campaigning</c> or <c>alone</c>.</param>
/// <param name="Leader">The silo that leads the boards, when known.</param>
public sealed record SiloStatus(string Address, string Status, DateTimeOffset StartedAt, double UptimeSeconds, string Role, string? Leader);
