using System.Diagnostics.Metrics;
using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Client;

/// <summary>Registers KubernetesClient's <see cref="IKubernetes"/>, its options, connection and metrics with dependency injection.</summary>
public static class KubeClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="IKubernetes"/> made by <see cref="KubeClientFactory"/>, validated
    /// <see cref="KubeClientOptions"/>, <see cref="KubeClientMetrics"/>, and the <see cref="KubeConnectionSettings"/> it uses.
    /// <paramref name="configuration"/> is asked when the client is first requested, so that it may name a server the
    /// options cannot name in advance (an API server started in the same process, on a port it picks); by default the
    /// options decide (<see cref="KubeClientFactory.Resolve"/>).
    /// </summary>
    public static IServiceCollection AddKubeClient(
        this IServiceCollection services, Func<IServiceProvider, KubernetesClientConfiguration>? configuration = null)
    {
        configuration ??= provider => KubeClientFactory.Resolve(provider.GetRequiredService<IOptions<KubeClientOptions>>().Value);
        services.AddOptions<KubeClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KubeClientOptions>, KubeClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new KubeClientMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider =>
        {
            var settings = configuration(provider);
            var options = provider.GetRequiredService<IOptions<KubeClientOptions>>().Value;
            if (options.Namespace is { Length: > 0 } @namespace) settings.Namespace = @namespace;
            return new KubeConnectionSettings(settings);
        });
        services.TryAddSingleton<IKubernetes>(provider => KubeClientFactory.Create(
            provider.GetRequiredService<KubeConnectionSettings>().Configuration,
            provider.GetRequiredService<IOptions<KubeClientOptions>>().Value,
            provider.GetRequiredService<KubeClientMetrics>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger("OrleansLife.Operator.Client.KubeClient")));
        return services;
    }
}
