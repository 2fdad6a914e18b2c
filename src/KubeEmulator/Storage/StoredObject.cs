using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Storage;

/// <summary>One object and the storage key of the resource it belongs to.</summary>
internal sealed record StoredObject(string Resource, JsonObject Object);
