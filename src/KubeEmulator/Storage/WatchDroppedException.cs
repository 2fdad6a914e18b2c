namespace OrleansLife.KubeEmulator.Storage;

/// <summary>Ends a client's watch abruptly, as a broken connection would, when a test asks for dropped watches.</summary>
internal sealed class WatchDroppedException : Exception
{
    public WatchDroppedException()
        : base("The watch was dropped by fault injection.")
    {
    }
}
