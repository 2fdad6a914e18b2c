using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansLife.KubeEmulator.Hosting;

namespace OrleansLife.KubeEmulator.Server;

/// <summary>
/// The emulator as a process of its own, outliving the silos, tools and tests that share it: a fixed port, its state
/// kept in a file, and a kubeconfig written for everyone who connects.
/// </summary>
public static class StandaloneEmulatorExtensions
{
    /// <summary>The port a standalone emulator listens on unless told otherwise: the API server's usual port.</summary>
    public const int DefaultPort = 6443;

    /// <summary>The state file unless told otherwise: the embedded emulator's, so a switch to standalone keeps the boards.</summary>
    public static readonly string DefaultStatePath = Path.Combine(".orleanslife", "emulator-state.json");

    /// <summary>The command-line switches, short names for the <c>KubeEmulator</c> settings.</summary>
    public static IReadOnlyDictionary<string, string> Switches { get; } = new Dictionary<string, string>
    {
        ["--port"] = KubeEmulatorOptions.SectionName + ":" + nameof(KubeEmulatorOptions.Port),
        ["--state"] = KubeEmulatorOptions.SectionName + ":" + nameof(KubeEmulatorOptions.PersistencePath),
        ["--kubeconfig"] = KubeEmulatorOptions.SectionName + ":" + nameof(KubeEmulatorOptions.KubeconfigPath),
        ["--namespace"] = KubeEmulatorOptions.SectionName + ":" + nameof(KubeEmulatorOptions.KubeconfigNamespace),
    };

    /// <summary>
    /// Adds the emulator with the standalone defaults (port 6443, state in <see cref="DefaultStatePath"/>, kubeconfig in
    /// <c>.orleanslife/kubeconfig</c>, the Board and ClusterMembership CRDs installed), which <c>--port</c>, <c>--state</c>, <c>--kubeconfig</c>,
    /// <c>--namespace</c> and any <c>KubeEmulator:*</c> setting override.
    /// </summary>
    public static HostApplicationBuilder AddStandaloneKubeEmulator(this HostApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddCommandLine(args, Switches.ToDictionary());
        // Registered before AddKubeEmulator binds the settings, so that the settings win over these defaults.
        builder.Services.Configure<KubeEmulatorOptions>(options =>
        {
            options.Port = DefaultPort;
            options.PersistencePath = DefaultStatePath;
            options.CustomResourceDefinitionFiles.Add(Path.Combine(AppContext.BaseDirectory, "crds", "boards.orleanslife.io.yaml"));
            // Silos started with --Cluster:Membership=kubernetes keep their Orleans membership table here.
            options.CustomResourceDefinitionFiles.Add(Path.Combine(AppContext.BaseDirectory, "crds", "clustermemberships.orleanslife.io.yaml"));
        });
        builder.Services.AddKubeEmulator();
        // One line per request would bury what matters; failures are still logged by the emulator itself.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }
}
