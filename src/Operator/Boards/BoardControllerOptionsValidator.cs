using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Boards;

/// <summary>Rejects controller settings that could not work, at startup.</summary>
public sealed class BoardControllerOptionsValidator : IValidateOptions<BoardControllerOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BoardControllerOptions options)
    {
        var failures = new List<string>();
        if (options.StatusInterval <= TimeSpan.Zero) failures.Add($"{nameof(options.StatusInterval)} must be positive.");
        if (options.RequestTimeout <= TimeSpan.Zero) failures.Add($"{nameof(options.RequestTimeout)} must be positive.");
        if (options.MaxStatusCells < 0) failures.Add($"{nameof(options.MaxStatusCells)} must be 0 or more.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
