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
    public async Task Pacing_OffersFollowAndLockstep_AndOnlyLockstepAsksHowToWait()
    {
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        var pacing = page.GetByLabel("Pacing");

        await Expect(pacing).ToBeEnabledAsync();
        await Expect(pacing.Locator("option")).ToHaveTextAsync(["follow", "lockstep"]);
        await Expect(pacing).ToHaveValueAsync("follow");
        await Expect(page.GetByLabel("Wait for Running")).ToBeHiddenAsync();

        await pacing.SelectOptionAsync("lockstep");

        await Expect(page.GetByLabel("Wait for Running")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Pod timeout (ms)")).ToBeVisibleAsync();
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task LockstepBoard_CreatedThroughTheForm_IsSentWithItsPacing_AndWaitsForRunningPods()
    {
        var name = DashboardFixture.NewName("lockstep");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, name);
        await page.GetByLabel("Pacing").SelectOptionAsync("lockstep");
        await page.GetByLabel("Wait for Running").CheckAsync();
        await page.GetByLabel("Pod timeout (ms)").FillAsync("5000");
        await page.GetByLabel("Start paused").CheckAsync();

        var request = await page.RunAndWaitForRequestAsync(() => SubmitAsync(page),
            request => request.Method == "POST" && request.Url.EndsWith("/api/boards", StringComparison.Ordinal));

        var sent = request.PostDataJSON()!.Value;
        sent.GetProperty("pacing").GetString().ShouldBe("lockstep");
        sent.GetProperty("waitForRunning").GetBoolean().ShouldBeTrue();
        sent.GetProperty("podTimeoutMilliseconds").GetInt32().ShouldBe(5000);
        await Expect(page).ToHaveURLAsync(new Regex($"#/boards/{name}$"));
        var board = await silo.GetBoardAsync(name);
        board["pacing"]!.GetValue<string>().ShouldBe("lockstep");
        board["waitForRunning"]!.GetValue<bool>().ShouldBeTrue();
        await Expect(dashboard.ByTestId("pods-pacing")).ToHaveTextAsync("Pacing: lockstep (each generation waits for its pods to be Running).");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task FollowBoard_IsSentWithoutLockstepsSettings()
    {
        var name = DashboardFixture.NewName("follower");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, name);
        await page.GetByLabel("Start paused").CheckAsync();

        var request = await page.RunAndWaitForRequestAsync(() => SubmitAsync(page),
            request => request.Method == "POST" && request.Url.EndsWith("/api/boards", StringComparison.Ordinal));

        var sent = request.PostDataJSON()!.Value;
        sent.GetProperty("pacing").GetString().ShouldBe("follow");
        sent.TryGetProperty("waitForRunning", out _).ShouldBeFalse();
        sent.TryGetProperty("podTimeoutMilliseconds", out _).ShouldBeFalse();
        await Expect(page).ToHaveURLAsync(new Regex($"#/boards/{name}$"));
        (await silo.GetBoardAsync(name))["pacing"]!.GetValue<string>().ShouldBe("follow");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task MaxPods_BelowTheStartStatesCells_IsBlamedOnTheStartState_AndCreatesNothing()
    {
        var name = DashboardFixture.NewName("over-board-cap");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        await FillAsync(page, name);
        await page.GetByLabel("Library pattern").SelectOptionAsync("glider");
        await page.GetByLabel("Max pods").FillAsync("2");

        await SubmitAsync(page);

        await Expect(ErrorFor(page, "pattern")).ToHaveTextAsync("Generation 0 has 5 live cells, more than the board's maxPods of 2: each live cell is a pod.");
        await Expect(ErrorFor(page, "maxPods")).ToBeEmptyAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("#/boards/"));
        (await silo.BoardNamesAsync()).ShouldNotContain(name);
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task RandomFill_OverTheSilosPodCap_IsBlamedOnTheRandomFill_AndCreatesNothing()
    {
        var name = DashboardFixture.NewName("over-silo-cap");
        await using var dashboard = await silo.OpenAsync();
        var page = dashboard.Page;
        // Half of 48 × 32 is about 768 live cells, more than the fixture's cap of 500 pods per board.
        await FillAsync(page, name, width: "48", height: "32");
        await page.GetByLabel("Random", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Density (0 to 1)").FillAsync("0.5");

        await SubmitAsync(page);

        await Expect(ErrorFor(page, "random.density")).ToHaveTextAsync(new Regex(
            $@"^Generation 0 has (\d+) live cells: Board '{name}' would need \1 pods, but the operator allows at most {DashboardFixture.MaxPodsPerBoard} per board\.$"));
        await Expect(page).Not.ToHaveURLAsync(new Regex("#/boards/"));
        (await silo.BoardNamesAsync()).ShouldNotContain(name);
        dashboard.Errors.ShouldBeEmpty();
    }
}
