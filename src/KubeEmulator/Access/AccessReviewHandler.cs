using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Http;
using OrleansLife.KubeEmulator.Json;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.Access;

/// <summary>
/// Answers the review resources: every access is allowed, every rule is <c>*</c>, and the user is the emulator's admin.
/// The request comes back with its status filled in, as from the API server; a malformed spec is a 422 as there.
/// </summary>
internal static class AccessReviewHandler
{
    public static async Task HandleAsync(HttpContext http, ResourceType type, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            throw ApiErrors.MethodNotSupported(type.GroupResource, http.Request.Method == "GET" ? "list" : http.Request.Method.ToLowerInvariant());
        }
        var review = RequestReader.ParseObject(await RequestReader.ReadBodyAsync(http.Request, cancellationToken), http.Request.ContentType);
        review["apiVersion"] = type.ApiVersion;
        review["kind"] = type.Kind;
        review["metadata"] ??= new JsonObject();
        review["status"] = type == AccessResources.SelfSubjectAccessReviews ? AccessStatus(review)
            : type == AccessResources.SelfSubjectRulesReviews ? RulesStatus(review)
            : UserStatus();
        await ResponseWriter.WriteAsync(http, 201, writer => review.WriteTo(writer), cancellationToken);
    }

    private static JsonObject AccessStatus(JsonObject review)
    {
        var spec = review.GetObject("spec");
        var attributes = (spec.GetObject("resourceAttributes") is null ? 0 : 1) + (spec.GetObject("nonResourceAttributes") is null ? 0 : 1);
        if (attributes != 1)
        {
            throw ApiErrors.Invalid("authorization.k8s.io", "SelfSubjectAccessReview", "",
                [FieldError.Invalid("spec.resourceAttributes", spec?["resourceAttributes"], "exactly one of nonResourceAttributes or resourceAttributes must be specified")]);
        }
        return new JsonObject { ["allowed"] = true, ["reason"] = EmulatorUser.AllowedReason };
    }

    private static JsonObject RulesStatus(JsonObject review)
    {
        if (string.IsNullOrEmpty(review.GetObject("spec").GetString("namespace")))
        {
            throw ApiErrors.Invalid("authorization.k8s.io", "SelfSubjectRulesReview", "", [FieldError.Required("spec.namespace")]);
        }
        return new JsonObject
        {
            ["resourceRules"] = new JsonArray(new JsonObject
            {
                ["verbs"] = new JsonArray("*"),
                ["apiGroups"] = new JsonArray("*"),
                ["resources"] = new JsonArray("*"),
            }),
            ["nonResourceRules"] = new JsonArray(new JsonObject
            {
                ["verbs"] = new JsonArray("*"),
                ["nonResourceURLs"] = new JsonArray("*"),
            }),
            ["incomplete"] = false,
        };
    }

    private static JsonObject UserStatus() => new()
    {
        ["userInfo"] = new JsonObject
        {
            ["username"] = EmulatorUser.Name,
            ["groups"] = new JsonArray([.. EmulatorUser.Groups.Select(g => JsonValue.Create(g))]),
        },
    };
}
