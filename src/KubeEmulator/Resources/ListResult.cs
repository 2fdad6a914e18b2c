using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>One page of a list: its items, the resourceVersion it reflects, and how to fetch the rest.</summary>
internal sealed record ListResult(IReadOnlyList<JsonObject> Items, long ResourceVersion, string? Continue, long? RemainingItemCount);
