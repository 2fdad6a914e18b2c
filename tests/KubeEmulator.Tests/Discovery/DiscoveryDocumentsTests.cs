using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Discovery;

/// <summary>The discovery documents kubectl reads before anything else, including those of CRDs created at run time.</summary>
public sealed class DiscoveryDocumentsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task Version_ReportsKubernetes133()
    {
        var version = await Api.GetAsync("/version");

        version["major"].ShouldBe("1");
        version["minor"].ShouldBe("33");
        version["gitVersion"].ShouldBe("v1.33.0");
    }

    [Fact]
    public async Task Api_ListsV1()
    {
        var api = await Api.GetAsync("/api", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json");

        api.ContentType.ShouldBe("application/json");
        api["kind"].ShouldBe("APIVersions");
        api["versions"].ShouldBe("""["v1"]""");
    }

    [Fact]
    public async Task CoreV1_DescribesPodsWithVerbsShortNamesAndSubresources()
    {
        var resources = await Api.GetAsync("/api/v1");

        var list = resources.Json["resources"]!.AsArray();
        var pods = list.Single(r => r.Text("name") == "pods")!;
        resources["groupVersion"].ShouldBe("v1");
        pods.Raw().ShouldBe(
            """{"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["create","delete","deletecollection","get","list","patch","update","watch"],"shortNames":["po"],"categories":["all"],"storageVersionHash":"xPOwRZ+Yhw8="}""");
        list.Select(r => r.Text("name")).ShouldBe(["events", "namespaces", "namespaces/status", "nodes", "nodes/status", "pods", "pods/log", "pods/status", "serviceaccounts", "services", "services/status"]);
        list.Single(r => r.Text("name") == "namespaces")!.Text("shortNames").ShouldBe("""["ns"]""");
    }

    [Fact]
    public async Task Apis_ListsTheBuiltInGroupsAndEstablishedCrds()
    {
        var groups = await Api.GetAsync("/apis");
        var boards = await Api.GetAsync("/apis/orleanslife.io/v1");
        var group = await Api.GetAsync("/apis/orleanslife.io");

        groups["kind"].ShouldBe("APIGroupList");
        groups.Json["groups"]!.AsArray().Select(g => g.Text("name")).ShouldBe(["apps", "policy", "rbac.authorization.k8s.io", "coordination.k8s.io", "apiextensions.k8s.io", "authorization.k8s.io", "authentication.k8s.io", "orleanslife.io"]);
        group["preferredVersion.groupVersion"].ShouldBe("orleanslife.io/v1");
        var board = boards.Json["resources"]!.AsArray().Single(r => r.Text("name") == "boards")!;
        board.Text("kind").ShouldBe("Board");
        board.Text("shortNames").ShouldBe("""["brd"]""");
        board.Text("categories").ShouldBe("""["orleanslife"]""");
        boards.Json["resources"]!.AsArray().Select(r => r.Text("name")).ShouldBe(["boards", "boards/status"]);
    }

    [Fact]
    public async Task CreatingACrd_ServesItsKind_AndDeletingItRemovesTheKindAndItsObjects()
    {
        var crd = Crd("widgets", "example.com", "Widget");
        var created = await Api.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd);
        var widget = await Api.PostAsync("/apis/example.com/v1/widgets",
            new JsonObject { ["apiVersion"] = "example.com/v1", ["kind"] = "Widget", ["metadata"] = new JsonObject { ["name"] = "w" } });
        var served = await Api.GetAsync("/apis/example.com/v1");

        var deleted = await Api.DeleteAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com");
        var gone = await Api.GetAsync("/apis/example.com/v1");
        var groups = await Api.GetAsync("/apis");

        created.Code.ShouldBe(201, created.Text);
        created.Json["status"]!["conditions"]!.AsArray().Select(c => $"{c.Text("type")}={c.Text("status")}").ShouldBe(["NamesAccepted=True", "Established=True"]);
        widget.Code.ShouldBe(201, widget.Text);
        served.Json["resources"]!.AsArray().Single()!.Text("namespaced").ShouldBe("false");
        deleted.Code.ShouldBe(200);
        gone.Code.ShouldBe(404);
        groups.Json["groups"]!.AsArray().Select(g => g.Text("name")).ShouldNotContain("example.com");
    }

    [Fact]
    public async Task Crd_WhoseNameIsNotPluralDotGroup_IsInvalid()
    {
        var crd = Crd("gadgets", "example.com", "Gadget");
        crd["metadata"]!["name"] = "gadgets";

        var created = await Api.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd);

        created.Code.ShouldBe(422);
        created["message"].ShouldBe(
            "CustomResourceDefinition.apiextensions.k8s.io \"gadgets\" is invalid: metadata.name: Invalid value: \"gadgets\": must be spec.names.plural+\".\"+spec.group");
    }

    private static JsonObject Crd(string plural, string group, string kind) => new()
    {
        ["apiVersion"] = "apiextensions.k8s.io/v1",
        ["kind"] = "CustomResourceDefinition",
        ["metadata"] = new JsonObject { ["name"] = $"{plural}.{group}" },
        ["spec"] = new JsonObject
        {
            ["group"] = group,
            ["scope"] = "Cluster",
            ["names"] = new JsonObject { ["plural"] = plural, ["kind"] = kind },
            ["versions"] = new JsonArray(new JsonObject
            {
                ["name"] = "v1",
                ["served"] = true,
                ["storage"] = true,
                ["schema"] = new JsonObject { ["openAPIV3Schema"] = new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true } },
            }),
        },
    };
}
