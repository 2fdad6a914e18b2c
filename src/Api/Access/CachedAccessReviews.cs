using System.Security.Cryptography;
using System.Text;

namespace OrleansLife.Api.Access;

/// <summary>
/// Reuses the cluster's answers for <see cref="ApiAuthOptions.CacheDuration"/>, as the API server's own webhook
/// authenticator and authorizer do: both the yes and the no. Tokens are kept only as hashes.
/// </summary>
internal sealed class CachedAccessReviews(IAccessReviews inner, TimeSpan lifetime, TimeProvider time) : IAccessReviews
{
    private readonly ExpiringCache<TokenReviewResult> _tokens = new(lifetime, time);
    private readonly ExpiringCache<bool> _access = new(lifetime, time);

    public string BoardNamespace => inner.BoardNamespace;

    public string? LocalToken => inner.LocalToken;

    public Task<TokenReviewResult> ReviewTokenAsync(string token, CancellationToken cancellationToken) =>
        _tokens.GetOrAddAsync(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))),
            () => inner.ReviewTokenAsync(token, cancellationToken));

    public Task<bool> ReviewAccessAsync(KubeUser user, BoardPermission permission, CancellationToken cancellationToken)
    {
        // Every field the authorizer sees is in the key, so that no two different questions share an answer.
        var key = string.Join('\n', user.Name, user.Uid ?? "", string.Join(',', user.Groups),
            string.Join(';', user.Extra.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={string.Join(',', e.Value)}")),
            permission.Verb, permission.Namespace, permission.Name ?? "");
        return _access.GetOrAddAsync(key, () => inner.ReviewAccessAsync(user, permission, cancellationToken));
    }
}
