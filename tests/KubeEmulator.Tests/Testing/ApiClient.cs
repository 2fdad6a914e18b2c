using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>A thin HTTP client for the emulator that returns status, JSON and headers without throwing on errors.</summary>
public sealed class ApiClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Task<ApiResponse> GetAsync(string path, string? accept = null) => SendAsync(HttpMethod.Get, path, null, accept);

    public Task<ApiResponse> PostAsync(string path, JsonNode body) => SendAsync(HttpMethod.Post, path, Json(body));

    public Task<ApiResponse> PutAsync(string path, JsonNode body) => SendAsync(HttpMethod.Put, path, Json(body));

    public Task<ApiResponse> PatchAsync(string path, string contentType, string body) =>
        SendAsync(HttpMethod.Patch, path, new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)));

    public Task<ApiResponse> DeleteAsync(string path, JsonNode? options = null) =>
        SendAsync(HttpMethod.Delete, path, options is null ? null : Json(options));

    /// <summary>Opens a watch and returns a reader of its events; the caller disposes it to hang up.</summary>
    public async Task<WatchReader> WatchAsync(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new WatchReader(response, await response.Content.ReadAsStreamAsync());
    }

    public void Dispose() => _http.Dispose();

    private async Task<ApiResponse> SendAsync(HttpMethod method, string path, HttpContent? content, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: the text is all there is.
        }
        return new ApiResponse(response.StatusCode, body, response.Headers, response.Content.Headers.ContentType?.ToString() ?? "", text);
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
