using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrleansLife.KubeEmulator;

namespace OrleansLife.Dashboard.Tests.Support;

/// <summary>
/// The silo executable on a real port of 127.0.0.1, and Debian's headless Chromium driven by Playwright (whose own
/// browser download cannot work here): what a user gets from <c>dotnet run --project src/Silo</c> and a browser. Its
/// Kubernetes is the default one, the embedded API emulator, kept in memory with its kubeconfig in a directory of its own.
/// </summary>
public class DashboardFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// The silo's cap on one board's pods, set here rather than left to the emulator's default so that the tests of a
    /// refused start state know where the cap is. Every board the tests create stays under it.
    /// </summary>
    public const int MaxPodsPerBoard = 500;

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static int s_names;
    private WebApplicationFactory<Program>? _silo;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _api;

    /// <summary>A client of the silo's API, for setting up boards and for the oracle the page is checked against.</summary>
    public HttpClient Api => _api ?? throw new InvalidOperationException("The fixture has not started.");

    public Uri BaseAddress => Api.BaseAddress!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The kubeconfig the silo's emulator writes.</summary>
    public string KubeconfigPath { get; } = Path.Combine(Path.GetTempPath(), "orleanslife-dashboard-" + Guid.NewGuid().ToString("N"), "kubeconfig");

    /// <summary>A board name no other test uses.</summary>
    public static string NewName(string prefix) => $"{prefix}-{Interlocked.Increment(ref s_names)}";

    public async Task InitializeAsync()
    {
        // Checked first and loudly: without a browser these tests must fail, never pass by testing nothing.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The dashboard tests drive headless Chromium at {ChromiumPath}, which is not installed. "
                + "Install Debian's package with `apt-get install -y chromium` (.ci/run does this before `dotnet test`).");
        }

        _silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => ConfigureSilo(host
            .UseSetting("urls", "http://127.0.0.1:0")
            .UseSetting("Kubernetes:Mode", "emulator")
            .UseSetting("KubeEmulator:PersistencePath", "")
            .UseSetting("KubeEmulator:KubeconfigPath", KubeconfigPath)
            .UseSetting("BoardPodReconciler:MaxPodsPerBoard", MaxPodsPerBoard.ToString())));
        _silo.UseKestrel(0);
        _api = _silo.CreateClient();
        ConfigureApi(_api);

        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>The silo's embedded Kubernetes API, whose tokens a test may give the page.</summary>
    public KubeApiEmulator Emulator => (_silo ?? throw new InvalidOperationException("The fixture has not started.")).Services.GetRequiredService<KubeApiEmulator>();

    /// <summary>Settings a derived fixture adds to the silo's.</summary>
    protected virtual void ConfigureSilo(IWebHostBuilder host)
    {
    }

    /// <summary>What a derived fixture's setup client sends besides the defaults, once the silo has started.</summary>
    protected virtual void ConfigureApi(HttpClient api)
    {
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _api?.Dispose();
        if (_silo is not null) await _silo.DisposeAsync();
        var folder = Path.GetDirectoryName(KubeconfigPath)!;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>Opens the dashboard at <paramref name="fragment"/> (such as <c>#/cluster</c>) in a fresh browser context.</summary>
    public Task<DashboardPage> OpenAsync(string fragment = "#/") => DashboardPage.OpenAsync(Browser, new Uri(BaseAddress, "/" + fragment));

    /// <summary>Creates a board through the API and answers with it.</summary>
    public async Task<JsonNode> CreateBoardAsync(object spec)
    {
        using var response = await Api.PostAsJsonAsync("/api/boards", spec);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonNode.Parse(body)!;
    }

    public async Task<JsonNode> GetBoardAsync(string name) => JsonNode.Parse(await Api.GetStringAsync($"/api/boards/{name}"))!;

    /// <summary>The names of the boards that exist now.</summary>
    public async Task<string[]> BoardNamesAsync() =>
        [.. JsonNode.Parse(await Api.GetStringAsync("/api/boards?cells=false"))!.AsArray().Select(board => board!["name"]!.GetValue<string>())];
}
