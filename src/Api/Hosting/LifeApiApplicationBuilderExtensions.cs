using Microsoft.AspNetCore.Builder;

namespace OrleansLife.Api.Hosting;

/// <summary>The middleware that makes every error a problem details response, including those no endpoint produced (404, 405).</summary>
public static class LifeApiApplicationBuilderExtensions
{
    public static IApplicationBuilder UseLifeApi(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
