using System.Net;
using Orleans.Runtime.Placement;
using OrleansLife.Grains.Placement;

namespace OrleansLife.Grains.Tests.Placement;

/// <summary>Boards go to their home silo (the leader's, with Kubernetes) when it can take them, else stay with the caller.</summary>
public sealed class BoardPlacementDirectorTests
{
    private static readonly SiloAddress First = Silo(11111), Second = Silo(11112), Third = Silo(11113);
    private static readonly PlacementTarget Target = new(GrainId.Create("board", "glider"), new Dictionary<string, object>(), default, 0);

    [Fact]
    public async Task AKnownHome_TakesTheBoard_WhicheverSiloAsks()
    {
        var director = new BoardPlacementDirector(new FixedHome(Third));

        (await director.OnAddActivation(BoardPlacementStrategy.Instance, Target, new Context(First, First, Second, Third))).ShouldBe(Third);
        (await director.OnAddActivation(BoardPlacementStrategy.Instance, Target, new Context(Second, First, Second, Third))).ShouldBe(Third);
    }

    [Fact]
    public async Task WithoutAHome_OrWithOneThatIsGone_TheBoardStaysWithTheSiloThatAsked()
    {
        (await new BoardPlacementDirector(AnySiloBoardHome.Instance)
            .OnAddActivation(BoardPlacementStrategy.Instance, Target, new Context(Second, First, Second, Third))).ShouldBe(Second);
        (await new BoardPlacementDirector(new FixedHome(Third))
            .OnAddActivation(BoardPlacementStrategy.Instance, Target, new Context(Second, First, Second))).ShouldBe(Second);
    }

    [Fact]
    public async Task ACallerThatCannotHostIt_LeavesTheBoardToASiloThatCan()
    {
        var chosen = await new BoardPlacementDirector(AnySiloBoardHome.Instance)
            .OnAddActivation(BoardPlacementStrategy.Instance, Target, new Context(First, Second, Third));

        chosen.ShouldBeOneOf(Second, Third);
    }

    private static SiloAddress Silo(int port) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1);

    private sealed class FixedHome(SiloAddress home) : IBoardHome
    {
        public SiloAddress? Find() => home;
    }

    private sealed class Context(SiloAddress local, params SiloAddress[] compatible) : IPlacementContext
    {
        public SiloAddress LocalSilo => local;

        public SiloStatus LocalSiloStatus => SiloStatus.Active;

        public SiloAddress[] GetCompatibleSilos(PlacementTarget target) => compatible;

        public IReadOnlyDictionary<ushort, SiloAddress[]> GetCompatibleSilosWithVersions(PlacementTarget target) =>
            new Dictionary<ushort, SiloAddress[]> { [0] = compatible };
    }
}
