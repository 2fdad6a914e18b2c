using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Tables;

/// <summary>The <c>meta.k8s.io/v1</c> Tables kubectl asks for, for each kind of resource the emulator serves.</summary>
public sealed class TableWriterTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string TableAccept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task PodTable_HasThePodColumnsAndOneRowPerPod()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell"));

        var table = await Api.GetAsync($"/api/v1/namespaces/{ns}/pods?limit=500", TableAccept);

        table.ContentType.Replace(" ", "").ShouldBe("application/json;as=Table;v=v1;g=meta.k8s.io");
        table["kind"].ShouldBe("Table");
        table["apiVersion"].ShouldBe("meta.k8s.io/v1");
        table.Json["columnDefinitions"]!.AsArray().Select(c => $"{c.Text("name")}:{c.Text("type")}:{c.Text("priority")}").ShouldBe(
        [
            "Name:string:0", "Ready:string:0", "Status:string:0", "Restarts:string:0", "Age:string:0",
            "IP:string:1", "Node:string:1", "Nominated Node:string:1", "Readiness Gates:string:1",
        ]);
        table.Json["rows"]![0]!["cells"]!.Raw().ShouldMatch("""^\["cell","0/1","Pending","0","\d+s","<none>","(orleanslife-node|<none>)","<none>","<none>"\]$""");
        table.Json.Text("rows.0.object.kind").ShouldBe("PartialObjectMetadata");
        table.Json.Text("rows.0.object.metadata.name").ShouldBe("cell");
    }

    [Fact]
    public async Task Table_IncludeObject_ControlsTheRowObject()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "silo-1"));

        var whole = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader?includeObject=Object", TableAccept);
        var none = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader?includeObject=None", TableAccept);
        var bad = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases/leader?includeObject=Some", TableAccept);

        whole.Json.Text("rows.0.object.spec.holderIdentity").ShouldBe("silo-1");
        whole.Json.Text("rows.0.cells.1").ShouldBe("silo-1");
        none.Json.Select("rows.0.object").ShouldBeNull();
        bad.Code.ShouldBe(400);
        bad["message"].ShouldBe("unrecognized includeObject value: \"Some\"");
    }

    [Fact]
    public async Task BoardTable_UsesThePrinterColumns_WithNullForMissingValues()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TestObjects.Board("glider"));
        await Api.PatchAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards/glider/status", "application/merge-patch+json",
            """{"status":{"generation":3,"population":5,"phase":"Running"}}""");

        var table = await Api.GetAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards", TableAccept);

        table.Json["columnDefinitions"]!.AsArray().Select(c => c.Text("name")).ShouldBe(
            ["Name", "Generation", "Population", "Pods", "Running", "Phase", "Age", "Topology", "Rule"]);
        table.Json["rows"]![0]!["cells"]!.Raw().ShouldMatch("""^\["glider",3,5,null,null,"Running","\d+s","torus",null\]$""");
    }

    [Fact]
    public async Task NamespaceAndCrdTables_HaveTheirOwnColumns()
    {
        var namespaces = await Api.GetAsync("/api/v1/namespaces/default", TableAccept);
        var crds = await Api.GetAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", TableAccept);

        namespaces.Json["columnDefinitions"]!.AsArray().Select(c => c.Text("name")).ShouldBe(["Name", "Status", "Age"]);
        namespaces.Json.Text("rows.0.cells.1").ShouldBe("Active");
        crds.Json["columnDefinitions"]!.AsArray().Select(c => c.Text("name")).ShouldBe(["Name", "Created At"]);
        crds.Json.Text("rows.0.cells.1")!.ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$");
    }

    [Fact]
    public async Task PartialObjectMetadataList_CarriesOnlyMetadata()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", TestObjects.Lease("leader", "silo-1"));

        var list = await Api.GetAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases", "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io");

        list["kind"].ShouldBe("PartialObjectMetadataList");
        list.Json.Text("items.0.kind").ShouldBe("PartialObjectMetadata");
        list.Json.Text("items.0.metadata.name").ShouldBe("leader");
        list.Json.Select("items.0.spec").ShouldBeNull();
    }

    [Fact]
    public async Task OnlyProtobufAccepted_IsNotAcceptable()
    {
        var response = await Api.GetAsync("/api/v1/namespaces/default", "application/vnd.kubernetes.protobuf");

        response.Code.ShouldBe(406);
        response["reason"].ShouldBe("NotAcceptable");
    }
}
