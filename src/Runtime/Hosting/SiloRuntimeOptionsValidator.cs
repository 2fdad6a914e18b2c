using Microsoft.Extensions.Options;

namespace OrleansLife.Runtime.Hosting;

/// <summary>Rejects runtime settings that could not work, at startup rather than at the first message.</summary>
public sealed class SiloRuntimeOptionsValidator : IValidateOptions<SiloRuntimeOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloRuntimeOptions options)
    {
        var failures = new List<string>();
        if (options.CallTimeout <= TimeSpan.Zero) failures.Add($"{nameof(options.CallTimeout)} must be positive.");
        if (options.CollectionAge <= TimeSpan.Zero) failures.Add($"{nameof(options.CollectionAge)} must be positive.");
        if (options.CollectionInterval <= TimeSpan.Zero) failures.Add($"{nameof(options.CollectionInterval)} must be positive.");
        if (options.MessagesPerSlice < 1) failures.Add($"{nameof(options.MessagesPerSlice)} must be at least 1.");
        if (string.IsNullOrWhiteSpace(options.Endpoint)) failures.Add($"{nameof(options.Endpoint)} must be set.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
