using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace OrleansLife.Kubernetes.Tests.Fakes;

/// <summary>
/// A throwaway PKI made with <see cref="CertificateRequest"/>: a cluster CA, a server certificate it signed for
/// 127.0.0.1, and a client certificate it signed; plus an unrelated CA. ECDSA keeps generation fast.
/// </summary>
internal static class TestCertificates
{
    private static readonly Lazy<Pki> Shared = new(Create);

    public static X509Certificate2 Authority => Shared.Value.Authority;

    public static X509Certificate2 OtherAuthority => Shared.Value.OtherAuthority;

    public static X509Certificate2 Server => Shared.Value.Server;

    public static X509Certificate2 Client => Shared.Value.Client;

    public static string ClientKeyPem => Shared.Value.ClientKeyPem;

    public static string Base64(string pem) => Convert.ToBase64String(Encoding.UTF8.GetBytes(pem));

    private static Pki Create()
    {
        var authority = SelfSignedAuthority("CN=orleanslife-test-ca");
        var server = Issue(authority, "CN=kube-apiserver", "1.3.6.1.5.5.7.3.1", out _, san =>
        {
            san.AddIpAddress(IPAddress.Loopback);
            san.AddDnsName("localhost");
        });
        var client = Issue(authority, "CN=orleanslife-operator", "1.3.6.1.5.5.7.3.2", out var clientKey, _ => { });
        return new Pki(authority, SelfSignedAuthority("CN=someone-else-ca"), server, client, clientKey);
    }

    private static X509Certificate2 SelfSignedAuthority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2 Issue(
        X509Certificate2 authority, string subject, string usageOid, out string keyPem, Action<SubjectAlternativeNameBuilder> names)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usageOid)], false));
        var san = new SubjectAlternativeNameBuilder();
        names(san);
        san.AddDnsName(subject[3..]);
        request.CertificateExtensions.Add(san.Build());
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);
        keyPem = key.ExportPkcs8PrivateKeyPem();
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    private sealed record Pki(
        X509Certificate2 Authority, X509Certificate2 OtherAuthority, X509Certificate2 Server, X509Certificate2 Client, string ClientKeyPem);
}
