using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Resources;

/// <summary>Updates over HTTP: optimistic concurrency, create-on-update, generation and the status subresource.</summary>
public sealed class ResourceServiceUpdateTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task Update_WithStaleResourceVersion_IsConflict()
    {
        var ns = await fixture.NewNamespaceAsync();
        var created = await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "a"));
        var first = created.Json.DeepClone().AsObject();
        first["spec"]!["holderIdentity"] = "b";
        await Api.PutAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader", first);
        var stale = created.Json.DeepClone().AsObject();
        stale["spec"]!["holderIdentity"] = "c";

        var conflict = await Api.PutAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader", stale);

        conflict.Code.ShouldBe(409);
        conflict["reason"].ShouldBe("Conflict");
        conflict["message"].ShouldBe(
            "Operation cannot be fulfilled on leases.coordination.k8s.io \"leader\": the object has been modified; please apply your changes to the latest version and try again");
        conflict.Json["details"]!.Raw().ShouldBe("""{"name":"leader","group":"coordination.k8s.io","kind":"leases"}""");
    }

    [Fact]
    public async Task Update_NameMismatch_IsBadRequest()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "a"));

        var updated = await Api.PutAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader", TestObjects.Lease("other", "a"));

        updated.Code.ShouldBe(400);
        updated["message"].ShouldBe("the name of the object (other) does not match the name on the URL (leader)");
    }

    [Fact]
    public async Task Update_MissingLease_CreatesIt()
    {
        var ns = await fixture.NewNamespaceAsync();

        var created = await Api.PutAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader", TestObjects.Lease("leader", "a"));

        created.Code.ShouldBe(201);
    }

    [Fact]
    public async Task Update_MissingPod_IsNotFound()
    {
        var ns = await fixture.NewNamespaceAsync();

        var updated = await Api.PutAsync($"/api/v1/namespaces/{ns}/pods/cell", TestObjects.Pod("cell"));

        updated.Code.ShouldBe(404);
    }

    [Fact]
    public async Task ResourceVersion_IsOneCounterAcrossAllResources()
    {
        var ns = await fixture.NewNamespaceAsync();

        var pod = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell"));
        var lease = await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "a"));
        var board = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("glider"));

        var versions = new[] { pod, lease, board }.Select(r => long.Parse(r["metadata.resourceVersion"]!)).ToList();
        versions.ShouldBe(versions.Order().ToList());
        versions.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task Update_ThatChangesNothing_KeepsResourceVersion()
    {
        var ns = await fixture.NewNamespaceAsync();
        var created = await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "a"));

        var updated = await Api.PutAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader", created.Json);

        updated.Code.ShouldBe(200);
        updated["metadata.resourceVersion"].ShouldBe(created["metadata.resourceVersion"]);
    }

    [Fact]
    public async Task Generation_CountsSpecChanges_NotMetadataChanges()
    {
        var ns = await fixture.NewNamespaceAsync();
        var path = $"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider";
        await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("glider"));

        var labelled = await Api.PatchAsync(path, "application/merge-patch+json", """{"metadata":{"labels":{"a":"b"}}}""");
        var resized = await Api.PatchAsync(path, "application/merge-patch+json", """{"spec":{"width":9}}""");

        labelled["metadata.generation"].ShouldBe("1");
        resized["metadata.generation"].ShouldBe("2");
    }

    [Fact]
    public async Task StatusSubresource_SeparatesStatusFromTheRest()
    {
        var ns = await fixture.NewNamespaceAsync();
        var path = $"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider";
        var board = TestObjects.Board("glider");
        board["status"] = new JsonObject { ["phase"] = "Ignored" };
        var created = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", board);
        var withStatus = created.Json.DeepClone().AsObject();
        withStatus["status"] = new JsonObject { ["phase"] = "Running", ["population"] = 5 };
        withStatus["spec"]!["width"] = 20;

        var main = await Api.PutAsync(path, withStatus);
        var statusUpdate = main.Json.DeepClone().AsObject();
        statusUpdate["status"] = new JsonObject { ["phase"] = "Running" };
        statusUpdate["spec"]!["width"] = 30;
        var status = await Api.PutAsync($"{path}/status", statusUpdate);

        created.Json.ContainsKey("status").ShouldBeFalse();
        main["status"].ShouldBeNull();
        main["spec.width"].ShouldBe("20");
        status["status.phase"].ShouldBe("Running");
        status["spec.width"].ShouldBe("20");
        status["metadata.generation"].ShouldBe("2");
    }
}
