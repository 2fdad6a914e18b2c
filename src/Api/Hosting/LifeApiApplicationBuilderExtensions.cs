using Microsoft.AspNetCore.Builder;

namespace OrleansLife.Api.Hosting;

/// <summary>
/// The middleware that makes every error a problem details response, including those no endpoint produced (404, 405),
/// and that checks a change's caller before its endpoint runs, so that a refused change changes nothing.
/// </summary>
public static class LifeApiApplicationBuilderExtensions
{
    public static IApplicationBuilder UseLifeApi(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
