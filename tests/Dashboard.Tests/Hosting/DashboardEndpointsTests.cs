using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrleansLife.Dashboard.Hosting;
using OrleansLife.Dashboard.Tests.Support;

namespace OrleansLife.Dashboard.Tests.Hosting;

[Collection(DashboardCollection.Name)]
public sealed partial class DashboardEndpointsTests(DashboardFixture silo)
{
    private const string ResourcePrefix = "OrleansLife.Dashboard/";

    /// <summary>The paths of the page's files, as embedded in the dashboard assembly.</summary>
    public static TheoryData<string> Assets() =>
    [
        .. typeof(DashboardEndpointRouteBuilderExtensions).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => "/" + name[ResourcePrefix.Length..]),
    ];

    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write|\beval\(|new Function\(")]
    private static partial Regex MarkupSink();

    [Fact]
    public async Task Root_ServesThePage_UnderAContentSecurityPolicy()
    {
        using var response = await silo.Api.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(DashboardEndpointRouteBuilderExtensions.ContentSecurityPolicy);
        (await response.Content.ReadAsStringAsync()).ShouldContain("""<script type="module" src="/js/app.js"></script>""");
    }

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task EveryFile_IsServed_WithItsType_AndRevalidatedByItsETag(string path)
    {
        using var response = await silo.Api.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Path.GetExtension(path) switch
        {
            ".html" => "text/html",
            ".css" => "text/css",
            ".js" => "text/javascript",
            ".svg" => "image/svg+xml",
            var other => throw new ShouldAssertException($"No expected type for {other}"),
        });

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await silo.Api.SendAsync(again);
        revalidated.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task NoFile_WritesMarkupFromStrings(string path)
    {
        var text = await silo.Api.GetStringAsync(path);

        MarkupSink().Matches(text).Select(match => match.Value).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClusterApi_DescribesTheSilo_AndHowItIsSampled_WithTheEmulatorsKubernetesFigures()
    {
        var cluster = JsonNode.Parse(await silo.Api.GetStringAsync("/api/cluster"))!;

        cluster["intervalMilliseconds"]!.GetValue<int>().ShouldBe(1000);
        cluster["capacity"]!.GetValue<int>().ShouldBe(100);
        var only = cluster["silos"]!.AsArray().ShouldHaveSingleItem()!;
        only["address"]!.GetValue<string>().ShouldStartWith("S127.0.0.1:");
        only["status"]!.GetValue<string>().ShouldBe("active");
        var samples = cluster["samples"]!.AsArray();
        samples.Count.ShouldBeLessThanOrEqualTo(100);
        // The silo talks to its embedded emulator, so every sample carries Kubernetes figures (none before the first).
        cluster["kubernetesConnected"]!.GetValue<bool>().ShouldBe(samples.Count > 0);
        samples.ShouldAllBe(sample => sample!["kubernetes"] is JsonObject);
    }

    [Fact]
    public async Task UnknownPath_IsStillAProblem_NotThePage()
    {
        using var response = await silo.Api.GetAsync("/api/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType.ShouldBe(MediaTypeHeaderValue.Parse("application/problem+json"));
    }
}
