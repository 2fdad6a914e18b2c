namespace OrleansLife.Api.Cluster;

/// <summary>One silo of the Orleans cluster, as the dashboard's silo table shows it.</summary>
/// <param name="Address">Orleans' silo address: endpoint and incarnation, such as <c>S127.0.0.1:11111:123456789</c>.</param>
/// <param name="Name">The silo's name (its host name or pod name).</param>
/// <param name="Status">Orleans' membership status, lower case: <c>active</c>, <c>joining</c>, <c>shuttingdown</c>, <c>dead</c>, …</param>
/// <param name="Activations">Grain activations the silo hosts.</param>
/// <param name="Role">This silo's part in playing the boards (<c>leader</c>, <c>standby</c>, <c>campaigning</c> or <c>alone</c>); null for other silos.</param>
/// <param name="Leader">The silo that leads the boards, when known.</param>
public sealed record SiloStatus(
    string Address, string Name, string Status, DateTimeOffset StartedAt, double UptimeSeconds, long Activations, string? Role, string? Leader);
