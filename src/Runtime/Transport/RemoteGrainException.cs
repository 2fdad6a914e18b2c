namespace OrleansLife.Runtime.Transport;

/// <summary>A grain on another silo threw: carries the name of the exception's type and its message across.</summary>
public sealed class RemoteGrainException(string remoteType, string message) : Exception(message)
{
    /// <summary>The full name of the exception type that was thrown on the other silo.</summary>
    public string RemoteType { get; } = remoteType;
}
