using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Client;

/// <summary>Rejects <see cref="KubeClientOptions"/> that could never work, at startup rather than on first call.</summary>
public sealed class KubeClientOptionsValidator : IValidateOptions<KubeClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KubeClientOptions options)
    {
        var failures = new List<string>();
        if (!(options.Qps > 0)) failures.Add($"{nameof(options.Qps)} must be positive.");
        if (options.Burst < 1) failures.Add($"{nameof(options.Burst)} must be at least 1.");
        if (options.MaxRetries < 0) failures.Add($"{nameof(options.MaxRetries)} must not be negative.");
        if (options.InitialRetryDelay <= TimeSpan.Zero) failures.Add($"{nameof(options.InitialRetryDelay)} must be positive.");
        if (options.MaxRetryDelay < options.InitialRetryDelay)
        {
            failures.Add($"{nameof(options.MaxRetryDelay)} must be at least {nameof(options.InitialRetryDelay)}.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero) failures.Add($"{nameof(options.RequestTimeout)} must be positive.");
        if (options.Server is { IsAbsoluteUri: false }) failures.Add($"{nameof(options.Server)} must be an absolute URI.");
        if (options.Server is not null && options.InCluster == true)
        {
            failures.Add($"{nameof(options.Server)} and {nameof(options.InCluster)} cannot both be set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
