using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrleansLife.Api.Cluster;

/// <summary>Registers the <see cref="ClusterSampler"/>, the <see cref="ClusterHistory"/> it fills, and their options.</summary>
public static class ClusterSamplerServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="ClusterSamplerOptions"/> is read from.</summary>
    public const string OptionsSection = "ClusterSampler";

    /// <remarks>
    /// Kubernetes figures come from an <see cref="IKubernetesApiCounters"/> when one is registered; without one the
    /// samples carry none and the dashboard says "not connected".
    /// </remarks>
    public static IServiceCollection AddClusterSampler(this IServiceCollection services, Action<ClusterSamplerOptions>? configure = null)
    {
        var options = services.AddOptions<ClusterSamplerOptions>().BindConfiguration(OptionsSection).ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterSamplerOptions>, ClusterSamplerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new ClusterHistory(provider.GetRequiredService<IOptions<ClusterSamplerOptions>>().Value.Capacity));
        services.TryAddSingleton<ClusterReader>();
        services.AddHostedService<ClusterSampler>();
        return services;
    }
}
