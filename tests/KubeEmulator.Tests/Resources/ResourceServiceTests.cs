using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Tests.Testing;

namespace OrleansLife.KubeEmulator.Tests.Resources;

/// <summary>Create and read semantics over HTTP, with the API server's status codes, reasons and messages.</summary>
public sealed class ResourceServiceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiClient Api => fixture.Api;

    [Fact]
    public async Task Create_ReturnsCreatedPod_WithServerSetFieldsAndDefaults()
    {
        var ns = await fixture.NewNamespaceAsync();

        var created = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell"));

        created.Code.ShouldBe(201);
        created["kind"].ShouldBe("Pod");
        created["metadata.namespace"].ShouldBe(ns);
        Guid.TryParse(created["metadata.uid"], out _).ShouldBeTrue();
        long.Parse(created["metadata.resourceVersion"]!).ShouldBeGreaterThan(0);
        created["metadata.generation"].ShouldBe("1");
        created["status.phase"].ShouldBe("Pending");
        created["status.qosClass"].ShouldBe("BestEffort");
        created["spec.restartPolicy"].ShouldBe("Always");
        created["spec.terminationGracePeriodSeconds"].ShouldBe("30");
        created.Json.Text("spec.containers.0.imagePullPolicy").ShouldBe("IfNotPresent");
    }

    [Fact]
    public async Task Create_Duplicate_IsAlreadyExistsStatus()
    {
        var ns = await fixture.NewNamespaceAsync();
        await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("dup"));

        var again = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("dup"));

        again.Code.ShouldBe(409);
        again.Text.ShouldBe(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"dup\" already exists","reason":"AlreadyExists","details":{"name":"dup","kind":"pods"},"code":409}""");
    }

    [Fact]
    public async Task Get_Missing_IsNotFoundStatus()
    {
        var ns = await fixture.NewNamespaceAsync();

        var missing = await Api.GetAsync($"/api/v1/namespaces/{ns}/pods/nope");

        missing.Code.ShouldBe(404);
        missing.Text.ShouldBe(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"nope\" not found","reason":"NotFound","details":{"name":"nope","kind":"pods"},"code":404}""");
    }

    [Fact]
    public async Task Get_MissingCustomResource_NamesItsGroup()
    {
        var ns = await fixture.NewNamespaceAsync();

        var missing = await Api.GetAsync($"/apis/orleanslife.io/v1/namespaces/{ns}/boards/nope");

        missing.Code.ShouldBe(404);
        missing["message"].ShouldBe("boards.orleanslife.io \"nope\" not found");
        missing.Json["details"]!.Raw().ShouldBe("""{"name":"nope","group":"orleanslife.io","kind":"boards"}""");
    }

    [Fact]
    public async Task Create_InvalidName_IsInvalidWithCause()
    {
        var ns = await fixture.NewNamespaceAsync();

        var invalid = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("Bad_Name"));

        const string rule = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
        invalid.Code.ShouldBe(422);
        invalid["reason"].ShouldBe("Invalid");
        invalid["message"].ShouldBe($"Pod \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": {rule}");
        invalid["details.kind"].ShouldBe("Pod");
        invalid.Json["details"]!["causes"]!.Raw().ShouldBe(new JsonArray(new JsonObject
        {
            ["reason"] = "FieldValueInvalid",
            ["message"] = $"Invalid value: \"Bad_Name\": {rule}",
            ["field"] = "metadata.name",
        }).Raw());
    }

    [Fact]
    public async Task Create_WithoutNameOrContainers_ListsEveryError()
    {
        var ns = await fixture.NewNamespaceAsync();
        var pod = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Pod", ["metadata"] = new JsonObject(), ["spec"] = new JsonObject() };

        var invalid = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", pod);

        invalid.Code.ShouldBe(422);
        invalid["message"].ShouldBe("Pod \"\" is invalid: [metadata.name: Required value: name or generateName is required, spec.containers: Required value]");
    }

    [Fact]
    public async Task Create_WithGenerateName_AppendsFiveCharacters()
    {
        var ns = await fixture.NewNamespaceAsync();
        var pod = TestObjects.Pod("");
        pod["metadata"] = new JsonObject { ["generateName"] = "cell-" };

        var created = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", pod);

        created.Code.ShouldBe(201);
        created["metadata.name"]!.ShouldMatch("^cell-[bcdfghjklmnpqrstvwxz2456789]{5}$");
    }

    [Fact]
    public async Task Create_InMissingNamespace_IsNamespaceNotFound()
    {
        var created = await Api.PostAsync("/api/v1/namespaces/ghost/pods", TestObjects.Pod("cell"));

        created.Code.ShouldBe(404);
        created["message"].ShouldBe("namespaces \"ghost\" not found");
    }

    [Fact]
    public async Task Create_NamespaceMismatch_IsBadRequest()
    {
        var ns = await fixture.NewNamespaceAsync();
        var pod = TestObjects.Pod("cell");
        pod["metadata"]!["namespace"] = "elsewhere";

        var created = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", pod);

        created.Code.ShouldBe(400);
        created["reason"].ShouldBe("BadRequest");
        created["message"].ShouldBe("the namespace of the provided object does not match the namespace sent on the request");
    }

    [Fact]
    public async Task Create_MalformedJson_IsBadRequest()
    {
        var ns = await fixture.NewNamespaceAsync();

        var created = await Api.PatchAsync($"/api/v1/namespaces/{ns}/pods/x", "application/merge-patch+json", "{not json");

        created.Code.ShouldBe(400);
        created["reason"].ShouldBe("BadRequest");
    }

    [Fact]
    public async Task Post_ToAnObjectPath_IsMethodNotAllowed()
    {
        var ns = await fixture.NewNamespaceAsync();

        var posted = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods/cell", TestObjects.Pod("cell"));

        posted.Code.ShouldBe(405);
        posted["reason"].ShouldBe("MethodNotAllowed");
        posted["message"].ShouldBe("create is not supported on resources of kind \"pods\"");
    }

    [Fact]
    public async Task UnknownResource_IsNotFound()
    {
        var missing = await Api.GetAsync("/apis/example.com/v1/widgets");

        missing.Code.ShouldBe(404);
        missing.Text.ShouldBe(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404}""");
    }

    [Fact]
    public async Task Create_InvalidLabelValue_IsInvalid()
    {
        var ns = await fixture.NewNamespaceAsync();

        var invalid = await Api.PostAsync($"/api/v1/namespaces/{ns}/pods", TestObjects.Pod("cell", new JsonObject { ["app"] = "not ok" }));

        invalid.Code.ShouldBe(422);
        invalid["message"].ShouldBe(
            "Pod \"cell\" is invalid: metadata.labels: Invalid value: \"not ok\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    }
}
