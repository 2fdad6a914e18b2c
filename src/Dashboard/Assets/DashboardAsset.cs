using Microsoft.Net.Http.Headers;

namespace OrleansLife.Dashboard.Assets;

/// <summary>One file of the page, held in memory.</summary>
/// <param name="Path">The URL path it is served at, such as <c>/js/app.js</c>.</param>
/// <param name="ETag">A hash of the contents, so a browser revalidates cheaply and never keeps a file from an older silo.</param>
internal sealed record DashboardAsset(string Path, string ContentType, byte[] Contents, EntityTagHeaderValue ETag);
