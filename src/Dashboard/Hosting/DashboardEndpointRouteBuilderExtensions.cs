using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Api.Apis;
using OrleansLife.Dashboard.Assets;

namespace OrleansLife.Dashboard.Hosting;

/// <summary>Serves the dashboard at <c>/</c>, next to the API it calls, and maps <c>/api/cluster</c> for its cluster view.</summary>
public static class DashboardEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Scripts, styles and API calls only from the silo itself, and nothing inline: even if API data were ever
    /// written into the page as markup, no script in it could run.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapClusterApi();

        var assets = app.ServiceProvider.GetRequiredService<DashboardAssets>();
        // The page routes with the URL's fragment (#/boards/x), so the server only ever serves these fixed paths.
        var page = app.MapGroup("").ExcludeFromDescription();
        page.MapGet("/", (HttpContext context) => Serve(context, assets.Index));
        foreach (var asset in assets.All) page.MapGet(asset.Path, (HttpContext context) => Serve(context, asset));
        return app;
    }

    private static FileContentHttpResult Serve(HttpContext context, DashboardAsset asset)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return TypedResults.File(asset.Contents, asset.ContentType, entityTag: asset.ETag);
    }
}
