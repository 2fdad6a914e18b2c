namespace OrleansLife.Operator.Client;

/// <summary>Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out.</summary>
internal static class Backoff
{
    /// <summary>The delay before retry number <paramref name="attempt"/> (1-based).</summary>
    /// <param name="attempt">Which retry this is, from 1.</param>
    /// <param name="initial">Delay scale of the first retry.</param>
    /// <param name="max">Cap on any delay.</param>
    /// <param name="random">A number in [0, 1) choosing where in the jitter range the delay falls.</param>
    public static TimeSpan Exponential(int attempt, TimeSpan initial, TimeSpan max, double random)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var full = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((full / 2) + (full / 2 * random));
    }
}
