using Microsoft.Playwright;

namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>One browser tab on the dashboard, which records the page's uncaught script errors so a test can insist on none.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => { lock (_errors) _errors.Add(error); };
    }

    public IPage Page { get; }

    /// <summary>Uncaught errors the page's scripts have thrown so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors) return [.. _errors];
        }
    }

    public static async Task<DashboardPage> OpenAsync(IBrowser browser, Uri address)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            DeviceScaleFactor = 1,
        });
        var page = new DashboardPage(context, await context.NewPageAsync());
        await page.Page.GotoAsync(address.ToString());
        return page;
    }

    public ILocator ByTestId(string id) => Page.GetByTestId(id);

    /// <summary>The live cells drawn on the board canvas: its separate rectangles of live-cell green, counted in its pixels.</summary>
    public Task<int> CountLiveCellsDrawnAsync(string canvas = "board-canvas") =>
        Page.EvaluateAsync<int>(CanvasScripts.CountLiveCells, $"[data-testid={canvas}]");

    /// <summary>Waits until the canvas shows <paramref name="expected"/> live cells; if it never does, fails with the count it shows.</summary>
    public async Task ShouldDrawLiveCellsAsync(int expected, string canvas = "board-canvas")
    {
        try
        {
            await Page.WaitForFunctionAsync(CanvasScripts.ShowsLiveCells, new object[] { $"[data-testid={canvas}]", expected },
                new PageWaitForFunctionOptions { Timeout = 10_000, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
        }

        (await CountLiveCellsDrawnAsync(canvas)).ShouldBe(expected, "live cells drawn on the canvas");
    }

    /// <summary>Waits until the canvas shows <paramref name="expected"/> cells in the colour <paramref name="rgb"/>; fails with the count it shows.</summary>
    public async Task ShouldDrawCellsInColourAsync(int expected, int[] rgb, string canvas = "board-canvas")
    {
        try
        {
            await Page.WaitForFunctionAsync(CanvasScripts.ShowsCellsInColour, new object[] { $"[data-testid={canvas}]", rgb, expected },
                new PageWaitForFunctionOptions { Timeout = 10_000, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
        }

        (await Page.EvaluateAsync<int>(CanvasScripts.CountCellsInColour, new object[] { $"[data-testid={canvas}]", rgb }))
            .ShouldBe(expected, $"cells drawn in rgb({string.Join(", ", rgb)})");
    }

    /// <summary>The number of cells the drawing code says it drew (data-drawn-cells), and the number counted in the pixels, at one moment.</summary>
    public async Task<(int Reported, int Counted)> DrawnCellsAsync(string canvas = "board-canvas")
    {
        var counts = await Page.EvaluateAsync<int[]>(CanvasScripts.DrawnAndCounted, $"[data-testid={canvas}]");
        return (counts[0], counts[1]);
    }

    /// <summary>The rectangles of live-cell green on the board canvas, in CSS pixels of the page.</summary>
    public Task<CellBox[]> LiveCellBoxesAsync() =>
        Page.EvaluateAsync<CellBox[]>(CanvasScripts.LiveCellBoxes, "[data-testid=board-canvas]");

    /// <summary>The faint copies of cells a torus draws past its edges, in CSS pixels of the page.</summary>
    public Task<CellBox[]> WrappedCellBoxesAsync() =>
        Page.EvaluateAsync<CellBox[]>(CanvasScripts.WrappedCellBoxes, "[data-testid=board-canvas]");

    /// <summary>Saves a screenshot to TestResults/screenshots/<paramref name="name"/>.png and answers with its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(Repository.Root, "TestResults", "screenshots", name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
