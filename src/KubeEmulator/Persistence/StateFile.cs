using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Persistence;

/// <summary>
/// The state file: the store's resourceVersion and every object with its resource, as JSON. It is replaced atomically
/// (written beside, then renamed over) so a crash mid-write leaves the previous state intact.
/// </summary>
internal static class StateFile
{
    public static StoreSnapshot? Load(string path)
    {
        if (!File.Exists(path)) return null;
        var document = JsonNodes.ParseObject(File.ReadAllBytes(path));
        var resourceVersion = long.Parse(document.GetString("resourceVersion") ?? "0", CultureInfo.InvariantCulture);
        var objects = document.GetArray("objects")?.OfType<JsonObject>()
            .Select(entry => new StoredObject(entry.GetString("resource") ?? "", entry.GetObject("object") is { } obj ? (JsonObject)obj.DeepClone() : new JsonObject()))
            .ToList() ?? [];
        return new StoreSnapshot(resourceVersion, objects);
    }

    public static void Save(string path, StoreSnapshot snapshot)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceVersion", snapshot.ResourceVersion.ToString(CultureInfo.InvariantCulture));
            writer.WriteStartArray("objects");
            foreach (var stored in snapshot.Objects)
            {
                writer.WriteStartObject();
                writer.WriteString("resource", stored.Resource);
                writer.WritePropertyName("object");
                stored.Object.WriteTo(writer);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        File.Move(temporary, path, overwrite: true);
    }
}
