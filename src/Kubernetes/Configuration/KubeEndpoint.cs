using System.Security.Cryptography.X509Certificates;

namespace OrleansLife.Kubernetes.Configuration;

/// <summary>
/// Where the API server is and how to authenticate to it: everything a kubeconfig context or the in-cluster
/// service account resolves to. Construct one directly for a plain-http server such as the embedded emulator.
/// </summary>
/// <param name="server">The API server's base address, such as <c>https://10.0.0.1:443</c> or <c>http://127.0.0.1:8001</c>.</param>
public sealed class KubeEndpoint(Uri server)
{
    /// <summary>The API server's base address.</summary>
    public Uri Server { get; } = server;

    /// <summary>The namespace used when a call names none: the context's or service account's, else <c>default</c>.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>The bearer token, if the server is authenticated to by token.</summary>
    public IKubeTokenSource? Token { get; init; }

    /// <summary>The certificate authorities trusted to sign the server's certificate; null trusts the system store.</summary>
    public X509Certificate2Collection? CertificateAuthority { get; init; }

    /// <summary>The client certificate (with its private key), if the server is authenticated to by certificate.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>Accept any server certificate. For development clusters only.</summary>
    public bool InsecureSkipTlsVerify { get; init; }
}
