using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.ManagedFields;

/// <summary>Server-side apply and managedFields over HTTP, against the API server's documented behaviour.</summary>
public sealed class FieldManagerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Apply = "application/apply-patch+yaml";

    private ApiClient Api => fixture.Api;

    private static string Lease(string holder, int duration = 15) =>
        $$$"""{"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"l","labels":{"app":"life"}},"spec":{"holderIdentity":"{{{holder}}}","leaseDurationSeconds":{{{duration}}}}}""";

    [Fact]
    public async Task Apply_ByAnotherManagerChangingAnOwnedField_IsA409NamingFieldAndManager()
    {
        var lease = $"/apis/coordination.k8s.io/v1/namespaces/{await fixture.NewNamespaceAsync()}/leases/l";
        await Api.PatchAsync($"{lease}?fieldManager=first", Apply, Lease("a"));

        var conflict = await Api.PatchAsync($"{lease}?fieldManager=second", Apply, Lease("b", 30));

        conflict.Code.ShouldBe(409);
        conflict["reason"].ShouldBe("Conflict");
        conflict["message"].ShouldBe("Apply failed with 2 conflicts: conflicts with \"first\":\n- .spec.holderIdentity\n- .spec.leaseDurationSeconds");
        conflict.Json["details"]!["causes"]!.Raw().ShouldBe(
            """[{"type":"FieldManagerConflict","message":"conflict with \"first\"","field":".spec.holderIdentity"},{"type":"FieldManagerConflict","message":"conflict with \"first\"","field":".spec.leaseDurationSeconds"}]""");
    }

    [Fact]
    public async Task Apply_ChangingAFieldAnUpdaterSet_NamesTheUpdaterAndItsVersion()
    {
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{await fixture.NewNamespaceAsync()}/leases";
        await Api.PostAsync($"{leases}?fieldManager=creator", TestObjects.Lease("l", "a"));

        var conflict = await Api.PatchAsync($"{leases}/l?fieldManager=applier", Apply, Lease("b"));

        conflict["message"].ShouldBe("Apply failed with 1 conflict: conflict with \"creator\" using coordination.k8s.io/v1: .spec.holderIdentity");
    }

    [Fact]
    public async Task Apply_WithTheSameValues_SharesTheFieldsWithoutConflict()
    {
        var lease = $"/apis/coordination.k8s.io/v1/namespaces/{await fixture.NewNamespaceAsync()}/leases/l";
        await Api.PatchAsync($"{lease}?fieldManager=first", Apply, Lease("a"));

        var shared = await Api.PatchAsync($"{lease}?fieldManager=second", Apply, Lease("a"));

        shared.Code.ShouldBe(200);
        shared.Json.Select("metadata.managedFields")!.AsArray().Select(e => e.Text("manager")).ShouldBe(["first", "second"]);
    }

    [Fact]
    public async Task Apply_Forced_TakesTheFieldFromItsOwner()
    {
        var lease = $"/apis/coordination.k8s.io/v1/namespaces/{await fixture.NewNamespaceAsync()}/leases/l";
        await Api.PatchAsync($"{lease}?fieldManager=first", Apply, Lease("a"));

        var forced = await Api.PatchAsync($"{lease}?fieldManager=second&force=true", Apply, Lease("b"));

        forced.Code.ShouldBe(200);
        forced["spec.holderIdentity"].ShouldBe("b");
        var entries = forced.Json.Select("metadata.managedFields")!.AsArray();
        entries[0]!["fieldsV1"]!.Raw().ShouldBe("""{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:leaseDurationSeconds":{}}}""");
        entries[1]!["fieldsV1"]!.Raw().ShouldBe("""{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:holderIdentity":{},"f:leaseDurationSeconds":{}}}""");
        (entries[1].Text("manager"), entries[1].Text("operation"), entries[1].Text("apiVersion")).ShouldBe(("second", "Apply", "coordination.k8s.io/v1"));
    }

    [Fact]
    public async Task Apply_LeavingOutAFieldOnlyItOwned_RemovesTheField()
    {
        var lease = $"/apis/coordination.k8s.io/v1/namespaces/{await fixture.NewNamespaceAsync()}/leases/l";
        await Api.PatchAsync($"{lease}?fieldManager=first", Apply, Lease("a"));

        var applied = await Api.PatchAsync($"{lease}?fieldManager=first", Apply,
            """{"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"l"},"spec":{"holderIdentity":"a"}}""");

        applied.Json["spec"]!.Raw().ShouldBe("""{"holderIdentity":"a"}""");
        applied["metadata.labels"].ShouldBeNull();
    }

    [Fact]
    public async Task Update_TakesTheFieldsItChanges_AndANoOpApplyWritesNothing()
    {
        var lease = $"/apis/coordination.k8s.io/v1/namespaces/{await fixture.NewNamespaceAsync()}/leases/l";
        var first = await Api.PatchAsync($"{lease}?fieldManager=first", Apply, Lease("a"));
        var again = await Api.PatchAsync($"{lease}?fieldManager=first", Apply, Lease("a"));

        var patched = await Api.PatchAsync($"{lease}?fieldManager=editor", "application/merge-patch+json", """{"spec":{"holderIdentity":"b"}}""");

        again["metadata.resourceVersion"].ShouldBe(first["metadata.resourceVersion"]);
        var entries = patched.Json.Select("metadata.managedFields")!.AsArray();
        entries[0]!["fieldsV1"]!.Raw().ShouldBe("""{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:leaseDurationSeconds":{}}}""");
        (entries[1].Text("manager"), entries[1].Text("operation")).ShouldBe(("editor", "Update"));
        entries[1]!["fieldsV1"]!.Raw().ShouldBe("""{"f:spec":{"f:holderIdentity":{}}}""");
    }

    [Fact]
    public async Task Force_OnANonApplyPatch_IsInvalid()
    {
        var leases = $"/apis/coordination.k8s.io/v1/namespaces/{await fixture.NewNamespaceAsync()}/leases";
        await Api.PostAsync(leases, TestObjects.Lease("l", "a"));

        var patched = await Api.PatchAsync($"{leases}/l?force=true", "application/merge-patch+json", "{}");

        patched.Code.ShouldBe(422);
    }
}
