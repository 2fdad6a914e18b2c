using k8s;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Events;

/// <summary>Registers the <see cref="EventRecorder"/>.</summary>
public static class EventRecorderServiceCollectionExtensions
{
    /// <summary>
    /// Adds validated <see cref="EventRecorderOptions"/>, a singleton <see cref="EventRecorder"/> and a hosted service
    /// running its writing loop. Needs an <see cref="IKubernetes"/>.
    /// </summary>
    public static OptionsBuilder<EventRecorderOptions> AddEventRecorder(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EventRecorderOptions>, EventRecorderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new EventRecorder(
            provider.GetRequiredService<IKubernetes>(),
            provider.GetRequiredService<IOptions<EventRecorderOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<EventRecorder>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, EventRecorderService>());
        return services.AddOptions<EventRecorderOptions>().BindConfiguration(EventRecorderOptions.SectionName).ValidateOnStart();
    }
}
