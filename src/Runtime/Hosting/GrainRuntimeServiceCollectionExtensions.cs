using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrleansLife.Runtime.References;
using OrleansLife.Runtime.Registry;

namespace OrleansLife.Runtime.Hosting;

/// <summary>Adds a silo's grain runtime to a host.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>Adds the runtime; <paramref name="registerGrains"/> registers the grain types this silo hosts.</summary>
    public static IServiceCollection AddGrainRuntime(
        this IServiceCollection services,
        Action<GrainRegistry> registerGrains,
        Action<SiloRuntimeOptions>? configure = null)
    {
        var registry = new GrainRegistry();
        registerGrains(registry);
        services.AddSingleton(registry);
        services.AddOptions<SiloRuntimeOptions>().Configure(configure ?? (_ => { })).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiloRuntimeOptions>, SiloRuntimeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<SiloRuntime>(provider));
        services.AddSingleton<IGrainFactory>(provider => provider.GetRequiredService<SiloRuntime>());
        services.AddHostedService<SiloRuntimeHostedService>();
        return services;
    }
}
