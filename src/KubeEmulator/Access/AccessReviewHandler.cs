using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Http;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Access;

/// <summary>
/// Answers the review resources for the emulator's <see cref="EmulatorUsers"/>: the self reviews for the caller (the admin
/// unless it presents the reader's token), token and subject access reviews for whoever they name. The request comes
/// back with its status filled in, as from the API server; a malformed spec is a 422 as there.
/// </summary>
internal sealed partial class AccessReviewHandler(EmulatorUsers users)
{
    public async Task HandleAsync(HttpContext http, ResourceType type, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            throw ApiErrors.MethodNotSupported(type.GroupResource, http.Request.Method == "GET" ? "list" : http.Request.Method.ToLowerInvariant());
        }
        var review = RequestReader.ParseObject(await RequestReader.ReadBodyAsync(http.Request, cancellationToken), http.Request.ContentType);
        review["apiVersion"] = type.ApiVersion;
        review["kind"] = type.Kind;
        review["metadata"] ??= new JsonObject();
        var caller = users.Caller(http.Request);
        review["status"] = type == AccessResources.SelfSubjectAccessReviews ? AccessStatus(review, type.Kind, caller)
            : type == AccessResources.SelfSubjectRulesReviews ? RulesStatus(review, caller)
            : type == AccessResources.TokenReviews ? TokenStatus(review, caller)
            : type == AccessResources.SubjectAccessReviews ? SubjectAccessStatus(review, caller)
            : UserStatus(caller);
        await ResponseWriter.WriteAsync(http, 201, writer => review.WriteTo(writer), cancellationToken);
    }

    private static JsonObject AccessStatus(JsonObject review, string kind, EmulatorUser? user)
    {
        var spec = review.GetObject("spec");
        var attributes = (spec.GetObject("resourceAttributes") is null ? 0 : 1) + (spec.GetObject("nonResourceAttributes") is null ? 0 : 1);
        if (attributes != 1)
        {
            throw ApiErrors.Invalid("authorization.k8s.io", kind, "",
                [FieldError.Invalid("spec.resourceAttributes", spec?["resourceAttributes"], "exactly one of nonResourceAttributes or resourceAttributes must be specified")]);
        }
        var verb = (spec.GetObject("resourceAttributes") ?? spec.GetObject("nonResourceAttributes")).GetString("verb");
        // As RBAC answers: a denial without a matching rule carries no reason, and is not an explicit "denied".
        return user?.Allows(verb) == true
            ? new JsonObject { ["allowed"] = true, ["reason"] = user.AllowedReason }
            : new JsonObject { ["allowed"] = false };
    }

    private static JsonObject RulesStatus(JsonObject review, EmulatorUser user)
    {
        if (string.IsNullOrEmpty(review.GetObject("spec").GetString("namespace")))
        {
            throw ApiErrors.Invalid("authorization.k8s.io", "SelfSubjectRulesReview", "", [FieldError.Required("spec.namespace")]);
        }
        return new JsonObject
        {
            ["resourceRules"] = new JsonArray(new JsonObject
            {
                ["verbs"] = Strings(user.Verbs),
                ["apiGroups"] = new JsonArray("*"),
                ["resources"] = new JsonArray("*"),
            }),
            ["nonResourceRules"] = new JsonArray(new JsonObject
            {
                ["verbs"] = Strings(user.Verbs.Contains("*") ? ["*"] : ["get"]),
                ["nonResourceURLs"] = new JsonArray("*"),
            }),
            ["incomplete"] = false,
        };
    }

    private static JsonObject UserStatus(EmulatorUser user) => new() { ["userInfo"] = UserInfo(user) };

    private static JsonObject UserInfo(EmulatorUser user) => new()
    {
        ["username"] = user.Name,
        ["groups"] = Strings(user.Groups),
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
