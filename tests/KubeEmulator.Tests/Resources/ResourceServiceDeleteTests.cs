using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Resources;

/// <summary>DELETE semantics: responses, preconditions, finalizers and collection deletes.</summary>
public sealed class ResourceServiceDeleteTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task Delete_Lease_AnswersWithSuccessStatus()
    {
        var ns = await fixture.NewNamespaceAsync();
        var lease = await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "a"));

        var deleted = await Api.DeleteAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader");
        var after = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader");

        deleted.Code.ShouldBe(200);
        deleted.Text.ShouldBe(
            $$$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"leader","group":"coordination.k8s.io","kind":"leases","uid":"{{{lease["metadata.uid"]}}}"}}""");
        after.Code.ShouldBe(404);
    }

    [Fact]
    public async Task Delete_Pod_AnswersWithTheDeletedObject_ButABoardWithAStatus()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell"));
        var board = await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("glider"));

        var pod = await Api.DeleteAsync($"/api/v1/namespaces/{ns}/pods/cell");
        var deleted = await Api.DeleteAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider");

        pod["kind"].ShouldBe("Pod");
        deleted.Code.ShouldBe(200);
        deleted["status"].ShouldBe("Success");
        deleted.Json["details"]!.Raw().ShouldBe($$"""{"name":"glider","group":"orleanslife.io","kind":"boards","uid":"{{board["metadata.uid"]}}"}""");
    }

    [Fact]
    public async Task Delete_WithStaleUidPrecondition_IsConflict()
    {
        var ns = await fixture.NewNamespaceAsync();
        var lease = await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "a"));

        var deleted = await Api.DeleteAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader",
            new JsonObject { ["preconditions"] = new JsonObject { ["uid"] = "0000" } });

        deleted.Code.ShouldBe(409);
        deleted["message"].ShouldBe(
            $"Operation cannot be fulfilled on leases.coordination.k8s.io \"leader\": Precondition failed: UID in precondition: 0000, UID in object meta: {lease["metadata.uid"]}");
    }

    [Fact]
    public async Task Delete_WithFinalizer_WaitsUntilTheFinalizerIsRemoved()
    {
        var ns = await fixture.NewNamespaceAsync();
        var path = $"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader";
        var lease = TestObjects.Lease("leader", "a");
        lease["metadata"]!["finalizers"] = new JsonArray("orleanslife.io/keep");
        await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", lease);

        var deleted = await Api.DeleteAsync(path);
        var stillThere = await Api.GetAsync(path);
        var addingAnother = await Api.PatchAsync(path, "application/merge-patch+json", """{"metadata":{"finalizers":["orleanslife.io/keep","orleanslife.io/more"]}}""");
        var released = await Api.PatchAsync(path, "application/merge-patch+json", """{"metadata":{"finalizers":null}}""");
        var gone = await Api.GetAsync(path);

        deleted.Code.ShouldBe(200);
        deleted["metadata.deletionTimestamp"].ShouldNotBeNull();
        deleted["metadata.deletionGracePeriodSeconds"].ShouldBe("0");
        stillThere.Code.ShouldBe(200);
        addingAnother.Code.ShouldBe(422);
        addingAnother["message"].ShouldBe(
            "Lease.coordination.k8s.io \"leader\" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"orleanslife.io/more\"}");
        released.Code.ShouldBe(200);
        gone.Code.ShouldBe(404);
    }

    [Fact]
    public async Task DeleteCollection_WithLabelSelector_DeletesOnlyMatches()
    {
        var ns = await fixture.NewNamespaceAsync();
        foreach (var (name, board) in new[] { ("a", "x"), ("b", "x"), ("c", "y") })
        {
            await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases",
                new JsonObject { ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = new JsonObject { ["board"] = board } } });
        }

        var deleted = await Api.DeleteAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases?labelSelector=board%3Dx");
        var left = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases");

        deleted.Code.ShouldBe(200);
        deleted["kind"].ShouldBe("LeaseList");
        deleted.Json["items"]!.AsArray().Select(i => i.Text("metadata.name")).ShouldBe(["a", "b"]);
        left.Json["items"]!.AsArray().Select(i => i.Text("metadata.name")).ShouldBe(["c"]);
    }

    [Fact]
    public async Task Delete_DefaultNamespace_IsForbidden()
    {
        var deleted = await Api.DeleteAsync("/api/v1/namespaces/default");

        deleted.Code.ShouldBe(403);
        deleted["reason"].ShouldBe("Forbidden");
        deleted["message"].ShouldBe("namespaces \"default\" is forbidden: this namespace may not be deleted");
    }
}
