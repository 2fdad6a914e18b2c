namespace OrleansLife.Api.Access;

/// <summary>
/// Asks the cluster who a caller is (<c>TokenReview</c>) and what it may do (<c>SubjectAccessReview</c>). Optional:
/// Kubernetes registers one; without Kubernetes there is no RBAC to obey, and changes are open to whoever can reach the
/// silo (which then listens on loopback only).
/// </summary>
public interface IAccessReviews
{
    /// <summary>The namespace the boards live in, whose RBAC rules decide.</summary>
    string BoardNamespace { get; }

    /// <summary>
    /// The token a caller on this machine acts with when it sends none, as kubectl does with the kubeconfig at hand: the
    /// embedded emulator's admin. Null against a real cluster, where every change needs a token.
    /// </summary>
    string? LocalToken { get; }

    /// <summary>Whose the token is; throws <see cref="AccessReviewUnavailableException"/> when the cluster cannot say.</summary>
    Task<TokenReviewResult> ReviewTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Whether the user may do it; throws <see cref="AccessReviewUnavailableException"/> when the cluster cannot say.</summary>
    Task<bool> ReviewAccessAsync(KubeUser user, BoardPermission permission, CancellationToken cancellationToken);
}
