using OpenTelemetry.Metrics;
using OrleansLife.Grains.Boards;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Diagnostics;

namespace OrleansLife.Silo.Observability;

/// <summary>
/// The silo's metrics through OpenTelemetry, served for Prometheus at <see cref="MetricsPath"/>: Orleans' own meter,
/// ASP.NET Core's, the .NET runtime's, the outgoing HTTP client's, and OrleansLife's boards, reconciler and Kubernetes client.
/// </summary>
public static class SiloMetricsExtensions
{
    /// <summary>Where Prometheus scrapes the silo.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The meter Orleans publishes its runtime's instruments on (messaging, grains, catalog, storage).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    public static WebApplicationBuilder AddSiloMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(OrleansMeterName, BoardMetrics.MeterName, ReconcilerMetrics.MeterName, KubeClientMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapSiloMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Prometheus' text format, not part of the OrleansLife API: the OpenAPI document leaves it out.
        app.MapPrometheusScrapingEndpoint(MetricsPath).ExcludeFromDescription();
        return app;
    }
}
