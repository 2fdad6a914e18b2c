using OrleansLife.KubeEmulator.Errors;

namespace OrleansLife.KubeEmulator.Http;

/// <summary>
/// The negotiated response: plain JSON, a <c>meta.k8s.io</c> Table, or PartialObjectMetadata, in the first form of
/// the Accept header the emulator can produce. Protobuf and CBOR are never chosen; clients list JSON after them.
/// </summary>
internal sealed record OutputFormat(OutputKind Kind, string MetaVersion)
{
    public static readonly OutputFormat Json = new(OutputKind.Object, "v1");

    public string ContentType => Kind switch
    {
        OutputKind.Table => $"application/json;as=Table;v={MetaVersion};g=meta.k8s.io",
        OutputKind.Metadata => $"application/json;as=PartialObjectMetadata;v={MetaVersion};g=meta.k8s.io",
        _ => "application/json",
    };

    public static OutputFormat Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        foreach (var range in accept.Split(','))
        {
            var parts = range.Split(';', StringSplitOptions.TrimEntries);
            if (parts[0] is not ("application/json" or "application/*" or "*/*" or "application/yaml")) continue;
            var parameters = parts.Skip(1).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            if (!parameters.TryGetValue("as", out var asKind)) return Json;
            var group = parameters.GetValueOrDefault("g");
            var version = parameters.GetValueOrDefault("v") ?? "v1";
            if (group != "meta.k8s.io" || version is not ("v1" or "v1beta1")) continue;
            if (asKind == "Table") return new OutputFormat(OutputKind.Table, version);
            if (asKind is "PartialObjectMetadata" or "PartialObjectMetadataList") return new OutputFormat(OutputKind.Metadata, version);
        }
        throw ApiErrors.NotAcceptable("application/json, application/yaml, application/vnd.kubernetes.protobuf");
    }
}
