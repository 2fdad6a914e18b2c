using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Tests.Identity;

public sealed class GrainIdTests
{
    [Fact]
    public void StableHash_IsTheSameInEveryProcess()
    {
        // FNV-1a over "board", "glider" and the eight bytes of 0, computed independently: string.GetHashCode would
        // differ from process to process, and silos would disagree about where a grain lives.
        new GrainId(new GrainType("board"), GrainKey.FromString("glider")).StableHash().ShouldBe(3229116182u);
    }

    [Fact]
    public void ToString_NamesTypeAndKey() =>
        new GrainId(new GrainType("cell"), GrainKey.Compound(5, "life")).ToString().ShouldBe("cell/life+5");
}
