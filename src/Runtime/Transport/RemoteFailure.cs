namespace OrleansLife.Runtime.Transport;

/// <summary>The body of a failure response: what was thrown, by type name and message.</summary>
public sealed record RemoteFailure(string Type, string Message);
