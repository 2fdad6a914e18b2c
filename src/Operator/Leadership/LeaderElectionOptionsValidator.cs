using Microsoft.Extensions.Options;
using OrleansLife.Grains.Boards.Specs;

namespace OrleansLife.Operator.Leadership;

/// <summary>Rejects lease settings under which a leader could lose its lease while it still believes it leads.</summary>
public sealed class LeaderElectionOptionsValidator : IValidateOptions<LeaderElectionOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LeaderElectionOptions options)
    {
        var failures = new List<string>();
        if (BoardNames.Check(options.LeaseName) is { } problem) failures.Add($"{nameof(options.LeaseName)}: {problem}");
        if (options.RetryPeriod <= TimeSpan.Zero) failures.Add($"{nameof(options.RetryPeriod)} must be positive.");
        if (options.RenewDeadline <= options.RetryPeriod) failures.Add($"{nameof(options.RenewDeadline)} must be longer than {nameof(options.RetryPeriod)}.");
        if (options.LeaseDuration <= options.RenewDeadline) failures.Add($"{nameof(options.LeaseDuration)} must be longer than {nameof(options.RenewDeadline)}.");
        if (options.Identity is { Length: 0 }) failures.Add($"{nameof(options.Identity)} must not be empty.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
