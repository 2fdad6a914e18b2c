using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Pods;

/// <summary>Registers <see cref="CellPodOptions"/>, its validator, and the <see cref="CellPodFactory"/> built from them.</summary>
public static class CellPodServiceCollectionExtensions
{
    /// <summary>Adds validated <see cref="CellPodOptions"/> and a singleton <see cref="CellPodFactory"/>.</summary>
    public static OptionsBuilder<CellPodOptions> AddCellPods(this IServiceCollection services, Action<CellPodOptions>? configure = null)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CellPodOptions>, CellPodOptionsValidator>());
        services.TryAddSingleton(provider => new CellPodFactory(provider.GetRequiredService<IOptions<CellPodOptions>>().Value));
        var options = services.AddOptions<CellPodOptions>().ValidateOnStart();
        return configure is null ? options : options.Configure(configure);
    }
}
