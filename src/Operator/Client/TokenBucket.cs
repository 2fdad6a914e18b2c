namespace OrleansLife.Operator.Client;

/// <summary>
/// Client-side rate limit: a bucket of <c>burst</c> tokens refilled at <c>qps</c> per second. Each request takes a
/// token; when none is left the caller waits for one, in arrival order (tokens may go negative, like
/// <c>golang.org/x/time/rate</c> reservations).
/// </summary>
internal sealed class TokenBucket
{
    private readonly double _qps;
    private readonly int _burst;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private double _tokens;
    private long _lastRefill;

    public TokenBucket(double qps, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(qps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _qps = qps;
        _burst = burst;
        _time = time;
        _tokens = burst;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>Takes a token and returns how long to wait before using it (zero when one was available).</summary>
    public TimeSpan Reserve()
    {
        lock (_lock)
        {
            Refill();
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _qps);
        }
    }

    /// <summary>Whether a token is there to take now, without taking it; when none is, how long until one is.</summary>
    public bool IsAvailable(out TimeSpan wait)
    {
        lock (_lock)
        {
            Refill();
            wait = _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / _qps);
            return _tokens >= 1;
        }
    }

    /// <summary>Waits until a token is available; a cancelled wait hands its token back.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve();
        if (wait <= TimeSpan.Zero) return;
        try
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (_lock) _tokens += 1;
            throw;
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_lastRefill, now).TotalSeconds * _qps));
        _lastRefill = now;
    }
}
