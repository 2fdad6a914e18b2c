using System.Net;
using Microsoft.Extensions.Options;

namespace OrleansLife.Silo.Clustering;

/// <summary>
/// Refuses ports out of range, a primary silo that is not an <c>address:port</c> endpoint (or that comes with
/// <c>kubernetes</c> membership), an unknown membership and an advertised address that is not an IP address.
/// </summary>
public sealed class LifeClusterOptionsValidator : IValidateOptions<LifeClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, LifeClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.SiloPort is < 0 or > IPEndPoint.MaxPort) failures.Add($"Cluster:SiloPort must be from 0 to 65535; it is {options.SiloPort}.");
        if (options.GatewayPort is < 0 or > IPEndPoint.MaxPort) failures.Add($"Cluster:GatewayPort must be from 0 to 65535; it is {options.GatewayPort}.");
        if (!string.IsNullOrWhiteSpace(options.PrimarySilo) && !IPEndPoint.TryParse(options.PrimarySilo, out _))
            failures.Add($"Cluster:PrimarySilo must be an endpoint such as 127.0.0.1:11111; it is '{options.PrimarySilo}'.");
        if (!string.IsNullOrWhiteSpace(options.Membership) && !Enum.TryParse<LifeMembership>(options.Membership, ignoreCase: true, out _))
            failures.Add($"Cluster:Membership must be localhost or kubernetes; it is '{options.Membership}'.");
        else if (!string.IsNullOrWhiteSpace(options.PrimarySilo) && IsKubernetes(options))
            failures.Add("Cluster:PrimarySilo belongs to localhost membership; with Cluster:Membership=kubernetes silos find each other in the Kubernetes API.");
        if (!string.IsNullOrWhiteSpace(options.AdvertisedAddress) && !IPAddress.TryParse(options.AdvertisedAddress, out _))
            failures.Add($"Cluster:AdvertisedAddress must be an IP address such as 10.0.0.5; it is '{options.AdvertisedAddress}'.");
        if (string.IsNullOrWhiteSpace(options.ClusterId)) failures.Add("Cluster:ClusterId must not be empty.");
        if (string.IsNullOrWhiteSpace(options.ServiceId)) failures.Add("Cluster:ServiceId must not be empty.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsKubernetes(LifeClusterOptions options) =>
        string.Equals(options.Membership, nameof(LifeMembership.Kubernetes), StringComparison.OrdinalIgnoreCase);
}
