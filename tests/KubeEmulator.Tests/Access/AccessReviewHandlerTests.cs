using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Access;

/// <summary>
/// The review resources over HTTP: answered with the request and its status, never stored. Token and subject access
/// reviews know only the emulator's own users: its admin (allowed everything) and its reader (get, list, watch).
/// </summary>
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
    public async Task SelfReviews_WithTheReadersToken_AnswerForTheReader()
    {
        using var http = new HttpClient { BaseAddress = fixture.Emulator.Emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.Emulator.Emulator.ReaderToken);

        using var whoami = await http.PostAsync("/apis/authentication.k8s.io/v1/selfsubjectreviews", Json(new JsonObject()));
        using var canI = await http.PostAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", Json(new JsonObject
        {
            ["spec"] = new JsonObject { ["resourceAttributes"] = new JsonObject { ["verb"] = "patch", ["resource"] = "boards", ["group"] = "orleanslife.io" } },
        }));
        using var tokenReview = await http.PostAsync("/apis/authentication.k8s.io/v1/tokenreviews", Json(TokenReview("anything")));

        JsonNode.Parse(await whoami.Content.ReadAsStringAsync())!["status"]!["userInfo"]!["username"]!.GetValue<string>().ShouldBe("orleanslife-reader");
        JsonNode.Parse(await canI.Content.ReadAsStringAsync())!["status"]!["allowed"]!.GetValue<bool>().ShouldBeFalse();
        // Asking about others needs create on tokenreviews, which a reader has not, as on a real cluster.
        ((int)tokenReview.StatusCode).ShouldBe(403);
    }

    [Fact]
    public async Task Reviews_CannotBeListed()
    {
        var list = await Api.GetAsync("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");

        list.Code.ShouldBe(405);
    }

    [Fact]
    public async Task TokenReview_OfTheAdminsToken_AuthenticatesTheAdmin()
    {
        var review = await Api.PostAsync("/apis/authentication.k8s.io/v1/tokenreviews", TokenReview(fixture.Emulator.Emulator.AdminToken));

        review.Code.ShouldBe(201);
        (review["status.authenticated"], review["status.user.username"], review["status.user.groups.0"])
            .ShouldBe(("true", "orleanslife-admin", "system:masters"));
    }

    [Fact]
    public async Task TokenReview_OfTheReadersToken_AuthenticatesTheReader()
    {
        var review = await Api.PostAsync("/apis/authentication.k8s.io/v1/tokenreviews", TokenReview(fixture.Emulator.Emulator.ReaderToken));

        (review["status.authenticated"], review["status.user.username"]).ShouldBe(("true", "orleanslife-reader"));
    }

    [Theory]
    [InlineData("orleanslife-emulator-admin")]
    [InlineData("anything")]
    public async Task TokenReview_OfATokenTheEmulatorDidNotIssue_IsNotAuthenticated(string token)
    {
        var review = await Api.PostAsync("/apis/authentication.k8s.io/v1/tokenreviews", TokenReview(token));

        review.Code.ShouldBe(201);
        review["status.authenticated"].ShouldBeNull();
        review["status.user.username"].ShouldBeNull();
        review["status.error"].ShouldNotBeNull().ShouldContain("invalid bearer token");
    }

    [Fact]
    public async Task TokenReview_WithoutAToken_IsInvalid()
    {
        var review = await Api.PostAsync("/apis/authentication.k8s.io/v1/tokenreviews", new JsonObject { ["spec"] = new JsonObject() });

        review.Code.ShouldBe(422);
        review["details.causes.0.field"].ShouldBe("spec.token");
    }

    [Theory]
    [InlineData("orleanslife-admin", "delete", "true")]
    [InlineData("orleanslife-admin", "patch", "true")]
    [InlineData("orleanslife-reader", "get", "true")]
    [InlineData("orleanslife-reader", "watch", "true")]
    [InlineData("orleanslife-reader", "create", "false")]
    [InlineData("orleanslife-reader", "patch", "false")]
    [InlineData("orleanslife-reader", "delete", "false")]
    [InlineData("someone-else", "get", "false")]
    public async Task SubjectAccessReview_OnBoards_AllowsTheAdminEverything_AndTheReaderOnlyToRead(string user, string verb, string allowed)
    {
        var review = await Api.PostAsync("/apis/authorization.k8s.io/v1/subjectaccessreviews", SubjectAccessReview(user, verb));

        review.Code.ShouldBe(201);
        review["status.allowed"].ShouldBe(allowed);
        review["spec.user"].ShouldBe(user);
    }

    [Fact]
    public async Task SubjectAccessReview_WithoutUserOrGroups_IsInvalid()
    {
        var review = await Api.PostAsync("/apis/authorization.k8s.io/v1/subjectaccessreviews", new JsonObject
        {
            ["spec"] = new JsonObject { ["resourceAttributes"] = new JsonObject { ["verb"] = "get", ["resource"] = "boards" } },
        });

        review.Code.ShouldBe(422);
        review["details.causes.0.field"].ShouldBe("spec.user");
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static JsonObject TokenReview(string token) => new()
    {
        ["apiVersion"] = "authentication.k8s.io/v1",
        ["kind"] = "TokenReview",
        ["spec"] = new JsonObject { ["token"] = token },
    };

    private static JsonObject SubjectAccessReview(string user, string verb) => new()
    {
        ["apiVersion"] = "authorization.k8s.io/v1",
        ["kind"] = "SubjectAccessReview",
        ["spec"] = new JsonObject
        {
            ["user"] = user,
            ["groups"] = new JsonArray("system:authenticated"),
            ["resourceAttributes"] = new JsonObject
            {
                ["group"] = "orleanslife.io", ["resource"] = "boards", ["verb"] = verb, ["namespace"] = "default", ["name"] = "glider",
            },
        },
    };
}
