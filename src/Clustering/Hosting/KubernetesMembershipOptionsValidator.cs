using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OrleansLife.Clustering.Hosting;

/// <summary>Refuses a namespace Kubernetes would refuse (an RFC 1123 label), before the first request does.</summary>
public sealed partial class KubernetesMembershipOptionsValidator : IValidateOptions<KubernetesMembershipOptions>
{
    public ValidateOptionsResult Validate(string? name, KubernetesMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Namespace is { Length: > 0 and <= 63 } @namespace && Label().IsMatch(@namespace)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"KubernetesMembership:Namespace must be a Kubernetes namespace name (lower-case letters, digits and '-'); it is '{options.Namespace}'.");
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Label();
}
