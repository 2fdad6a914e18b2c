using Microsoft.Extensions.Options;

namespace OrleansLife.KubeEmulator.Hosting;

/// <summary>Rejects emulator settings that could not work, at startup rather than at the first request.</summary>
public sealed class KubeEmulatorOptionsValidator : IValidateOptions<KubeEmulatorOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KubeEmulatorOptions options)
    {
        var failures = new List<string>();
        if (options.Port is < 0 or > 65535) failures.Add($"{nameof(options.Port)} must be between 0 and 65535.");
        if (options.PodRunningDelay < TimeSpan.Zero) failures.Add($"{nameof(options.PodRunningDelay)} must not be negative.");
        if (options.MaxPodTerminationDelay < TimeSpan.Zero) failures.Add($"{nameof(options.MaxPodTerminationDelay)} must not be negative.");
        if (options.WatchHistorySize < 1) failures.Add($"{nameof(options.WatchHistorySize)} must be at least 1.");
        if (options.BookmarkInterval <= TimeSpan.Zero) failures.Add($"{nameof(options.BookmarkInterval)} must be positive.");
        if (options.PersistenceDebounce < TimeSpan.Zero) failures.Add($"{nameof(options.PersistenceDebounce)} must not be negative.");
        if (string.IsNullOrWhiteSpace(options.NodeName)) failures.Add($"{nameof(options.NodeName)} must be set.");
        if (string.IsNullOrWhiteSpace(options.KubeconfigNamespace)) failures.Add($"{nameof(options.KubeconfigNamespace)} must be set.");
        foreach (var file in options.CustomResourceDefinitionFiles.Where(f => !File.Exists(f)))
        {
            failures.Add($"{nameof(options.CustomResourceDefinitionFiles)} names '{file}', which does not exist.");
        }
        var faults = options.Faults;
        if (faults.RequestLatency < TimeSpan.Zero) failures.Add("Faults.RequestLatency must not be negative.");
        if (faults.WriteFailureRate is < 0 or > 1) failures.Add("Faults.WriteFailureRate must be between 0 and 1.");
        if (faults.WriteFailureStatusCode is not (429 or 500 or 503 or 504)) failures.Add("Faults.WriteFailureStatusCode must be 429, 500, 503 or 504.");
        if (faults.RetryAfter < TimeSpan.Zero) failures.Add("Faults.RetryAfter must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
