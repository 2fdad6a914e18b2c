using OrleansLife.Runtime.Identity;

namespace OrleansLife.Runtime.Tests.Identity;

public sealed class GrainKeyTests
{
    [Fact]
    public void PackedCoordinates_OfA256Board_HaveDistinctHashCodes()
    {
        // Cells pack x into the high half and y into the low half; XOR-folding the halves would give 256 codes here.
        var codes = new HashSet<int>();
        for (long x = 0; x < 256; x++)
            for (long y = 0; y < 256; y++)
                codes.Add(GrainKey.Compound((x << 32) | y, "board").GetHashCode());

        codes.Count.ShouldBeGreaterThan(65_530);
    }

    [Fact]
    public void EqualKeys_AreEqual_AndHashAlike()
    {
        var a = GrainKey.Compound(42, new string("board".ToCharArray()));
        var b = GrainKey.Compound(42, "board");

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(GrainKey.Compound(42, "other"));
        a.ShouldNotBe(GrainKey.Compound(43, "board"));
    }

    [Fact]
    public void ToString_ShowsTheParts()
    {
        GrainKey.FromString("glider").ToString().ShouldBe("glider");
        GrainKey.FromNumber(7).ToString().ShouldBe("7");
        GrainKey.Compound(7, "glider").ToString().ShouldBe("glider+7");
    }
}
