namespace OrleansLife.Runtime.Placement;

/// <summary>
/// Where a silo can be reached, and which incarnation of it: a silo restarted on the same endpoint is a new silo,
/// so messages meant for its previous life are not delivered to it.
/// </summary>
public sealed record SiloAddress(string Endpoint, long Generation)
{
    public override string ToString() => $"{Endpoint}@{Generation}";
}
