using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrleansLife.Grains.Boards.Specs;

/// <summary>Registers <see cref="BoardLimits"/> with its validator.</summary>
public static class BoardLimitsServiceCollectionExtensions
{
    public static OptionsBuilder<BoardLimits> AddBoardLimits(this IServiceCollection services, Action<BoardLimits>? configure = null)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BoardLimits>, BoardLimitsValidator>());
        var options = services.AddOptions<BoardLimits>().ValidateOnStart();
        return configure is null ? options : options.Configure(configure);
    }
}
