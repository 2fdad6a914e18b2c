using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansLife.Grains.Boards.Catalog;
using OrleansLife.Grains.Boards.Pods;
using OrleansLife.Grains.Boards.Specs;
using k8s;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Events;
using OrleansLife.Operator.Leadership;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Operator.Boards;

/// <summary>Makes boards Kubernetes citizens: Board objects as their durable store, and a pod per live cell.</summary>
public static class BoardObjectsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the pod reconciler (<see cref="BoardPodReconcilerServiceCollectionExtensions.AddBoardPodReconciler"/>) as the
    /// boards' <see cref="IBoardPods"/>, and the <see cref="BoardController"/> as a hosted service with
    /// <see cref="KubeBoardCatalog"/> as the <see cref="IBoardCatalog"/>, replacing the grains-only defaults, and the
    /// <see cref="EventRecorder"/> both record the boards' Events with. Needs an
    /// <see cref="IKubernetes"/> (<see cref="KubeClientServiceCollectionExtensions.AddKubeClient"/>) and the Life grains.
    /// </summary>
    public static OptionsBuilder<BoardControllerOptions> AddBoardObjects(this IServiceCollection services, Action<BoardControllerOptions>? configure = null)
    {
        services.AddBoardPodReconciler();
        services.AddEventRecorder();
        services.Replace(ServiceDescriptor.Singleton<IBoardPods>(provider => new ReconciledBoardPods(provider.GetRequiredService<IBoardPodReconciler>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BoardControllerOptions>, BoardControllerOptionsValidator>());
        services.TryAddSingleton(provider => new BoardController(
            provider.GetRequiredService<IGrainFactory>(),
            provider.GetRequiredService<IKubernetes>(),
            provider.GetRequiredService<BoardPodReconciler>().Namespace,
            provider.GetRequiredService<IBoardPodReconciler>(),
            provider.GetRequiredService<IBoardPods>(),
            provider.GetRequiredService<IOptions<BoardLimits>>().Value,
            provider.GetRequiredService<IOptions<BoardControllerOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<BoardController>>(),
            provider.GetService<KubeClientMetrics>(),
            provider.GetService<EventRecorder>()));
        // The reconciler runs only while this silo leads, with the controller, instead of on its own.
        foreach (var alone in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(BoardPodReconcilerService)).ToList())
            services.Remove(alone);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LeaderElectionOptions>, LeaderElectionOptionsValidator>());
        services.AddOptions<LeaderElectionOptions>().ValidateOnStart();
        services.TryAddSingleton(provider => new LeaderElector(
            provider.GetRequiredService<IKubernetes>(),
            provider.GetRequiredService<BoardPodReconciler>().Namespace,
            provider.GetRequiredService<IOptions<LeaderElectionOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<LeaderElector>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BoardLeaderService>());
        services.TryAddSingleton<KubeBoardCatalog>();
        services.Replace(ServiceDescriptor.Singleton<IBoardCatalog>(provider => provider.GetRequiredService<KubeBoardCatalog>()));
        var options = services.AddOptions<BoardControllerOptions>().ValidateOnStart();
        return configure is null ? options : options.Configure(configure);
    }
}
