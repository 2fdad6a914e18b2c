namespace OrleansLife.Api.Access;

/// <summary>What the API server said about a bearer token: the user it belongs to, or why it belongs to none.</summary>
/// <param name="User">The authenticated user; null when the token was not accepted.</param>
/// <param name="Error">The API server's reason for not accepting it, when it gave one.</param>
public sealed record TokenReviewResult(KubeUser? User, string? Error);
