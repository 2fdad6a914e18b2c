using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Resources;

/// <summary>Lists: their kind and metadata, label and field selectors, and paging with limit and continue.</summary>
public sealed class ResourceServiceListTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task List_IsATypedListWithTheStoreResourceVersion()
    {
        var ns = await fixture.NewNamespaceAsync();
        var created = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell"));

        var list = await Api.GetAsync($"/api/v1/namespaces/{ns}/pods");

        list["kind"].ShouldBe("PodList");
        list["apiVersion"].ShouldBe("v1");
        long.Parse(list["metadata.resourceVersion"]!).ShouldBeGreaterThanOrEqualTo(long.Parse(created["metadata.resourceVersion"]!));
        list.Json.Text("items.0.metadata.name").ShouldBe("cell");
        list.Json["items"]![0]!.AsObject().ContainsKey("kind").ShouldBeFalse();
    }

    [Theory]
    [InlineData("board=x", "a,b")]
    [InlineData("board==x", "a,b")]
    [InlineData("board!=x", "c,d")]
    [InlineData("board in (y,z)", "c")]
    [InlineData("board notin (x)", "c,d")]
    [InlineData("board", "a,b,c")]
    [InlineData("!board", "d")]
    [InlineData("board=x,tier=top", "a")]
    public async Task List_WithLabelSelector_ReturnsMatches(string selector, string expected)
    {
        var ns = await fixture.NewNamespaceAsync();
        await CreateLeaseAsync(ns, "a", new JsonObject { ["board"] = "x", ["tier"] = "top" });
        await CreateLeaseAsync(ns, "b", new JsonObject { ["board"] = "x" });
        await CreateLeaseAsync(ns, "c", new JsonObject { ["board"] = "y" });
        await CreateLeaseAsync(ns, "d", new JsonObject());

        var list = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases?labelSelector={Uri.EscapeDataString(selector)}");

        list.Code.ShouldBe(200, list.Text);
        string.Join(",", list.Json["items"]!.AsArray().Select(i => i.Text("metadata.name"))).ShouldBe(expected);
    }

    [Fact]
    public async Task List_WithBadLabelSelector_IsBadRequest()
    {
        var list = await Api.GetAsync("/api/v1/pods?labelSelector=" + Uri.EscapeDataString("a in b"));

        list.Code.ShouldBe(400);
        list["message"].ShouldBe("unable to parse requirement: found 'b', expected: '('");
    }

    [Fact]
    public async Task List_WithFieldSelectors_FiltersByNameNamespaceAndPhase()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("one"));
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("two"));

        var byName = await Api.GetAsync($"/api/v1/pods?fieldSelector=metadata.name%3Dtwo,metadata.namespace%3D{ns}");
        var notName = await Api.GetAsync($"/api/v1/namespaces/{ns}/pods?fieldSelector=metadata.name!%3Dtwo");
        var failed = await Api.GetAsync($"/api/v1/namespaces/{ns}/pods?fieldSelector=status.phase%3DFailed");

        byName.Json["items"]!.AsArray().Select(i => i.Text("metadata.name")).ShouldBe(["two"]);
        notName.Json["items"]!.AsArray().Select(i => i.Text("metadata.name")).ShouldBe(["one"]);
        failed.Json["items"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task List_WithUnsupportedFieldSelector_IsBadRequest()
    {
        var pods = await Api.GetAsync("/api/v1/pods?fieldSelector=spec.image%3Dx");
        var boards = await Api.GetAsync("/apis/orleanslife.io/v1/boards?fieldSelector=spec.width%3D3");

        pods.Code.ShouldBe(400);
        pods["message"].ShouldBe("field label not supported: spec.image");
        boards.Code.ShouldBe(400);
        boards["message"].ShouldBe("\"spec.width\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
    }

    [Fact]
    public async Task List_WithLimit_PagesWithContinue()
    {
        var ns = await fixture.NewNamespaceAsync();
        foreach (var name in new[] { "a", "b", "c" }) await CreateLeaseAsync(ns, name, new JsonObject());

        var first = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases?limit=2");
        var second = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases?limit=2&continue={Uri.EscapeDataString(first["metadata.continue"]!)}");

        first.Json["items"]!.AsArray().Select(i => i.Text("metadata.name")).ShouldBe(["a", "b"]);
        first["metadata.remainingItemCount"].ShouldBe("1");
        second.Json["items"]!.AsArray().Select(i => i.Text("metadata.name")).ShouldBe(["c"]);
        second["metadata.continue"].ShouldBeNull();
        second["metadata.resourceVersion"].ShouldBe(first["metadata.resourceVersion"]);
    }

    [Fact]
    public async Task List_AcrossNamespaces_IncludesEveryNamespace()
    {
        var first = await fixture.NewNamespaceAsync();
        var second = await fixture.NewNamespaceAsync();
        await CreateLeaseAsync(first, "l", new JsonObject());
        await CreateLeaseAsync(second, "l", new JsonObject());

        var list = await Api.GetAsync("/apis/coordination.k8s.io/v1/leases?fieldSelector=metadata.name%3Dl");

        list.Json["items"]!.AsArray().Select(i => i.Text("metadata.namespace")).ShouldBe([first, second], ignoreOrder: true);
    }

    private Task<ApiResponse> CreateLeaseAsync(string ns, string name, JsonObject labels) =>
        Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases",
            new JsonObject { ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = labels } });
}
