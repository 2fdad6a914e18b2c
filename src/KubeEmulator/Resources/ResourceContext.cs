namespace OrleansLife.KubeEmulator.Resources;

/// <summary>What a strategy may consult while preparing an object: the clock and the emulator's settings.</summary>
internal sealed record ResourceContext(DateTimeOffset Now, Hosting.KubeEmulatorOptions Options);
