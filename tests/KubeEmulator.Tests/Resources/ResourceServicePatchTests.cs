using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Resources;

/// <summary>PATCH over HTTP with each patch type, and the patch types each kind of resource accepts.</summary>
public sealed class ResourceServicePatchTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task MergePatch_SetsAndRemovesLabels()
    {
        var ns = await fixture.NewNamespaceAsync();
        var pod = TestObjects.Pod("cell", new System.Text.Json.Nodes.JsonObject { ["a"] = "1", ["b"] = "2" });
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", pod);

        var patched = await Api.PatchAsync($"/api/v1/namespaces/{ns}/pods/cell", "application/merge-patch+json", """{"metadata":{"labels":{"a":null,"c":"3"}}}""");

        patched.Code.ShouldBe(200);
        patched.Json.Select("metadata.labels")!.Raw().ShouldBe("""{"b":"2","c":"3"}""");
    }

    [Fact]
    public async Task JsonPatch_AppliesOperationsAndFailsATest()
    {
        var ns = await fixture.NewNamespaceAsync();
        var path = $"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider";
        await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("glider"));

        var patched = await Api.PatchAsync(path, "application/json-patch+json", """[{"op":"test","path":"/spec/width","value":8},{"op":"replace","path":"/spec/width","value":10}]""");
        var failed = await Api.PatchAsync(path, "application/json-patch+json", """[{"op":"test","path":"/spec/width","value":8}]""");

        patched["spec.width"].ShouldBe("10");
        failed.Code.ShouldBe(422);
        failed["reason"].ShouldBe("Invalid");
        failed["message"].ShouldBe("the server rejected our request due to an error in our request");
    }

    [Fact]
    public async Task StrategicMergePatch_MergesContainersByName()
    {
        var ns = await fixture.NewNamespaceAsync();
        var pod = TestObjects.Pod("cell");
        pod["spec"]!["containers"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["name"] = "sidecar", ["image"] = "busybox:1" });
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", pod);

        var patched = await Api.PatchAsync($"/api/v1/namespaces/{ns}/pods/cell", "application/strategic-merge-patch+json",
            """{"spec":{"$setElementOrder/containers":[{"name":"cell"},{"name":"sidecar"}],"containers":[{"name":"sidecar","image":"busybox:2"}]}}""");

        patched.Code.ShouldBe(200, patched.Text);
        patched.Json.Text("spec.containers.0.image").ShouldBe("registry.k8s.io/pause:3.9");
        patched.Json.Text("spec.containers.1.image").ShouldBe("busybox:2");
    }

    [Fact]
    public async Task StrategicMergePatch_OnCustomResource_IsUnsupportedMediaType()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("glider"));

        var patched = await Api.PatchAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider", "application/strategic-merge-patch+json", """{"spec":{"width":3}}""");

        patched.Code.ShouldBe(415);
        patched["reason"].ShouldBe("UnsupportedMediaType");
        patched["message"].ShouldBe("the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml");
    }

    [Fact]
    public async Task Patch_WithStaleResourceVersion_IsConflict()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell"));

        var patched = await Api.PatchAsync($"/api/v1/namespaces/{ns}/pods/cell", "application/merge-patch+json", """{"metadata":{"resourceVersion":"1","labels":{"a":"b"}}}""");

        patched.Code.ShouldBe(409);
        patched["message"].ShouldBe(
            "Operation cannot be fulfilled on pods \"cell\": the object has been modified; please apply your changes to the latest version and try again");
    }

    [Fact]
    public async Task PodSpecChange_OtherThanImage_IsForbidden()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell"));

        var image = await Api.PatchAsync($"/api/v1/namespaces/{ns}/pods/cell", "application/merge-patch+json", """{"spec":{"containers":[{"name":"cell","image":"busybox:1.36"}]}}""");
        var policy = await Api.PatchAsync($"/api/v1/namespaces/{ns}/pods/cell", "application/merge-patch+json", """{"spec":{"restartPolicy":"Never"}}""");

        image.Code.ShouldBe(200, image.Text);
        image.Json.Text("spec.containers.0.terminationMessagePath").ShouldBe("/dev/termination-log");
        policy.Code.ShouldBe(422);
        policy["message"]!.ShouldStartWith("Pod \"cell\" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`");
    }

    [Fact]
    public async Task ApplyPatch_CreatesAMissingObject()
    {
        var ns = await fixture.NewNamespaceAsync();

        var applied = await Api.PatchAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader?fieldManager=test", "application/apply-patch+yaml",
            "apiVersion: coordination.k8s.io/v1\nkind: Lease\nmetadata:\n  name: leader\nspec:\n  holderIdentity: silo-1\n");
        var withoutManager = await Api.PatchAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader", "application/apply-patch+yaml", "spec: {}\n");

        applied.Code.ShouldBe(201, applied.Text);
        applied["spec.holderIdentity"].ShouldBe("silo-1");
        withoutManager.Code.ShouldBe(422);
        withoutManager["message"].ShouldBe("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
    }
}
