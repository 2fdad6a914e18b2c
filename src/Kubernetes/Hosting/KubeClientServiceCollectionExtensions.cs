using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
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
        if (configure is not null) services.AddOptions<KubeClientOptions>().Configure(configure);
        return services.AddKubeClient(provider => KubeEndpointResolver.Resolve(
            provider.GetRequiredService<IOptions<KubeClientOptions>>().Value, provider.GetRequiredService<TimeProvider>()));
    }

    /// <summary>
    /// Like <see cref="AddKubeClient(IServiceCollection, Action{KubeClientOptions})"/>, for a server the options cannot
    /// name in advance (an API server started in the same process, on a port it picks): <paramref name="endpoint"/> is
    /// asked when the client is first requested.
    /// </summary>
    public static IServiceCollection AddKubeClient(this IServiceCollection services, Func<IServiceProvider, KubeEndpoint> endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        services.AddOptions<KubeClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KubeClientOptions>, KubeClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new KubeClientMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<KubeClientOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            return new KubeClient(
                endpoint(provider),
                settings,
                time,
                provider.GetService<ILogger<KubeClient>>(),
                provider.GetRequiredService<KubeClientMetrics>());
        });
        services.TryAddSingleton<IKubeClient>(provider => provider.GetRequiredService<KubeClient>());
        return services;
    }
}
