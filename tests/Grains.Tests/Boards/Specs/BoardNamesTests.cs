using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Grains.Tests.Boards.Specs;

public sealed class BoardNamesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("my-board-2")]
    [InlineData("a--b")]
    [InlineData("abcdefghij-abcdefghij-abcdefghij-abcdefg")]
    public void DnsLabels_OfUpToFortyCharacters_AreValid(string name)
    {
        BoardNames.Check(name).ShouldBeNull();
        BoardNames.IsValid(name).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, "A name is required")]
    [InlineData("", "A name is required")]
    [InlineData("Board", "'B' at position 1 is not allowed (did you mean 'board'?).")]
    [InlineData("Bad_Name", "'B' at position 1 is not allowed.")]
    [InlineData("a.b", "'.' at position 2 is not allowed.")]
    [InlineData("-a", "it starts with '-'.")]
    [InlineData("a-", "it ends with '-'.")]
    [InlineData("abcdefghij-abcdefghij-abcdefghij-abcdefgh", "The name is 41 characters long; at most 40 are allowed")]
    public void OtherNames_AreInvalid_SayingWhy(string? name, string reason)
    {
        BoardNames.Check(name).ShouldNotBeNull().ShouldContain(reason);
        BoardNames.IsValid(name).ShouldBeFalse();
    }
}
