using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Boards;

[Collection(DashboardCollection.Name)]
public sealed class CreateFormTests(DashboardFixture silo)
{
    private static async Task FillAsync(IPage page, string name, string width = "16", string height = "16")
    {
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Width", new() { Exact = true }).FillAsync(width);
        await page.GetByLabel("Height", new() { Exact = true }).FillAsync(height);
    }

    private static Task SubmitAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Create board" }).ClickAsync();

    private static ILocator ErrorFor(IPage page, string field) => page.Locator($"[data-error-for='{field}']");

    [Fact]
    public async Task BadWidth_ShowsTheApisMessageNextToTheWidthField_AndCreatesNothing()
    {
        var name = DashboardFixture.NewName("too-wide");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, name, width: "5000");

        await SubmitAsync(page);

        await Expect(ErrorFor(page, "width")).ToHaveTextAsync("The width must be from 1 to 4096 columns; it is 5000.");
        await Expect(page.Locator("[data-field=width]")).ToHaveClassAsync(new Regex(@"\binvalid\b"));
        await Expect(ErrorFor(page, "height")).ToBeEmptyAsync();
        await Expect(dashboard.ByTestId("form-error")).ToHaveTextAsync("The request is not valid. See the marked fields.");
        await Expect(page).Not.ToHaveURLAsync(new Regex("#/boards/"));
        (await silo.BoardNamesAsync()).ShouldNotContain(name);
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task MarkupInAField_ComesBackInTheErrorAsText_NotAsMarkup()
    {
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, DashboardFixture.NewName("marked-up"));
        await page.GetByLabel("Rule", new() { Exact = true }).FillAsync("<b>B3</b><img src=x>");

        await SubmitAsync(page);

        var error = ErrorFor(page, "rule");
        await Expect(error).ToHaveTextAsync("'<b>B3</b><img src=x>' is not a rule in B/S notation such as B3/S23 (digits 0-8 after B and S).");
        await Expect(error.Locator("b, img")).ToHaveCountAsync(0);
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task TakenName_IsBlamedOnTheNameField()
    {
        var name = DashboardFixture.NewName("taken");
        await silo.CreateBoardAsync(new { name, width = 5, height = 5, pattern = "block", paused = true });
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, name);

        await SubmitAsync(page);

        await Expect(ErrorFor(page, "name")).ToHaveTextAsync($"A board named '{name}' already exists; delete it first or choose another name.");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task PatternPreview_DrawsTheChosenPattern()
    {
        await using var dashboard = await silo.OpenAsync();

        await dashboard.ShouldDrawLiveCellsAsync(5, canvas: "pattern-preview");
        await dashboard.Page.GetByLabel("Library pattern").SelectOptionAsync("blinker");

        await dashboard.ShouldDrawLiveCellsAsync(3, canvas: "pattern-preview");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task TypedText_BecomesTheStartState()
    {
        var name = DashboardFixture.NewName("lettered");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, name, width: "64", height: "16");
        await page.GetByLabel("Text", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Text, drawn with the built-in font").FillAsync("VMworld");
        await page.GetByLabel("Start paused").CheckAsync();

        await SubmitAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex($"#/boards/{name}$"));
        var board = await silo.GetBoardAsync(name);
        board["population"]!.GetValue<int>().ShouldBeGreaterThan(20);
        await Expect(dashboard.ByTestId("population")).ToHaveTextAsync(board["population"]!.ToString());
        await dashboard.ShouldDrawLiveCellsAsync(board["population"]!.GetValue<int>());
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task RandomFill_WithAnOutOfRangeDensity_ShowsTheErrorUnderTheDensity()
    {
        var name = DashboardFixture.NewName("too-dense");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, name);
        await page.GetByLabel("Random", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Density (0 to 1)").FillAsync("1.5");

        await SubmitAsync(page);

        await Expect(ErrorFor(page, "random.density")).Not.ToBeEmptyAsync();
        (await silo.BoardNamesAsync()).ShouldNotContain(name);
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Pacing_IsOfferedButDisabled_UntilPodsLand()
    {
        await using var dashboard = await silo.OpenAsync();

        var pacing = dashboard.Page.GetByLabel("Pacing");
        await Expect(pacing).ToBeDisabledAsync();
        await Expect(pacing.Locator("option")).ToHaveTextAsync(["follow", "lockstep"]);
    }
}
