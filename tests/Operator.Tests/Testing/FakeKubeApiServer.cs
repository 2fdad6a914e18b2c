using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrleansLife.Operator.Tests.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1:0 that records every request and answers each with the next scripted
/// response (500 when none is left).
/// </summary>
internal sealed class FakeKubeApiServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _responses = new();
    private readonly Channel<RecordedRequest> _requests = Channel.CreateUnbounded<RecordedRequest>();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeKubeApiServer> StartAsync(Action<ListenOptions>? configureListener = null)
    {
        var server = new FakeKubeApiServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => configureListener?.Invoke(listen)));
        server._app = builder.Build();
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Scripts the next response.</summary>
    public void Respond(Func<HttpContext, Task> respond) => _responses.Enqueue(respond);

    /// <summary>Scripts the next response as a JSON body with a status code.</summary>
    public void RespondJson(int statusCode, string json, string? retryAfter = null) => Respond(async context =>
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
        await context.Response.WriteAsync(json);
    });

    /// <summary>Scripts a watch response that streams the given lines, then runs <paramref name="then"/> (default: ends cleanly).</summary>
    public void RespondWatch(IEnumerable<string> lines, Func<HttpContext, Task>? then = null) => Respond(async context =>
    {
        context.Response.ContentType = "application/json";
        foreach (var line in lines)
        {
            await context.Response.WriteAsync(line + "\n");
            await context.Response.Body.FlushAsync();
        }

        if (then is not null) await then(context);
    });

    /// <summary>Keeps a response open until the client goes away.</summary>
    public static Task HangAsync(HttpContext context) =>
        Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

    /// <summary>Drops the connection once <paramref name="when"/> completes, which a test completes after the
    /// client has read what was sent (a reset can otherwise destroy unread data).</summary>
    public static Func<HttpContext, Task> AbortWhen(Task when) => async context =>
    {
        await when;
        context.Abort();
    };

    /// <summary>The next request received; fails after ten seconds.</summary>
    public async Task<RecordedRequest> NextRequestAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _requests.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when a request has arrived that <see cref="NextRequestAsync"/> has not returned yet.</summary>
    public bool HasPendingRequest => _requests.Reader.Count > 0;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var respond = _responses.TryDequeue(out var scripted) ? scripted : null;
        _requests.Writer.TryWrite(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.ContentType,
            body,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Connection.ClientCertificate?.Thumbprint));
        if (respond is null)
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("""{"kind":"Status","apiVersion":"v1","status":"Failure","message":"no response scripted","code":500}""");
            return;
        }

        await respond(context);
    }
}
