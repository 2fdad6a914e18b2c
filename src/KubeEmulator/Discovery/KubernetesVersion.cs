using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Discovery;

/// <summary>
/// The Kubernetes release the emulator answers as on <c>/version</c>. kubectl's version-skew checks (and the gcloud
/// kubectl dispatcher, which picks a matching kubectl) read it.
/// </summary>
internal static class KubernetesVersion
{
    public const string Major = "1";
    public const string Minor = "33";
    public const string GitVersion = "v1.33.0";

    public static JsonObject Document() => new()
    {
        ["major"] = Major,
        ["minor"] = Minor,
        ["gitVersion"] = GitVersion,
        ["gitCommit"] = "orleanslife-kube-emulator",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2025-04-23T00:00:00Z",
        ["goVersion"] = "go1.24.2",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };
}
