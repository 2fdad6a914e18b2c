using System.Text.Encodings.Web;
using System.Text.Json;

namespace OrleansLife.KubeEmulator.Json;

/// <summary>Writer settings that escape like Go's encoding/json where it matters to readers: quotes as <c>\"</c>, text as UTF-8.</summary>
internal static class JsonWriting
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
