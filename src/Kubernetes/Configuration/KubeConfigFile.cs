using YamlDotNet.Serialization;

namespace OrleansLife.Kubernetes.Configuration;

/// <summary>The parts of a kubeconfig file this client reads; everything else (exec plugins, preferences) is ignored.</summary>
internal sealed class KubeConfigFile
{
    [YamlMember(Alias = "current-context", ApplyNamingConventions = false)]
    public string? CurrentContext { get; set; }

    public List<NamedCluster> Clusters { get; set; } = [];

    public List<NamedContext> Contexts { get; set; } = [];

    public List<NamedUser> Users { get; set; } = [];

    internal sealed class NamedCluster
    {
        public string? Name { get; set; }

        public ClusterEntry Cluster { get; set; } = new();
    }

    internal sealed class NamedContext
    {
        public string? Name { get; set; }

        public ContextEntry Context { get; set; } = new();
    }

    internal sealed class NamedUser
    {
        public string? Name { get; set; }

        public UserEntry User { get; set; } = new();
    }

    internal sealed class ClusterEntry
    {
        public string? Server { get; set; }

        [YamlMember(Alias = "certificate-authority", ApplyNamingConventions = false)]
        public string? CertificateAuthority { get; set; }

        [YamlMember(Alias = "certificate-authority-data", ApplyNamingConventions = false)]
        public string? CertificateAuthorityData { get; set; }

        [YamlMember(Alias = "insecure-skip-tls-verify", ApplyNamingConventions = false)]
        public bool InsecureSkipTlsVerify { get; set; }

        /// <summary>The directory of the file this entry came from; its relative paths resolve against it.</summary>
        [YamlIgnore]
        public string BaseDirectory { get; set; } = "";
    }

    internal sealed class ContextEntry
    {
        public string? Cluster { get; set; }

        public string? User { get; set; }

        public string? Namespace { get; set; }
    }

    internal sealed class UserEntry
    {
        [YamlMember(Alias = "client-certificate", ApplyNamingConventions = false)]
        public string? ClientCertificate { get; set; }

        [YamlMember(Alias = "client-certificate-data", ApplyNamingConventions = false)]
        public string? ClientCertificateData { get; set; }

        [YamlMember(Alias = "client-key", ApplyNamingConventions = false)]
        public string? ClientKey { get; set; }

        [YamlMember(Alias = "client-key-data", ApplyNamingConventions = false)]
        public string? ClientKeyData { get; set; }

        public string? Token { get; set; }

        public string? TokenFile { get; set; }

        /// <summary>The directory of the file this entry came from; its relative paths resolve against it.</summary>
        [YamlIgnore]
        public string BaseDirectory { get; set; } = "";
    }
}
