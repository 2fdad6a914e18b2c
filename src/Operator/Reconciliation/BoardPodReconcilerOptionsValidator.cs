using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Reconciliation;

/// <summary>Rejects <see cref="BoardPodReconcilerOptions"/> that would stall or refuse every board, at startup.</summary>
public sealed class BoardPodReconcilerOptionsValidator : IValidateOptions<BoardPodReconcilerOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BoardPodReconcilerOptions options)
    {
        var failures = new List<string>();
        if (options.MaxConcurrentWrites < 1) failures.Add($"{nameof(options.MaxConcurrentWrites)} must be at least 1.");
        if (options.MaxWritesPerSecond is { } rate && !(rate > 0 && double.IsFinite(rate)))
        {
            failures.Add($"{nameof(options.MaxWritesPerSecond)} must be positive, or unset for no budget of its own.");
        }

        if (options.WriteBurst < 1) failures.Add($"{nameof(options.WriteBurst)} must be at least 1.");
        if (options.MaxPodsPerBoard < 0) failures.Add($"{nameof(options.MaxPodsPerBoard)} must not be negative.");
        if (options.MaxPodsPerNamespace < options.MaxPodsPerBoard)
        {
            failures.Add($"{nameof(options.MaxPodsPerNamespace)} must be at least {nameof(options.MaxPodsPerBoard)}.");
        }

        CheckDelays(failures, nameof(options.RetryInitialDelay), options.RetryInitialDelay, nameof(options.RetryMaxDelay), options.RetryMaxDelay);
        CheckDelays(failures, nameof(options.WatchRetryInitialDelay), options.WatchRetryInitialDelay,
            nameof(options.WatchRetryMaxDelay), options.WatchRetryMaxDelay);
        if (options.ExpectationTimeout <= TimeSpan.Zero) failures.Add($"{nameof(options.ExpectationTimeout)} must be positive.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckDelays(List<string> failures, string initialName, TimeSpan initial, string maxName, TimeSpan max)
    {
        if (initial <= TimeSpan.Zero) failures.Add($"{initialName} must be positive.");
        else if (max < initial) failures.Add($"{maxName} must be at least {initialName}.");
    }
}
