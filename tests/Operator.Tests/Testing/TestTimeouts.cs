namespace OrleansLife.Operator.Tests.Testing;

/// <summary>How long a test waits for an event before it fails; generous, since nothing here should take near it.</summary>
internal static class TestTimeouts
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
}
