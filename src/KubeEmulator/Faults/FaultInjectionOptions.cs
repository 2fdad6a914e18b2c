namespace OrleansLife.KubeEmulator.Faults;

/// <summary>Faults the emulator injects into every request, so clients can be tested against a misbehaving server.</summary>
public sealed class FaultInjectionOptions
{
    /// <summary>Delay added before every request is answered. Default zero.</summary>
    public TimeSpan RequestLatency { get; set; }

    /// <summary>Fraction in [0, 1] of write requests (POST, PUT, PATCH, DELETE) that fail. Default 0.</summary>
    public double WriteFailureRate { get; set; }

    /// <summary>Status code of a failed write: 429 (with Retry-After) or 500. Default 429.</summary>
    public int WriteFailureStatusCode { get; set; } = 429;

    /// <summary>The Retry-After a 429 carries. Default 1 second.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Seed of the random choice of failing writes, for repeatable runs. Default null: unseeded.</summary>
    public int? Seed { get; set; }
}
