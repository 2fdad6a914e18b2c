using k8s;
using k8s.Autorest;
using k8s.Models;
using OrleansLife.Api.Access;

namespace OrleansLife.Silo.Kubernetes;

/// <summary>
/// The API's reviews, asked of the cluster with the silo's own client and identity (which needs <c>create</c> on
/// <c>tokenreviews</c> and <c>subjectaccessreviews</c>; see <c>deploy/rbac/silo.yaml</c>).
/// </summary>
internal sealed class KubeAccessReviews(IKubernetes kubernetes, string boardNamespace, string? localToken) : IAccessReviews
{
    public string BoardNamespace => boardNamespace;

    public string? LocalToken => localToken;

    public async Task<TokenReviewResult> ReviewTokenAsync(string token, CancellationToken cancellationToken)
    {
        var review = await AskAsync("TokenReview", () => kubernetes.AuthenticationV1.CreateTokenReviewAsync(
            new V1TokenReview { ApiVersion = "authentication.k8s.io/v1", Kind = "TokenReview", Spec = new V1TokenReviewSpec { Token = token } },
            cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        var status = review.Status;
        if (status?.Authenticated != true || status.User?.Username is not { Length: > 0 } name) return new TokenReviewResult(null, status?.Error);
        var extra = status.User.Extra?.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value], StringComparer.Ordinal)
            ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        return new TokenReviewResult(new KubeUser(name, status.User.Uid, [.. status.User.Groups ?? []], extra), null);
    }

    public async Task<bool> ReviewAccessAsync(KubeUser user, BoardPermission permission, CancellationToken cancellationToken)
    {
        var review = await AskAsync("SubjectAccessReview", () => kubernetes.AuthorizationV1.CreateSubjectAccessReviewAsync(
            new V1SubjectAccessReview
            {
                ApiVersion = "authorization.k8s.io/v1",
                Kind = "SubjectAccessReview",
                Spec = new V1SubjectAccessReviewSpec
                {
                    User = user.Name,
                    Uid = user.Uid,
                    Groups = [.. user.Groups],
                    Extra = user.Extra.ToDictionary(e => e.Key, e => (IList<string>)[.. e.Value]),
                    ResourceAttributes = new V1ResourceAttributes
                    {
                        Group = BoardPermission.Group,
                        Resource = BoardPermission.Resource,
                        Verb = permission.Verb,
                        NamespaceProperty = permission.Namespace,
                        Name = permission.Name,
                    },
                },
            },
            cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
        return review.Status?.Allowed == true;
    }

    private static async Task<T> AskAsync<T>(string review, Func<Task<T>> ask, CancellationToken cancellationToken)
    {
        try
        {
            return await ask().ConfigureAwait(false);
        }
        catch (HttpOperationException refused)
        {
            throw new AccessReviewUnavailableException(
                $"The Kubernetes API answered the silo's {review} with {(int)refused.Response.StatusCode}: {refused.Response.Content}", refused);
        }
        catch (Exception unreachable) when (unreachable is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unreachable, timed out, or an answer the client could not read: nobody said yes.
            throw new AccessReviewUnavailableException($"The silo could not reach the Kubernetes API for a {review}: {unreachable.Message}", unreachable);
        }
    }
}
