using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace OrleansLife.Kubernetes.Configuration;

/// <summary>Loads PEM certificates and keys given either inline (base64 of the PEM, the <c>-data</c> forms) or as a file.</summary>
internal static class Pem
{
    /// <summary>Reads PEM text from base64 <paramref name="data"/>, or else from <paramref name="path"/>; null when neither is set.</summary>
    public static string? Read(string? data, string? path)
    {
        if (!string.IsNullOrWhiteSpace(data))
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(data.Trim()));
            }
            catch (FormatException ex)
            {
                throw new KubeConfigException("Inline certificate or key data is not valid base64.", ex);
            }
        }

        if (string.IsNullOrWhiteSpace(path)) return null;
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new KubeConfigException($"Cannot read '{path}'.", ex);
        }
    }

    /// <summary>The certificates in a PEM bundle, such as a cluster's certificate authority.</summary>
    public static X509Certificate2Collection? Certificates(string? pem)
    {
        if (pem is null) return null;
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(pem);
        return certificates.Count > 0 ? certificates : throw new KubeConfigException("The certificate authority holds no PEM certificate.");
    }

    /// <summary>A client certificate joined with its private key; null when neither is given.</summary>
    public static X509Certificate2? ClientCertificate(string? certificatePem, string? keyPem)
    {
        if (certificatePem is null && keyPem is null) return null;
        if (certificatePem is null || keyPem is null)
        {
            throw new KubeConfigException("A client certificate needs both client-certificate and client-key.");
        }

        using var ephemeral = X509Certificate2.CreateFromPem(certificatePem, keyPem);
        // Windows' TLS stack cannot use a key that lives only in memory; a PKCS#12 round trip persists it (harmless elsewhere).
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
    }
}
