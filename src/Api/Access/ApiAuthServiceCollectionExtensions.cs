using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace OrleansLife.Api.Access;

/// <summary>Makes changes to boards obey the cluster's RBAC: who the caller is by <c>TokenReview</c>, what it may do by <c>SubjectAccessReview</c>.</summary>
public static class ApiAuthServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bearer token scheme, a policy per <see cref="BoardVerbs">verb</see>, the 401 and 403 problems, and
    /// <see cref="ApiAuthOptions"/> bound from <c>Api:Auth</c>. The reviews come from an <see cref="IAccessReviews"/>
    /// registered by whoever knows the cluster (<see cref="AddAccessReviews"/>); without one, changes are open.
    /// </summary>
    public static OptionsBuilder<ApiAuthOptions> AddApiAuth(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiAuthOptions>, ApiAuthOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccessProblems>();
        services.AddExceptionHandler<AccessReviewUnavailableExceptionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddSingleton<IAuthorizationHandler, BoardAccessHandler>();
        // No default scheme: reads stay open and authenticate nobody; only the change policies ask for a token.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, KubeTokenAuthenticationHandler>(KubeTokenAuthenticationHandler.SchemeName, null);
        var authorization = services.AddAuthorizationBuilder();
        foreach (var verb in BoardVerbs.All)
        {
            authorization.AddPolicy(BoardVerbs.Policy(verb), policy => policy
                .AddAuthenticationSchemes(KubeTokenAuthenticationHandler.SchemeName)
                .AddRequirements(new BoardAccessRequirement(verb)));
        }
        return services.AddOptions<ApiAuthOptions>().BindConfiguration(ApiAuthOptions.SectionName).ValidateOnStart();
    }

    /// <summary>Registers the cluster's reviews, made by <paramref name="reviews"/>, behind a cache of <see cref="ApiAuthOptions.CacheDuration"/>.</summary>
    public static IServiceCollection AddAccessReviews(this IServiceCollection services, Func<IServiceProvider, IAccessReviews> reviews)
    {
        services.AddSingleton<IAccessReviews>(provider => new CachedAccessReviews(
            reviews(provider),
            provider.GetRequiredService<IOptions<ApiAuthOptions>>().Value.CacheDuration,
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
