using System.Net;
using System.Net.Sockets;
using k8s;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using OrleansLife.Grains.Hosting;

namespace OrleansLife.Silo.Clustering;

/// <summary>Makes the process an Orleans silo with the game's grains and the Orleans dashboard, clustered as configured.</summary>
public static class SiloOrleansExtensions
{
    /// <summary>Where every silo serves the Orleans dashboard.</summary>
    public const string OrleansDashboardPath = "/orleans";

    /// <summary>
    /// The configuration section bound to Orleans' own <see cref="ClusterMembershipOptions"/> (probe timeouts, votes for a
    /// death declaration, …), such as <c>--ClusterMembership:ProbeTimeout=00:00:01</c>. Default: Orleans' defaults.
    /// </summary>
    public const string MembershipOptionsSection = "ClusterMembership";

    public static WebApplicationBuilder AddOrleansSilo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(LifeClusterOptions.Section).Get<LifeClusterOptions>() ?? new LifeClusterOptions();
        var validation = new LifeClusterOptionsValidator().Validate(null, options);
        if (validation.Failed) throw new OptionsValidationException(LifeClusterOptions.Section, typeof(LifeClusterOptions), validation.Failures);
        var inPod = KubernetesClientConfiguration.IsInCluster();

        builder.Services.AddOptions<ClusterMembershipOptions>().BindConfiguration(MembershipOptionsSection);
        builder.UseOrleans(silo =>
        {
            if (options.MembershipFor(inPod) == LifeMembership.Kubernetes) silo.AddKubernetesMembership(options, inPod);
            else silo.UseLocalhostClustering(PortOrFree(options.SiloPort), PortOrFree(options.GatewayPort), options.PrimaryEndpoint,
                options.ServiceId, options.ClusterId);
            silo.AddLifeGrains().AddDashboard();
        });
        return builder;
    }

    public static WebApplication MapOrleansDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The Orleans dashboard's own routes are not part of the OrleansLife API, so the OpenAPI document leaves them out.
        app.MapOrleansDashboard(OrleansDashboardPath).ExcludeFromDescription();
        return app;
    }

    /// <summary>A configured port, or for 0 one that is free now (Orleans must know the port it advertises before it binds).</summary>
    internal static int PortOrFree(int port)
    {
        if (port != 0) return port;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
