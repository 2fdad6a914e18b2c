using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Resources;

/// <summary>The object a write left behind, whether it was created, and the warnings to send back with it.</summary>
internal sealed record WriteResult(JsonObject Object, bool Created, IReadOnlyList<string> Warnings);
