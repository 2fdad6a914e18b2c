using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OrleansLife.Api.Access;

/// <summary>
/// Authenticates a bearer token by asking the cluster (<c>TokenReview</c>), as the API server's webhook authenticator
/// does. A caller on this machine without a token acts with <see cref="IAccessReviews.LocalToken"/> unless
/// <see cref="ApiAuthOptions.EnforceOnLoopback"/>; a refusal is a 401 problem with <c>WWW-Authenticate: Bearer</c>.
/// </summary>
internal sealed class KubeTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ApiAuthOptions> authOptions,
    AccessProblems problems,
    IAccessReviews? reviews = null)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "KubernetesToken";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Without Kubernetes there is nobody to ask: IAccessReviews is absent and BoardAccessHandler lets changes through.
        if (reviews is null) return AuthenticateResult.NoResult();
        var header = Request.Headers.Authorization.ToString();
        string token;
        if (header.Length == 0)
        {
            if (authOptions.Value.EnforceOnLoopback || reviews.LocalToken is not { } local || !LoopbackCallers.IsLocal(Context))
                return AuthenticateResult.NoResult();
            token = local;
        }
        else if (header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && header[BearerPrefix.Length..].Trim() is { Length: > 0 } sent)
        {
            token = sent;
        }
        else
        {
            return AuthenticateResult.Fail("The Authorization header is not 'Bearer <token>'.");
        }

        var review = await reviews.ReviewTokenAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (review.User is not { } user)
        {
            return AuthenticateResult.Fail(review.Error is { Length: > 0 } error
                ? $"The cluster did not accept the bearer token: {error}"
                : "The cluster did not accept the bearer token.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(KubeUserClaims.ToPrincipal(user, SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var failure = result.Failure?.Message;
        // RFC 6750: a request without credentials gets the bare challenge, a bad token says invalid_token.
        Response.Headers.Append(HeaderNames.WWWAuthenticate, failure is null
            ? "Bearer realm=\"orleanslife\""
            : "Bearer realm=\"orleanslife\", error=\"invalid_token\"");
        await problems.WriteUnauthorizedAsync(Context, failure).ConfigureAwait(false);
    }
}
