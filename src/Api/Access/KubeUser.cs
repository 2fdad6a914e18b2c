namespace OrleansLife.Api.Access;

/// <summary>A Kubernetes user as a <c>TokenReview</c> names it, to be named again in a <c>SubjectAccessReview</c>.</summary>
/// <param name="Name">The username, such as <c>system:serviceaccount:default:board-editor</c>.</param>
/// <param name="Uid">The user's uid, when the authenticator gives one.</param>
/// <param name="Groups">The groups the user is in, such as <c>system:authenticated</c>.</param>
/// <param name="Extra">What else the authenticator said (a service account token's pod, for example); authorizers may use it.</param>
public sealed record KubeUser(
    string Name, string? Uid, IReadOnlyList<string> Groups, IReadOnlyDictionary<string, IReadOnlyList<string>> Extra);
