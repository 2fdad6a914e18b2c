using OrleansLife.KubeEmulator.ManagedFields;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>
/// The query parameters every write accepts (<c>dryRun</c>, <c>fieldValidation</c>, <c>fieldManager</c>, and for an
/// apply <c>force</c>), with the manager the User-Agent names when no fieldManager is given.
/// </summary>
internal sealed record WriteOptions(bool DryRun = false, string? FieldValidation = null, string? FieldManager = null)
{
    public static readonly WriteOptions Default = new();

    /// <summary>The manager of a write without fieldManager: the User-Agent up to its first slash, as the API server takes it.</summary>
    public string? UserAgentManager { get; init; }

    /// <summary>Whether an apply takes the fields other managers own (<c>force=true</c>, kubectl's --force-conflicts).</summary>
    public bool Force { get; init; }

    /// <summary>The fields of the applied configuration, for a server-side apply; null for any other write.</summary>
    public FieldSet? Applied { get; init; }

    /// <summary>Who the write is recorded for in managedFields; null for the emulator's own writes, which record nothing.</summary>
    public string? Manager => FieldManager ?? UserAgentManager;
}
