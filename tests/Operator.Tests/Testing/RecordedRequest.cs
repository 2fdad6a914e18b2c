namespace OrleansLife.Operator.Tests.Testing;

/// <summary>What the fake API server received.</summary>
internal sealed record RecordedRequest(
    string Method, string Path, string Query, string? ContentType, string Body, string? Authorization, string? ClientCertificateThumbprint);
