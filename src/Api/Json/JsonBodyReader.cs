using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OrleansLife.Grains.Boards.Specs;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OrleansLife.Api.Json;

/// <summary>
/// Reads JSON request bodies itself rather than through parameter binding, so that every way a body can be wrong
/// (too large, not JSON, the wrong shape, a misspelt field) is answered with a problem that names the cause and the field.
/// </summary>
internal sealed class JsonBodyReader(IOptions<HttpJsonOptions> json, IOptions<BoardLimits> limits)
{
    private const int ChunkBytes = 16 * 1024;

    // A misspelt field ("paused" as "pause") would otherwise be dropped in silence and the board created wrong.
    private readonly JsonSerializerOptions _options = new(json.Value.SerializerOptions)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <param name="required">Whether an empty body is an error; otherwise it reads as a null value.</param>
    public async Task<JsonBody<T>> ReadAsync<T>(HttpRequest request, bool required, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var maxBytes = limits.Value.MaxRequestBytes;
        if ((request.ContentType is not null || required) && !request.HasJsonContentType()) return new(null, BodyProblems.UnsupportedMediaType(request.ContentType));
        if (request.ContentLength > maxBytes) return new(null, BodyProblems.TooLarge(maxBytes));

        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null) return new(null, BodyProblems.TooLarge(maxBytes));
        if (body.Length == 0)
            return required ? new(null, BodyProblems.Malformed("$", "The body is empty; send a JSON object.")) : new(null, null);
        if (!request.HasJsonContentType()) return new(null, BodyProblems.UnsupportedMediaType(request.ContentType));

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, _options);
            return value is null ? new(null, BodyProblems.Malformed("$", "The body must be a JSON object, not null.")) : new(value, null);
        }
        catch (JsonException error)
        {
            var (field, message) = JsonErrors.Describe(error, _options.GetTypeInfo(typeof(T)));
            return new(null, BodyProblems.Malformed(field, message));
        }
    }

    /// <summary>The whole body, or null as soon as it proves longer than <paramref name="maxBytes"/> (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
