using OrleansLife.KubeEmulator.Tables;

namespace OrleansLife.KubeEmulator.Tests.Tables;

/// <summary>The AGE column's wording, against apimachinery's duration.HumanDuration table of cases.</summary>
public sealed class HumanDurationTests
{
    [Theory]
    [InlineData(-2, "<invalid>")]
    [InlineData(-1, "0s")]
    [InlineData(0, "0s")]
    [InlineData(119, "119s")]
    [InlineData(120, "2m")]
    [InlineData(121, "2m1s")]
    [InlineData(599, "9m59s")]
    [InlineData(600, "10m")]
    [InlineData(10799, "179m")]
    [InlineData(10800, "3h")]
    [InlineData(10860, "3h1m")]
    [InlineData(28799, "7h59m")]
    [InlineData(28800, "8h")]
    [InlineData(172799, "47h")]
    [InlineData(172800, "2d")]
    [InlineData(176400, "2d1h")]
    [InlineData(691200, "8d")]
    [InlineData(63071999, "729d")]
    [InlineData(63072000, "2y")]
    [InlineData(63158400, "2y1d")]
    [InlineData(252288000, "8y")]
    public void Format_MatchesApimachinery(long seconds, string expected) =>
        HumanDuration.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Fact]
    public void Since_MissingTimestamp_IsUnknown() => HumanDuration.Since(null, DateTimeOffset.UnixEpoch).ShouldBe("<unknown>");
}
