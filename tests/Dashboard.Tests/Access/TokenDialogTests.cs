using Microsoft.Playwright;
using OrleansLife.Dashboard.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OrleansLife.Dashboard.Tests.Access;

/// <summary>
/// On a silo that wants a token for every change, the page asks for one when a change is refused, sends the change
/// again with it, and keeps it for this tab's later changes; a token that may not do it, or no token, changes nothing.
/// </summary>
[Collection(EnforcingDashboardCollection.Name)]
public sealed class TokenDialogTests(EnforcingDashboardFixture silo)
{
    [Fact]
    public async Task Pause_WithoutAToken_AsksForOne_AndWithTheAdminsToken_PausesAndKeepsItForTheNextChange()
    {
        var name = await CreateRunningBoardAsync();
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("running");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(dashboard.ByTestId("token-dialog")).ToBeVisibleAsync();
        await Expect(dashboard.ByTestId("token-refusal")).ToHaveTextAsync("Changing boards needs a bearer token.");
        await dashboard.ByTestId("token-input").FillAsync(silo.Emulator.AdminToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use token" }).ClickAsync();

        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("paused");
        (await page.EvaluateAsync<string>("sessionStorage.getItem('orleanslife.token')")).ShouldBe(silo.Emulator.AdminToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("running");
        await Expect(dashboard.ByTestId("token-dialog")).ToHaveCountAsync(0);
        (await silo.GetBoardAsync(name))["state"]!.GetValue<string>().ShouldBe("running");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Pause_WithTheReadOnlyUsersToken_SaysWhichPermissionIsMissing_AndTheBoardRunsOn()
    {
        var name = await CreateRunningBoardAsync();
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("running");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await dashboard.ByTestId("token-input").FillAsync(silo.Emulator.ReaderToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use token" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            $"User \"orleanslife-reader\" may not patch boards.orleanslife.io \"{name}\" in namespace \"default\": the cluster's RBAC does not allow it.");
        (await silo.GetBoardAsync(name))["state"]!.GetValue<string>().ShouldBe("running");
        dashboard.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Delete_WithTheDialogCancelled_SaysATokenIsNeeded_AndDeletesNothing()
    {
        var name = await CreateRunningBoardAsync();
        await using var dashboard = await silo.OpenAsync($"#/boards/{name}");
        var page = dashboard.Page;
        await Expect(dashboard.ByTestId("board-state")).ToHaveTextAsync("running");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Really delete?" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Send 'Authorization: Bearer <token>'");
        await Expect(dashboard.ByTestId("token-dialog")).ToHaveCountAsync(0);
        (await silo.BoardNamesAsync()).ShouldContain(name);
        dashboard.Errors.ShouldBeEmpty();
    }

    private async Task<string> CreateRunningBoardAsync()
    {
        var name = DashboardFixture.NewName("guarded");
        await silo.CreateBoardAsync(new { name, width = 12, height = 12, topology = "torus", pattern = "glider", tickMilliseconds = 1000 });
        return name;
    }
}
