using Microsoft.Extensions.Options;

namespace OrleansLife.Api.Cluster;

/// <summary>Rejects sampler settings that could not work, at startup rather than at the first sample.</summary>
public sealed class ClusterSamplerOptionsValidator : IValidateOptions<ClusterSamplerOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterSamplerOptions options)
    {
        var failures = new List<string>();
        if (options.Interval <= TimeSpan.Zero) failures.Add($"{nameof(options.Interval)} must be positive.");
        if (options.Capacity < 1) failures.Add($"{nameof(options.Capacity)} must be at least 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
