using System.Net;
using Microsoft.Extensions.Options;

namespace OrleansLife.Silo.Clustering;

/// <summary>Refuses ports out of range and a primary silo that is not an <c>address:port</c> endpoint.</summary>
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
        if (string.IsNullOrWhiteSpace(options.ClusterId)) failures.Add("Cluster:ClusterId must not be empty.");
        if (string.IsNullOrWhiteSpace(options.ServiceId)) failures.Add("Cluster:ServiceId must not be empty.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
