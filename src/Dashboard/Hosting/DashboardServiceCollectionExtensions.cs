using Microsoft.Extensions.DependencyInjection;
using OrleansLife.Api.Cluster;
using OrleansLife.Dashboard.Assets;

namespace OrleansLife.Dashboard.Hosting;

/// <summary>Adds what the dashboard needs: its files, and the sampler whose history its cluster view charts.</summary>
public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton(_ => DashboardAssets.Load(typeof(DashboardAssets).Assembly));
        services.AddClusterSampler();
        return services;
    }
}
