using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using k8s;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Diagnostics;
using OrleansLife.Operator.Events;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>Registers the board pod reconciler, its options, and the hosted service that runs it.</summary>
public static class BoardPodReconcilerServiceCollectionExtensions
{
    /// <summary>
    /// Adds validated <see cref="BoardPodReconcilerOptions"/> and <see cref="CellPodOptions"/> (<see
    /// cref="CellPodServiceCollectionExtensions.AddCellPods"/>), a singleton <see cref="BoardPodReconciler"/> (also as
    /// <see cref="IBoardPodReconciler"/>), its <see cref="ReconcilerMetrics"/>, and a hosted service running it. Needs an
    /// <see cref="IKubernetes"/> and its <see cref="KubeConnectionSettings"/>, such as from
    /// <see cref="KubeClientServiceCollectionExtensions.AddKubeClient"/>.
    /// </summary>
    public static OptionsBuilder<BoardPodReconcilerOptions> AddBoardPodReconciler(
        this IServiceCollection services, Action<BoardPodReconcilerOptions>? configure = null)
    {
        services.AddCellPods();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BoardPodReconcilerOptions>, BoardPodReconcilerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new ReconcilerMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider => new BoardPodReconciler(
            provider.GetRequiredService<IKubernetes>(),
            provider.GetRequiredService<KubeConnectionSettings>().DefaultNamespace,
            provider.GetRequiredService<IOptions<CellPodOptions>>().Value,
            provider.GetRequiredService<IOptions<BoardPodReconcilerOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<BoardPodReconciler>>(),
            provider.GetRequiredService<ReconcilerMetrics>(),
            provider.GetService<KubeClientMetrics>(),
            provider.GetService<EventRecorder>()));
        services.TryAddSingleton<IBoardPodReconciler>(provider => provider.GetRequiredService<BoardPodReconciler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BoardPodReconcilerService>());
        var options = services.AddOptions<BoardPodReconcilerOptions>().ValidateOnStart();
        return configure is null ? options : options.Configure(configure);
    }
}
