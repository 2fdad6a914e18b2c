using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace OrleansLife.Dashboard.Assets;

/// <summary>The page's files (<c>wwwroot/**</c>), embedded in this assembly and read once at startup.</summary>
internal sealed class DashboardAssets
{
    /// <summary>The start of every embedded file's name; the rest is its path under <c>wwwroot</c>.</summary>
    public const string ResourcePrefix = "OrleansLife.Dashboard/";

    /// <summary>The file served at <c>/</c>.</summary>
    public const string IndexPath = "/index.html";

    private DashboardAssets(IReadOnlyList<DashboardAsset> all) => All = all;

    /// <summary>Every file, by path.</summary>
    public IReadOnlyList<DashboardAsset> All { get; }

    public DashboardAsset Index => All.Single(asset => asset.Path == IndexPath);

    public static DashboardAssets Load(Assembly assembly)
    {
        var types = new FileExtensionContentTypeProvider();
        var assets = new List<DashboardAsset>();
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;

            // MSBuild's RecursiveDir uses the build machine's separator.
            var path = "/" + resource[ResourcePrefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var contents = buffer.ToArray();

            var type = types.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type == "image/svg+xml") type += "; charset=utf-8";
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(contents))[..16]}\"");
            assets.Add(new DashboardAsset(path, type, contents, etag));
        }

        return new DashboardAssets(assets);
    }
}
