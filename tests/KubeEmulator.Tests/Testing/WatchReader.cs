using System.Net;
using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>Reads a watch stream one event at a time, failing a test that waits longer than it should.</summary>
public sealed class WatchReader(HttpResponseMessage response, Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    public HttpStatusCode Status => response.StatusCode;

    public string ContentType => response.Content.Headers.ContentType?.ToString() ?? "";

    /// <summary>The next event as (type, object); throws when none arrives within the timeout (default 10 s).</summary>
    public async Task<(string Type, JsonObject Object)> NextAsync(TimeSpan? timeout = null)
    {
        var line = await ReadLineAsync(timeout) ?? throw new EndOfStreamException("The watch ended.");
        var parsed = JsonNode.Parse(line)!.AsObject();
        return (parsed["type"]!.GetValue<string>(), parsed["object"]!.AsObject());
    }

    /// <summary>Completes when the server ends the stream (true) or the connection breaks (false).</summary>
    public async Task<bool> EndAsync(TimeSpan? timeout = null)
    {
        try
        {
            var line = await ReadLineAsync(timeout);
            return line is null ? true : throw new InvalidOperationException($"Expected the end of the watch, got {line}");
        }
        catch (HttpIOException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task<string?> ReadLineAsync(TimeSpan? timeout)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _reader.ReadLineAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException("No watch event arrived in time.");
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        response.Dispose();
    }
}
