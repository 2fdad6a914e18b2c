using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OrleansLife.KubeEmulator.Hosting;

/// <summary>Starts the emulator with the host, writes the kubeconfig for kubectl, and stops the emulator with the host.</summary>
internal sealed class KubeEmulatorHostedService(KubeApiEmulator emulator, IOptions<KubeEmulatorOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await emulator.StartAsync(cancellationToken);
        if (options.Value.KubeconfigPath is { Length: > 0 } path)
        {
            await emulator.WriteKubeconfigAsync(path, options.Value.KubeconfigNamespace, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => emulator.StopAsync(cancellationToken);
}
