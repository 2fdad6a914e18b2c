using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrleansLife.KubeEmulator.Hosting;

/// <summary>Adds the Kubernetes API emulator to a host.</summary>
public static class KubeEmulatorServiceCollectionExtensions
{
    /// <summary>
    /// Adds the emulator as a singleton, bound to the <c>KubeEmulator</c> configuration section and then
    /// <paramref name="configure"/>, and a hosted service that starts it and writes the kubeconfig.
    /// </summary>
    public static IServiceCollection AddKubeEmulator(this IServiceCollection services, Action<KubeEmulatorOptions>? configure = null)
    {
        services.AddOptions<KubeEmulatorOptions>()
            .BindConfiguration(KubeEmulatorOptions.SectionName)
            .Configure(configure ?? (_ => { }))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KubeEmulatorOptions>, KubeEmulatorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new KubeApiEmulator(
            provider.GetRequiredService<IOptions<KubeEmulatorOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()));
        services.AddHostedService<KubeEmulatorHostedService>();
        return services;
    }
}
