using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace OrleansLife.KubeEmulator.Hosting;

/// <summary>Starts the emulator with the host, writes the kubeconfig for kubectl, and stops the emulator with the host.</summary>
internal sealed partial class KubeEmulatorHostedService(KubeApiEmulator emulator, IOptions<KubeEmulatorOptions> options, ILogger<KubeEmulatorHostedService>? logger = null)
    : IHostedService
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await emulator.StartAsync(cancellationToken);
        if (options.Value.KubeconfigPath is { Length: > 0 } path)
        {
            await emulator.WriteKubeconfigAsync(path, options.Value.KubeconfigNamespace, cancellationToken);
            // Logged once the file is complete: whoever waits for this line (a script, a test) can use the kubeconfig at once.
            var written = Path.GetFullPath(path);
            LogKubeconfigWritten(_logger, written, emulator.BaseAddress);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => emulator.StopAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kubeconfig for {Server} written to {Path}")]
    private static partial void LogKubeconfigWritten(ILogger logger, string path, Uri server);
}
