using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OrleansLife.Clustering.Hosting;

/// <summary>Refuses a namespace Kubernetes would refuse (an RFC 1123 label), before the first request does, and a read freshness outside 0 to 1 minute.</summary>
public sealed partial class KubernetesMembershipOptionsValidator : IValidateOptions<KubernetesMembershipOptions>
{
    public ValidateOptionsResult Validate(string? name, KubernetesMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Namespace is not { Length: > 0 and <= 63 } @namespace || !Label().IsMatch(@namespace))
            failures.Add($"KubernetesMembership:Namespace must be a Kubernetes namespace name (lower-case letters, digits and '-'); it is '{options.Namespace}'.");
        if (options.ReadsFreshFor < TimeSpan.Zero || options.ReadsFreshFor > TimeSpan.FromMinutes(1))
            failures.Add($"KubernetesMembership:ReadsFreshFor must be from 0 to 1 minute; it is {options.ReadsFreshFor}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Label();
}
