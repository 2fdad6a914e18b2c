using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Diagnostics;

namespace OrleansLife.Kubernetes.Hosting;

/// <summary>Registers <see cref="IKubeClient"/>, its options and metrics with dependency injection.</summary>
public static class KubeClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="IKubeClient"/> (a <see cref="KubeClient"/>), validated
    /// <see cref="KubeClientOptions"/>, and <see cref="KubeClientMetrics"/>. The endpoint is resolved when the client
    /// is first requested.
    /// </summary>
    public static IServiceCollection AddKubeClient(this IServiceCollection services, Action<KubeClientOptions>? configure = null)
    {
        var options = services.AddOptions<KubeClientOptions>();
        if (configure is not null) options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KubeClientOptions>, KubeClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new KubeClientMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<KubeClientOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            return new KubeClient(
                KubeEndpointResolver.Resolve(settings, time),
                settings,
                time,
                provider.GetService<ILogger<KubeClient>>(),
                provider.GetRequiredService<KubeClientMetrics>());
        });
        services.TryAddSingleton<IKubeClient>(provider => provider.GetRequiredService<KubeClient>());
        return services;
    }
}
