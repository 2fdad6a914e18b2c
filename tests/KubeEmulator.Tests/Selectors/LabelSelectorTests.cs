using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Selectors;

namespace OrleansLife.KubeEmulator.Tests.Selectors;

/// <summary>Parsing and matching label selectors, equality-based and set-based.</summary>
public sealed class LabelSelectorTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["app"] = "web", ["tier"] = "front", ["rank"] = "7" };

    [Theory]
    [InlineData("", true)]
    [InlineData("app=web", true)]
    [InlineData("app==web", true)]
    [InlineData("app = web", true)]
    [InlineData("app!=web", false)]
    [InlineData("missing!=x", true)]
    [InlineData("app in (web, db)", true)]
    [InlineData("app notin (web)", false)]
    [InlineData("missing notin (web)", true)]
    [InlineData("app", true)]
    [InlineData("!app", false)]
    [InlineData("!missing", true)]
    [InlineData("app=web,tier=back", false)]
    [InlineData("rank>5", true)]
    [InlineData("rank<5", false)]
    [InlineData("orleanslife.io/board", false)]
    public void Matches(string selector, bool expected) => LabelSelector.Parse(selector).Matches(Labels).ShouldBe(expected);

    [Theory]
    [InlineData("app in web", "unable to parse requirement: found 'web', expected: '('")]
    [InlineData("app in (a", "unable to parse requirement: found '', expected: ',', ')' or identifier")]
    [InlineData("=x", "unable to parse requirement: found '=x', expected: identifier")]
    public void Parse_Malformed_IsBadRequest(string selector, string message)
    {
        var error = Should.Throw<ApiException>(() => LabelSelector.Parse(selector));

        error.Code.ShouldBe(400);
        error.Message.ShouldBe(message);
    }
}
