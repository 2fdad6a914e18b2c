using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>The object after a DELETE, and whether it is gone or only marked for deletion (grace period, finalizers).</summary>
internal sealed record DeleteResult(JsonObject Object, bool Removed);
