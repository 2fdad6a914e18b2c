using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Json;

namespace OrleansLife.KubeEmulator.Access;

internal sealed partial class AccessReviewHandler
{
    /// <summary>
    /// Who a token belongs to. Unlike the rest of the emulator's API, which lets any token in, this authenticates only
    /// the tokens the emulator issued: a server that asks is deciding whether to trust its caller.
    /// </summary>
    private JsonObject TokenStatus(JsonObject review, EmulatorUser caller)
    {
        RequireCreate(caller, AccessResources.TokenReviews.Plural, "authentication.k8s.io");
        var token = review.GetObject("spec").GetString("token");
        if (string.IsNullOrEmpty(token))
        {
            throw ApiErrors.Invalid("authentication.k8s.io", "TokenReview", "", [FieldError.Required("spec.token")]);
        }
        // The API server's answer to a token no authenticator knows: an empty user and the reasons, without "authenticated".
        return users.ByToken(token) is { } user
            ? new JsonObject { ["authenticated"] = true, ["user"] = UserInfo(user), ["audiences"] = new JsonArray() }
            : new JsonObject { ["user"] = new JsonObject(), ["error"] = "[invalid bearer token, the token was not issued by the Kubernetes API emulator]" };
    }

    /// <summary>Whether the user or groups a review names may do what it describes; only the emulator's own users may anything.</summary>
    private JsonObject SubjectAccessStatus(JsonObject review, EmulatorUser caller)
    {
        RequireCreate(caller, AccessResources.SubjectAccessReviews.Plural, "authorization.k8s.io");
        var spec = review.GetObject("spec");
        var name = spec.GetString("user");
        var groups = spec.GetArray("groups")?.Select(g => g?.GetValue<string>()).ToList() ?? [];
        if (string.IsNullOrEmpty(name) && groups.Count == 0)
        {
            throw ApiErrors.Invalid("authorization.k8s.io", "SubjectAccessReview", "",
                [FieldError.Invalid("spec.user", "", "at least one of user or group must be specified")]);
        }
        // system:masters is allowed everything by the API server itself, whatever RBAC says; so here.
        var user = users.ByName(name) ?? (groups.Contains("system:masters") ? users.Admin : null);
        return AccessStatus(review, "SubjectAccessReview", user);
    }

    /// <summary>Only a user allowed to create reviews may ask about others, as RBAC requires on a real cluster.</summary>
    private static void RequireCreate(EmulatorUser caller, string resource, string group)
    {
        if (caller.Allows("create")) return;
        throw ApiErrors.Forbidden(new Resources.GroupResource(group, resource), "",
            $"User \"{caller.Name}\" cannot create resource \"{resource}\" in API group \"{group}\" at the cluster scope");
    }
}
