using OrleansLife.KubeEmulator;

namespace OrleansLife.Operator.Tests.Testing;

/// <summary>One API emulator on the real clock, shared by a test class; each test makes its own namespace.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public KubeApiEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() => Emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
