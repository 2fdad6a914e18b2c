using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Events;

/// <summary>Rejects event recorder settings that could not work, at startup.</summary>
public sealed class EventRecorderOptionsValidator : IValidateOptions<EventRecorderOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EventRecorderOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Component)) failures.Add($"{nameof(options.Component)} must not be empty.");
        if (options.QueueCapacity < 1) failures.Add($"{nameof(options.QueueCapacity)} must be 1 or more.");
        if (options.Burst < 1) failures.Add($"{nameof(options.Burst)} must be 1 or more.");
        if (options.RefillInterval <= TimeSpan.Zero) failures.Add($"{nameof(options.RefillInterval)} must be positive.");
        if (options.MaxSimilarEvents < 2) failures.Add($"{nameof(options.MaxSimilarEvents)} must be 2 or more.");
        if (options.AggregationInterval <= TimeSpan.Zero) failures.Add($"{nameof(options.AggregationInterval)} must be positive.");
        if (options.MaxWriteAttempts < 1) failures.Add($"{nameof(options.MaxWriteAttempts)} must be 1 or more.");
        if (options.WriteRetryInterval <= TimeSpan.Zero) failures.Add($"{nameof(options.WriteRetryInterval)} must be positive.");
        if (options.CacheSize < 1) failures.Add($"{nameof(options.CacheSize)} must be 1 or more.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
