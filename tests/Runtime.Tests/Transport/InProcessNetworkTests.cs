using OrleansLife.Runtime.Identity;
using OrleansLife.Runtime.Placement;
using OrleansLife.Runtime.Tests.Support;
using OrleansLife.Runtime.Transport;

namespace OrleansLife.Runtime.Tests.Transport;

public sealed class InProcessNetworkTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly InProcessNetwork _network = new();
    private readonly HashPlacement _placement = new([new SiloAddress("east", 0), new SiloAddress("west", 0)]);
    private readonly ProbeSilo _east;
    private readonly ProbeSilo _west;

    public InProcessNetworkTests()
    {
        _east = new ProbeSilo(o => o.Endpoint = "east", _placement, _network);
        _west = new ProbeSilo(o => o.Endpoint = "west", _placement, _network);
        _network.Join(_east.Runtime);
        _network.Join(_west.Runtime);
    }

    public async ValueTask DisposeAsync()
    {
        await _east.DisposeAsync();
        await _west.DisposeAsync();
    }

    [Fact]
    public async Task AGrainOwnedByTheOtherSilo_IsActivatedThere_AndAnswersCallsAndMessages()
    {
        var key = KeyOwnedBy("west");
        var probe = _east.Grains.GetGrain<IProbeGrain>(key);

        probe.Add(20);
        probe.Add(22);

        (await probe.WhenTotalReachesAsync(42).WaitAsync(Patience)).ShouldBe(42);
        _west.Runtime.CountActivations("probe").ShouldBe(1);
        _east.Runtime.CountActivations("probe").ShouldBe(0);
    }

    [Fact]
    public async Task AnExceptionOnTheOtherSilo_ReachesTheCaller_WithItsTypeNameAndMessage()
    {
        var probe = _east.Grains.GetGrain<IProbeGrain>(KeyOwnedBy("west"));

        var error = await Should.ThrowAsync<RemoteGrainException>(probe.FailAsync("far away"));

        error.RemoteType.ShouldBe(typeof(InvalidOperationException).FullName);
        error.Message.ShouldBe("far away");
    }

    [Fact]
    public void TheCodec_RoundTripsAMessage_WithItsTypedBody()
    {
        var message = new TransportMessage(TransportMessageKind.Request, new GrainId(new GrainType("probe"), GrainKey.Compound(-7, "k")),
            "probe.fail", 0, 0, "why", 12, new SiloAddress("east", 3));

        var decoded = _east.Runtime.Codec.Decode(_east.Runtime.Codec.Encode(message));

        decoded.ShouldBe(message);
    }

    private string KeyOwnedBy(string endpoint)
    {
        for (var i = 0; ; i++)
        {
            var key = $"probe-{i}";
            if (_placement.Place(new GrainId(new GrainType("probe"), GrainKey.FromString(key))).Endpoint == endpoint) return key;
        }
    }
}
