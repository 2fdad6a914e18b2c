using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Silo.Kubernetes;

/// <summary>Says once the silo has started where its boards and pods live, and the kubectl command that shows them.</summary>
internal sealed partial class KubernetesLog(
    IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<KubernetesLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            // Read once started: the emulator's address is known only once it listens.
            var connection = services.GetRequiredService<KubeConnection>();
            switch (connection.Mode)
            {
                case KubeMode.Emulator:
                    Emulator(logger, connection.Server!, Namespace());
                    Kubectl(logger, $"kubectl --kubeconfig {connection.KubeconfigPath} get pods,boards");
                    break;
                case KubeMode.Cluster:
                    Cluster(logger, Namespace());
                    break;
                default:
                    NoKubernetes(logger);
                    break;
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string Namespace() => services.GetRequiredService<BoardPodReconciler>().Namespace;

    [LoggerMessage(1, LogLevel.Information, "Boards are Kubernetes objects in the embedded API emulator at {Server}, namespace {Namespace}")]
    private static partial void Emulator(ILogger logger, Uri server, string @namespace);

    [LoggerMessage(2, LogLevel.Information, "Watch the boards and their pods with: {Command}")]
    private static partial void Kubectl(ILogger logger, string command);

    [LoggerMessage(3, LogLevel.Information, "Boards are Kubernetes objects in the cluster, namespace {Namespace}")]
    private static partial void Cluster(ILogger logger, string @namespace);

    [LoggerMessage(4, LogLevel.Information, "Running without Kubernetes (--kube none): boards live in the silo only and have no pods, and with no RBAC to obey anyone who can reach the silo may change them: keep it on loopback")]
    private static partial void NoKubernetes(ILogger logger);
}
