namespace OrleansLife.KubeEmulator.Resources;

/// <summary>A parsed <c>DeleteOptions</c>: grace period, propagation policy, preconditions and dry run.</summary>
internal sealed record DeleteOptions(
    long? GracePeriodSeconds = null,
    string? PropagationPolicy = null,
    string? PreconditionUid = null,
    string? PreconditionResourceVersion = null,
    bool DryRun = false)
{
    public static readonly DeleteOptions Default = new();
}
