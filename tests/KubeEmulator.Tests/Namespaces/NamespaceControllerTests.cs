using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Namespaces;

/// <summary>Namespace deletion: Terminating, emptied by the namespace controller, then gone.</summary>
public sealed class NamespaceControllerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task DeletingANamespace_DeletesItsContentsAndThenItself()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("l", "a"));
        await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("b"));
        using var watch = await Api.WatchAsync($"/api/v1/namespaces?watch=true&fieldSelector=metadata.name%3D{ns}");
        (await watch.NextAsync()).Type.ShouldBe("ADDED");

        var deleting = await Api.DeleteAsync($"/api/v1/namespaces/{ns}");
        while ((await watch.NextAsync()).Type != "DELETED")
        {
        }
        var leases = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases");
        var creatingInGone = await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("l", "a"));

        deleting["status.phase"].ShouldBe("Terminating");
        leases.Json["items"]!.AsArray().Count.ShouldBe(0);
        creatingInGone.Code.ShouldBe(404);
    }

    [Fact]
    public async Task NewNamespace_HasTheNameLabelAndIsActive()
    {
        var created = await Api.PostAsync("/api/v1/namespaces", TestObjects.Namespace("labelled"));

        created["metadata.labels"].ShouldBe("""{"kubernetes.io/metadata.name":"labelled"}""");
        created["spec.finalizers"].ShouldBe("""["kubernetes"]""");
        created["status.phase"].ShouldBe("Active");
    }

    [Fact]
    public async Task NamespaceName_MustBeALabel()
    {
        var created = await Api.PostAsync("/api/v1/namespaces", TestObjects.Namespace("a.b"));

        created.Code.ShouldBe(422);
        created["message"].ShouldBe("Namespace \"a.b\" is invalid: metadata.name: Invalid value: \"a.b\": must not contain dots");
    }
}
