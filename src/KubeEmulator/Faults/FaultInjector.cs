using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Storage;

namespace OrleansLife.KubeEmulator.Faults;

/// <summary>
/// Makes the emulator misbehave on purpose, for testing clients: latency on every request, writes that fail at a
/// configured rate or in a scripted sequence, and watches cut as if the connection broke.
/// </summary>
public sealed class FaultInjector
{
    private readonly FaultInjectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ObjectStore _store;
    private readonly Queue<int> _scripted = new();
    private readonly Lock _gate = new();
    private readonly Random _random;

    internal FaultInjector(FaultInjectionOptions options, TimeProvider time, ObjectStore store)
    {
        _options = options;
        _time = time;
        _store = store;
        _random = CreateRandom(options.Seed);
    }

    /// <summary>Answers the next writes, one each, with these status codes (429, 500, 503 or 504), before any random failures.</summary>
    public void FailNextWrites(params int[] statusCodes)
    {
        lock (_gate)
        {
            foreach (var code in statusCodes) _scripted.Enqueue(code);
        }
    }

    /// <summary>Cuts every open watch connection now; clients see the stream break and must re-establish it.</summary>
    public void DropWatches() => _store.DropWatches();

    internal async Task BeforeRequestAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (_options.RequestLatency > TimeSpan.Zero) await Task.Delay(_options.RequestLatency, _time, cancellationToken);
        if (!HttpMethods.IsPost(http.Request.Method) && !HttpMethods.IsPut(http.Request.Method)
            && !HttpMethods.IsPatch(http.Request.Method) && !HttpMethods.IsDelete(http.Request.Method))
        {
            return;
        }
        if (NextFailure() is { } code) throw Failure(code);
    }

    private int? NextFailure()
    {
        lock (_gate)
        {
            if (_scripted.Count > 0) return _scripted.Dequeue();
            return _options.WriteFailureRate > 0 && NextDouble() < _options.WriteFailureRate ? _options.WriteFailureStatusCode : null;
        }
    }

    private ApiException Failure(int code) => code switch
    {
        429 => ApiErrors.TooManyRequests(Math.Max(1, (int)Math.Ceiling(_options.RetryAfter.TotalSeconds))),
        503 => new ApiException(503, "ServiceUnavailable", "the server is currently unable to handle the request"),
        504 => new ApiException(504, "Timeout", "the server was unable to return a response in the time allotted, but may still be processing the request"),
        _ => ApiErrors.Internal("injected fault"),
    };

    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Fault injection must be repeatable from a seed; nothing depends on it being unpredictable.")]
    private double NextDouble() => _random.NextDouble();

    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "See NextDouble.")]
    private static Random CreateRandom(int? seed) => seed is { } s ? new Random(s) : new Random();
}
