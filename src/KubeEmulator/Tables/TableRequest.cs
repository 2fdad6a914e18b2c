using OrleansLife.KubeEmulator.Errors;

namespace OrleansLife.KubeEmulator.Tables;

/// <summary>The table options of a request: meta.k8s.io version, <c>includeObject</c>, whether to send headers, and the time ages are counted to.</summary>
internal sealed record TableRequest(string MetaVersion, string IncludeObject, bool NoHeaders, DateTimeOffset Now)
{
    public static string ParseIncludeObject(string? value) => value switch
    {
        null or "" or "Metadata" => "Metadata",
        "Object" or "None" => value,
        _ => throw ApiErrors.BadRequest($"unrecognized includeObject value: \"{value}\""),
    };
}
