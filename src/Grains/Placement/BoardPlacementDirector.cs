using Orleans.Runtime.Placement;

namespace OrleansLife.Grains.Placement;

/// <summary>
/// Puts a board where its home says (the leader's silo, with Kubernetes). Without a known home it stays with the silo
/// that asked, which is the controller's when the controller starts it.
/// </summary>
public sealed class BoardPlacementDirector(IBoardHome home) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var silos = context.GetCompatibleSilos(target);
        if (home.Find() is { } silo && silos.Contains(silo)) return Task.FromResult(silo);
        return Task.FromResult(silos.Contains(context.LocalSilo) ? context.LocalSilo : silos[Random.Shared.Next(silos.Length)]);
    }
}
