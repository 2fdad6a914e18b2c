namespace OrleansLife.KubeEmulator.Resources;

/// <summary>The query parameters every write accepts: <c>dryRun</c>, <c>fieldValidation</c> and <c>fieldManager</c>.</summary>
internal sealed record WriteOptions(bool DryRun = false, string? FieldValidation = null, string? FieldManager = null)
{
    public static readonly WriteOptions Default = new();
}
