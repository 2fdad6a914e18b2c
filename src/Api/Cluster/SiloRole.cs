namespace OrleansLife.Api.Cluster;

/// <summary>A silo's part in playing the boards.</summary>
/// <param name="Role"><c>leader</c>, <c>standby</c>, <c>campaigning</c> (not yet elected, the lease free or unknown) or <c>alone</c> (no Kubernetes).</param>
/// <param name="Leader">The silo that leads, when known.</param>
public sealed record SiloRole(string Role, string? Leader)
{
    /// <summary>A silo without Kubernetes: it plays its own boards.</summary>
    public static SiloRole Alone { get; } = new("alone", null);

    /// <summary>Whether the silo plays the boards, and so can take requests that change them.</summary>
    public bool PlaysBoards => Role is "leader" or "alone";
}
