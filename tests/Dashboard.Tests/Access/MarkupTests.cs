using System.Net;
using Microsoft.Playwright;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Access;

/// <summary>
/// Markup a user can get onto a page (board names are DNS labels, so it comes in through the address, the start state
/// fields and messages) shows as text: no element is made of it, and no script in it runs.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class MarkupTests(DashboardFixture silo)
{
    private const string Payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

    [Fact]
    public async Task ABoardNameOfMarkupInTheAddress_ShowsAsText()
    {
        await using var dashboard = await silo.OpenAsync($"#/boards/{Uri.EscapeDataString(Payload)}");
        var page = dashboard.Page;

        await Expect(page.Locator("h1")).ToContainTextAsync(Payload);
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("not found");
        await ShouldHaveRunNothingAsync(dashboard);
        (await page.TitleAsync()).ShouldBe($"{Payload} · OrleansLife");
    }

    [Theory]
    [InlineData("RLE", "Run Length Encoded pattern")]
    [InlineData("Text", "Text, drawn with the built-in font")]
    public async Task MarkupAsAStartState_IsRefused_AndShowsNothingButText(string choice, string label)
    {
        var name = DashboardFixture.NewName("marked-up");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true }).CheckAsync();
        await page.GetByLabel(label, new() { Exact = true }).FillAsync($"#N {Payload}\n#C {Payload}\n{Payload}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create board" }).ClickAsync();

        await Expect(dashboard.ByTestId("form-error")).Not.ToBeEmptyAsync();
        await ShouldHaveRunNothingAsync(dashboard);
        (await silo.BoardNamesAsync()).ShouldNotContain(name);
    }

    [Fact]
    public async Task MarkupInARefusalsMessage_ShowsAsTextInTheTokenDialog()
    {
        var name = DashboardFixture.NewName("refused");
        await silo.CreateBoardAsync(new { name, width = 8, height = 8, pattern = "blinker", paused = true });
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;
        // The silo's own messages carry no markup; a refusal is faked here to carry some, as a proxy's or a future one's might.
        await page.RouteAsync($"**/api/boards/{name}/step", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = (int)HttpStatusCode.Unauthorized,
            ContentType = "application/problem+json",
            Body = System.Text.Json.JsonSerializer.Serialize(new { status = 401, title = Payload, detail = Payload }),
        }));
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("paused");

        await page.GetByRole(AriaRole.Button, new() { Name = "Step" }).ClickAsync();

        await Expect(dashboard.ByTestId("token-refusal")).ToHaveTextAsync(Payload);
        await Expect(dashboard.ByTestId("token-detail")).ToHaveTextAsync(Payload);
        await ShouldHaveRunNothingAsync(dashboard);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Payload);
        await ShouldHaveRunNothingAsync(dashboard);
    }

    private static async Task ShouldHaveRunNothingAsync(DashboardPage dashboard)
    {
        var page = dashboard.Page;
        (await page.Locator("body img, body script").CountAsync()).ShouldBe(0, "markup became elements");
        (await page.EvaluateAsync<bool>("() => window.__pwned === undefined")).ShouldBeTrue("a script in the markup ran");
        dashboard.Errors.ShouldBeEmpty();
    }
}
