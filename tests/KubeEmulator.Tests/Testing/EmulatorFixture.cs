namespace OrleansLife.KubeEmulator.Tests.Testing;

/// <summary>One emulator on the system clock shared by a test class; each test works in a namespace of its own.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private int _namespaces;
    private TestEmulator? _emulator;

    public TestEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public ApiClient Api => Emulator.Api;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
    }

    /// <summary>Creates a fresh namespace and returns its name.</summary>
    public async Task<string> NewNamespaceAsync()
    {
        var name = $"test-{Interlocked.Increment(ref _namespaces)}";
        var created = await Api.PostAsync("/api/v1/namespaces", TestObjects.Namespace(name));
        if (created.Code != 201) throw new InvalidOperationException(created.Text);
        return name;
    }
}
