using Microsoft.Extensions.Options;

namespace OrleansLife.Grains.Boards.Specs;

/// <summary>Rejects limits that would refuse every board, at startup rather than at the first request.</summary>
public sealed class BoardLimitsValidator : IValidateOptions<BoardLimits>
{
    public ValidateOptionsResult Validate(string? name, BoardLimits options)
    {
        var failures = new List<string>();
        if (options.MaxWidth < 1) failures.Add($"{nameof(options.MaxWidth)} must be at least 1.");
        if (options.MaxHeight < 1) failures.Add($"{nameof(options.MaxHeight)} must be at least 1.");
        if (options.MaxInitialCells < 1) failures.Add($"{nameof(options.MaxInitialCells)} must be at least 1.");
        if (options.MaxStepGenerations < 1) failures.Add($"{nameof(options.MaxStepGenerations)} must be at least 1.");
        if (options.MaxRequestBytes < 1) failures.Add($"{nameof(options.MaxRequestBytes)} must be at least 1.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
