using OrleansLife.Grains.Cells;
using OrleansLife.Grains.Placement;
using OrleansLife.Grains.Regions;

namespace OrleansLife.Grains.Boards;

public sealed partial class BoardGrain
{
    public Task<BoardPlacement> GetPlacementAsync()
    {
        var definition = Existing();
        var silos = membership.CurrentSnapshot.Members.Values
            .Where(member => member.Status == SiloStatus.Active)
            .Select(member => member.SiloAddress)
            .OrderBy(silo => silo.ToParsableString(), StringComparer.Ordinal)
            .ToArray();
        var cells = _live.ToArray();
        Array.Sort(cells, Coordinate.ReadingOrder);
        var index = silos.Select((silo, i) => (silo, i)).ToDictionary(pair => pair.silo, pair => pair.i);
        // Tile placement is a pure function of the board, the tile and the silos, so the board can tell without asking.
        var cellSilos = cells.Select(cell => silos.Length == 0 ? 0 : index[TilePlacementDirector.Choose(definition.Name, RegionKey.Of(cell), silos)]).ToArray();
        return Task.FromResult(new BoardPlacement(_generation, [.. silos.Select(silo => silo.ToString())], cellSilos));
    }
}
