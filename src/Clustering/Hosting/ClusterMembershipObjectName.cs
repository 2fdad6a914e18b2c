using System.Text.RegularExpressions;

namespace OrleansLife.Clustering.Hosting;

/// <summary>Checks that an Orleans ClusterId can name a ClusterMembership object (an RFC 1123 subdomain).</summary>
public static partial class ClusterMembershipObjectName
{
    /// <summary>Throws, naming the setting, when <paramref name="clusterId"/> cannot be an object name.</summary>
    public static string Validate(string clusterId)
    {
        if (clusterId is { Length: > 0 and <= 253 } && Subdomain().IsMatch(clusterId)) return clusterId;
        throw new InvalidOperationException(
            $"The Orleans ClusterId '{clusterId}' names the ClusterMembership object, so it must be a Kubernetes object name: lower-case letters, digits, '-' and '.'.");
    }

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();
}
