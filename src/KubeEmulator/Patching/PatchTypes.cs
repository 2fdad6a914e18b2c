namespace OrleansLife.KubeEmulator.Patching;

/// <summary>The Content-Types a PATCH may carry, and which of them a custom resource accepts.</summary>
internal static class PatchTypes
{
    public const string Json = "application/json-patch+json";
    public const string Merge = "application/merge-patch+json";
    public const string Strategic = "application/strategic-merge-patch+json";
    public const string Apply = "application/apply-patch+yaml";

    public static IReadOnlyList<string> ForBuiltIn { get; } = [Json, Merge, Strategic, Apply];

    /// <summary>Custom resources have no patch strategy metadata, so the API server refuses strategic merge patches for them.</summary>
    public static IReadOnlyList<string> ForCustom { get; } = [Json, Merge, Apply];
}
