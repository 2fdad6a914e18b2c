namespace OrleansLife.KubeEmulator.Access;

/// <summary>
/// The one user the emulator knows: whoever connects, with whatever token, is its administrator and may do everything,
/// as a cluster-admin on a real cluster may.
/// </summary>
internal static class EmulatorUser
{
    public const string Name = "orleanslife-admin";

    public static IReadOnlyList<string> Groups { get; } = ["system:masters", "system:authenticated"];

    /// <summary>Why every access review is allowed, in the place a real authorizer names the binding that allowed it.</summary>
    public const string AllowedReason = "the Kubernetes API emulator allows its admin user everything";
}
