namespace OrleansLife.KubeEmulator.Storage;

/// <summary>Where an object lives in the store: its resource's storage key, namespace (empty when cluster-scoped) and name.</summary>
internal readonly record struct ObjectKey(string Resource, string Namespace, string Name)
{
    /// <summary>The key inside one resource, ordered like etcd's <c>/registry/&lt;resource&gt;/&lt;namespace&gt;/&lt;name&gt;</c>.</summary>
    public string Path => $"{Namespace}/{Name}";
}
