using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Access;

/// <summary>The review resources over HTTP: answered with the request and its status, never stored.</summary>
public sealed class AccessReviewHandlerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task SelfSubjectAccessReview_ForAnything_IsAllowedAndEchoesTheSpec()
    {
        var review = await Api.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", new JsonObject
        {
            ["apiVersion"] = "authorization.k8s.io/v1",
            ["kind"] = "SelfSubjectAccessReview",
            ["spec"] = new JsonObject { ["resourceAttributes"] = new JsonObject { ["verb"] = "delete", ["resource"] = "boards", ["namespace"] = "x" } },
        });

        review.Code.ShouldBe(201);
        (review["spec.resourceAttributes.resource"], review["status.allowed"]).ShouldBe(("boards", "true"));
    }

    [Fact]
    public async Task SelfSubjectAccessReview_WithBothAttributes_IsInvalid()
    {
        var review = await Api.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", new JsonObject
        {
            ["spec"] = new JsonObject { ["resourceAttributes"] = new JsonObject(), ["nonResourceAttributes"] = new JsonObject { ["path"] = "/x" } },
        });

        review.Code.ShouldBe(422);
        review["details.causes.0.field"].ShouldBe("spec.resourceAttributes");
    }

    [Fact]
    public async Task SelfSubjectReview_NamesTheAdminUser()
    {
        var review = await Api.PostAsync("/apis/authentication.k8s.io/v1/selfsubjectreviews", new JsonObject());

        review["status.userInfo.username"].ShouldBe("orleanslife-admin");
    }

    [Fact]
    public async Task Reviews_CannotBeListed()
    {
        var list = await Api.GetAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");

        list.Code.ShouldBe(405);
    }
}
