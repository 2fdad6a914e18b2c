namespace OrleansLife.KubeEmulator.Auditing;

/// <summary>
/// One answered request, as an API server's audit log records it at the <c>ResponseComplete</c> stage: what was asked
/// (method, path, query), by whom (the User-Agent, which names the client and, for a silo, the silo), and the answer's
/// status code.
/// </summary>
public sealed record AuditEvent(string Method, string Path, string Query, string UserAgent, int StatusCode);
