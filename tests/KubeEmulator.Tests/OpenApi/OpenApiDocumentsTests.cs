using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.OpenApi;

/// <summary>The OpenAPI documents kubectl reads to decide where validation happens and how to patch.</summary>
public sealed class OpenApiDocumentsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task V3Root_ListsEveryGroupVersion()
    {
        var root = await Api.GetAsync("/openapi/v3");

        root.Json["paths"]!.AsObject().Select(p => p.Key).ShouldBe(
            ["api/v1", "apis/apps/v1", "apis/policy/v1", "apis/rbac.authorization.k8s.io/v1", "apis/coordination.k8s.io/v1", "apis/apiextensions.k8s.io/v1", "apis/authorization.k8s.io/v1", "apis/authentication.k8s.io/v1", "apis/authentication.k8s.io/v1beta1", "apis/orleanslife.io/v1"]);
        root.Json["paths"]!["api/v1"]!["serverRelativeURL"]!.GetValue<string>().ShouldStartWith("/openapi/v3/api/v1?hash=");
    }

    [Fact]
    public async Task V3GroupVersion_DeclaresFieldValidationOnPatch_AndTheCrdSchema()
    {
        var document = await Api.GetAsync("/openapi/v3/apis/orleanslife.io/v1");

        var patch = document.Json["paths"]!["/apis/orleanslife.io/v1/namespaces/{namespace}/boards/{name}"]!["patch"]!;
        patch["x-kubernetes-group-version-kind"]!.Raw().ShouldBe("""{"group":"orleanslife.io","kind":"Board","version":"v1"}""");
        patch["parameters"]!.AsArray().Select(p => p.Text("name")).ShouldContain("fieldValidation");
        patch["requestBody"]!["content"]!.AsObject().Select(c => c.Key).ShouldBe(
            ["application/json-patch+json", "application/merge-patch+json", "application/apply-patch+yaml"]);
        document.Json["components"]!["schemas"]!["io.orleanslife.v1.Board"]!.Text("properties.spec.properties.topology.enum")
            .ShouldBe("""["bounded","torus","unbounded"]""");
    }

    [Fact]
    public async Task V2_IsProtobufWhenAskedForIt()
    {
        var document = await Api.GetAsync("/openapi/v2", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf");
        var json = await Api.GetAsync("/openapi/v2");

        document.ContentType.ShouldBe("application/com.github.proto-openapi.spec.v2.v1.0+protobuf");
        document.Text[..5].ShouldBe("\n\u00032.0");
        json["swagger"].ShouldBe("2.0");
        json.Json["paths"]!["/api/v1/namespaces/{namespace}/pods/{name}"]!.Text("patch.parameters.0.name").ShouldBe("fieldValidation");
    }
}
