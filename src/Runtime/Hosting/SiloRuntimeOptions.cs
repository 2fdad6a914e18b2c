namespace OrleansLife.Runtime.Hosting;

/// <summary>Tuning of a silo's grain runtime.</summary>
public sealed class SiloRuntimeOptions
{
    /// <summary>How long a caller waits for a response before a <see cref="TimeoutException"/>. Default 30 seconds.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation that received no message for this long is deactivated. Default 2 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often idle activations are looked for, and expired calls timed out. Default 1 second.</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many messages an activation handles before giving its thread to others. Default 64: large enough that a
    /// busy cell drains its mailbox in one go, small enough that a flooded grain cannot starve the rest.
    /// </summary>
    public int MessagesPerSlice { get; set; } = 64;

    /// <summary>This silo's endpoint, as other silos reach it. Default "local".</summary>
    public string Endpoint { get; set; } = "local";
}
