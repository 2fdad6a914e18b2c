using System.Security.Claims;

namespace OrleansLife.Api.Access;

/// <summary>Carries a <see cref="KubeUser"/> in a <see cref="ClaimsPrincipal"/> from authentication to authorization, losslessly.</summary>
internal static class KubeUserClaims
{
    private const string UidType = "kubernetes.io/uid";
    private const string GroupType = "kubernetes.io/group";
    private const string ExtraPrefix = "kubernetes.io/extra/";

    public static ClaimsPrincipal ToPrincipal(KubeUser user, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, user.Name) };
        if (user.Uid is { Length: > 0 } uid) claims.Add(new Claim(UidType, uid));
        claims.AddRange(user.Groups.Select(group => new Claim(GroupType, group)));
        claims.AddRange(user.Extra.SelectMany(extra => extra.Value.Select(value => new Claim(ExtraPrefix + extra.Key, value))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, GroupType));
    }

    /// <summary>The user authenticated by <see cref="KubeTokenAuthenticationHandler"/>; null for anyone else.</summary>
    public static KubeUser? FromPrincipal(ClaimsPrincipal principal)
    {
        var identity = principal.Identities.FirstOrDefault(i => i.AuthenticationType == KubeTokenAuthenticationHandler.SchemeName && i.IsAuthenticated);
        if (identity?.Name is not { } name) return null;
        var extra = identity.Claims.Where(c => c.Type.StartsWith(ExtraPrefix, StringComparison.Ordinal))
            .GroupBy(c => c.Type[ExtraPrefix.Length..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Value)], StringComparer.Ordinal);
        return new KubeUser(name, identity.FindFirst(UidType)?.Value, [.. identity.FindAll(GroupType).Select(c => c.Value)], extra);
    }
}
