using Microsoft.Extensions.Options;

namespace OrleansLife.Operator.Pods;

/// <summary>Rejects <see cref="CellPodOptions"/> whose pods the API server would refuse, at startup rather than per cell.</summary>
public sealed class CellPodOptionsValidator : IValidateOptions<CellPodOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CellPodOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Image)) failures.Add($"{nameof(options.Image)} is required.");
        if (options.Namespace is { } ns && !LabelSyntax.IsDnsLabel(ns))
        {
            failures.Add($"{nameof(options.Namespace)} '{ns}' is not a DNS-1123 label.");
        }

        foreach (var (option, value) in new[]
        {
            (nameof(options.CpuRequest), options.CpuRequest), (nameof(options.MemoryRequest), options.MemoryRequest),
            (nameof(options.CpuLimit), options.CpuLimit), (nameof(options.MemoryLimit), options.MemoryLimit),
        })
        {
            if (!LabelSyntax.IsQuantity(value ?? "")) failures.Add($"{option} '{value}' is not a resource quantity such as 1m or 4Mi.");
        }

        if (options.TerminationGracePeriodSeconds < 0) failures.Add($"{nameof(options.TerminationGracePeriodSeconds)} must not be negative.");
        if (options.RunAsUser < 1) failures.Add($"{nameof(options.RunAsUser)} must be a non-root user id (at least 1).");
        foreach (var (key, value) in options.Labels)
        {
            if (CellPodLabels.Reserved.Contains(key)) failures.Add($"Label '{key}' is set by the operator and may not be overridden.");
            else if (!LabelSyntax.IsLabelKey(key)) failures.Add($"Label key '{key}' is not a valid label key.");
            else if (!LabelSyntax.IsLabelValue(value)) failures.Add($"Label '{key}' has the invalid value '{value}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
