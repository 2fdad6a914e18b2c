using OrleansLife.Api.Access;
using OrleansLife.Api.Cluster;
using OrleansLife.Grains.Placement;
using OrleansLife.KubeEmulator;
using OrleansLife.KubeEmulator.Hosting;
using OrleansLife.Operator.Boards;
using OrleansLife.Operator.Client;
using OrleansLife.Operator.Leadership;
using OrleansLife.Operator.Pods;
using OrleansLife.Operator.Reconciliation;

namespace OrleansLife.Silo.Kubernetes;

/// <summary>
/// Connects the silo's boards to Kubernetes, chosen with <c>--kube auto|emulator|cluster|none</c> (configuration key
/// <c>Kubernetes:Mode</c>): Board objects become the boards' durable store and every live cell a pod.
/// </summary>
public static class SiloKubernetesExtensions
{
    /// <summary>The configuration section of the Kubernetes client (<see cref="KubeClientOptions"/>) and of <c>Mode</c>.</summary>
    public const string SectionName = "Kubernetes";

    /// <summary>Where the emulator keeps its state, so that boards and pods survive a restart of the silo.</summary>
    public static readonly string DefaultEmulatorStatePath = Path.Combine(".orleanslife", "emulator-state.json");

    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--kube"] = SectionName + ":Mode",
        ["--kubeconfig"] = SectionName + ":KubeConfigPath",
        ["--context"] = SectionName + ":Context",
        ["--namespace"] = SectionName + ":Namespace",
    };

    public static WebApplicationBuilder AddKubernetes(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddCommandLine(args, Switches);
        var section = builder.Configuration.GetSection(SectionName);
        var mode = KubeModeResolver.Resolve(section["Mode"], section["KubeConfigPath"]);
        var services = builder.Services;
        if (mode == KubeMode.None)
        {
            services.AddSingleton(new KubeConnection(mode, null, null));
            services.AddHostedService<KubernetesLog>();
            return builder;
        }

        // The emulator's defaults go first, so that the settings bound after them win.
        if (mode == KubeMode.Emulator) AddEmulator(builder);
        else services.AddSingleton(new KubeConnection(mode, null, null));
        // Every request names the silo, so that the API server's audit log says which silo wrote what.
        services.AddOptions<KubeClientOptions>().BindConfiguration(SectionName)
            .PostConfigure<ILocalSiloDetails>((client, silo) => client.UserAgent ??= $"{KubeClientOptions.DefaultUserAgent} ({silo.Name})");
        // The emulator picks its port as it starts; the client, made on first use, asks it then. Its endpoint is known in
        // process, so the client needs no kubeconfig for it.
        if (mode == KubeMode.Emulator) services.AddKubeClient(provider => KubeClientFactory.Direct(provider.GetRequiredService<KubeApiEmulator>().BaseAddress));
        else services.AddKubeClient();
        services.AddOptions<CellPodOptions>().BindConfiguration(CellPodOptions.SectionName);
        services.AddOptions<BoardPodReconcilerOptions>().BindConfiguration(BoardPodReconcilerOptions.SectionName);
        services.AddBoardObjects().BindConfiguration(BoardControllerOptions.SectionName);
        // The Lease names the leader by its Orleans silo name, so that boards can be homed on its silo (LeaderBoardHome).
        services.AddOptions<LeaderElectionOptions>().BindConfiguration(LeaderElectionOptions.SectionName)
            .PostConfigure<ILocalSiloDetails>((election, silo) => election.Identity ??= silo.Name);
        services.AddSingleton<IBoardHome, LeaderBoardHome>();
        services.AddSingleton<IKubernetesApiCounters, KubeClientApiCounters>();
        services.AddSingleton<ISiloRole, LeaderElectorRole>();
        // Changes through the API obey the cluster's RBAC. Only a caller at the emulator's machine may go without a
        // token, as the emulator's admin: against a real cluster there is no one to stand in for.
        services.AddAccessReviews(provider => new KubeAccessReviews(
            provider.GetRequiredService<k8s.IKubernetes>(),
            provider.GetRequiredService<BoardController>().Namespace,
            mode == KubeMode.Emulator ? provider.GetRequiredService<KubeApiEmulator>().AdminToken : null));
        services.AddHostedService<KubernetesLog>();
        return builder;
    }

    private static void AddEmulator(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration.GetSection(KubeEmulatorOptions.SectionName);
        var kubeconfig = configuration["KubeconfigPath"] ?? new KubeEmulatorOptions().KubeconfigPath;
        // Registered first of the Kubernetes services, so its hosted service has started (and picked its port) before
        // the reconciler's and the controller's ask for the client.
        builder.Services.AddKubeEmulator(emulator =>
        {
            // Kept by default, so that the embedded default survives a restart too; an empty setting keeps it in memory.
            emulator.PersistencePath = configuration["PersistencePath"] switch
            {
                null => DefaultEmulatorStatePath,
                "" => null,
                var path => path,
            };
            // kubectl looks where the boards are.
            if (builder.Configuration[SectionName + ":Namespace"] is { Length: > 0 } boards && configuration["KubeconfigNamespace"] is null)
                emulator.KubeconfigNamespace = boards;
            // Boards checkpoint once a second; saving the whole state (megabytes with thousands of pods) more often buys nothing.
            if (configuration["PersistenceDebounce"] is null) emulator.PersistenceDebounce = TimeSpan.FromSeconds(1);
            emulator.CustomResourceDefinitionFiles.Add(Path.Combine(AppContext.BaseDirectory, "crds", "boards.orleanslife.io.yaml"));
            // Silos that keep their Orleans membership in Kubernetes find its resource in the emulator too.
            emulator.CustomResourceDefinitionFiles.Add(Path.Combine(AppContext.BaseDirectory, "crds", "clustermemberships.orleanslife.io.yaml"));
        });
        // Registered before the options are bound, so that settings override these defaults.
        builder.Services.Configure<KubeClientOptions>(EmbeddedEmulatorDefaults.Apply);
        builder.Services.Configure<BoardPodReconcilerOptions>(EmbeddedEmulatorDefaults.Apply);
        builder.Services.AddSingleton(provider => new KubeConnection(KubeMode.Emulator, provider.GetRequiredService<KubeApiEmulator>().BaseAddress, kubeconfig));
    }
}
