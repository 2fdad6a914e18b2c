namespace OrleansLife.Operator.Reconciliation;

/// <summary>Whether a number of pods for a board fits under the operator's safety caps, and if not, why.</summary>
/// <param name="Exceeded">True when the pods would pass the per-board or the per-namespace cap.</param>
/// <param name="Message">Which cap, and by how much; null when within the caps.</param>
public readonly record struct PodCapCheck(bool Exceeded, string? Message)
{
    /// <summary>The condition reason a board reports when it was refused pods.</summary>
    public const string Reason = "PodCapExceeded";

    /// <summary>Within both caps.</summary>
    public static PodCapCheck Within => default;
}
