using System.Text.Json.Nodes;
using OrleansLife.Kubernetes.Boards;
using OrleansLife.Kubernetes.Client;
using OrleansLife.Kubernetes.Configuration;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Pods;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Client;

public sealed class KubeResourceClientTests : IAsyncLifetime
{
    private const string PodJson = """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"cell-1-2","namespace":"life","uid":"u-1","resourceVersion":"100"},
         "spec":{"containers":[{"name":"cell","image":"cell:1"}]},"status":{"phase":"Pending"}}
        """;

    private const string BoardJson = """
        {"apiVersion":"orleanslife.io/v1","kind":"Board","metadata":{"name":"glider","namespace":"life","resourceVersion":"7"},
         "spec":{"width":8,"height":8},"status":{"phase":"Running","cells":[[1,2]]}}
        """;

    private FakeKubeApiServer _server = null!;
    private KubeClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeKubeApiServer.StartAsync();
        _client = TestClients.For(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Create_PostsTheObjectToItsNamespace_AndReturnsTheServersVersion()
    {
        _server.RespondJson(201, PodJson);
        var pod = new Pod
        {
            Metadata = new ObjectMeta { GenerateName = "cell-", Namespace = "other", Labels = new Dictionary<string, string> { ["app"] = "cell" } },
            Spec = new PodSpec
            {
                Containers =
                [
                    new Container
                    {
                        Name = "cell", Image = "cell:1",
                        Resources = new ResourceRequirements { Requests = new Dictionary<string, string> { ["cpu"] = "5m" } },
                        SecurityContext = new SecurityContext
                        {
                            RunAsNonRoot = true, ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false,
                            Capabilities = new Capabilities { Drop = ["ALL"] },
                        },
                    },
                ],
                RestartPolicy = "Never",
                TerminationGracePeriodSeconds = 1,
            },
        };

        var created = await _client.Pods().CreateAsync(pod);

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.Query, request.ContentType).ShouldBe(("POST", "/api/v1/namespaces/other/pods", "", "application/json"));
        JsonAssert.Equal("""
            {"apiVersion":"v1","kind":"Pod","metadata":{"generateName":"cell-","namespace":"other","labels":{"app":"cell"}},
             "spec":{"containers":[{"name":"cell","image":"cell:1","resources":{"requests":{"cpu":"5m"}},
               "securityContext":{"runAsNonRoot":true,"readOnlyRootFilesystem":true,"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]}}}],
               "terminationGracePeriodSeconds":1,"restartPolicy":"Never"}}
            """, request.Body);
        (created.Metadata.Name, created.Metadata.Uid, created.Status!.Phase).ShouldBe(("cell-1-2", "u-1", "Pending"));
    }

    [Fact]
    public async Task Create_WithoutNamespace_UsesTheDefaultNamespace()
    {
        _server.RespondJson(201, PodJson);

        await _client.Pods().CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "cell-1-2" } });

        (await _server.NextRequestAsync()).Path.ShouldBe("/api/v1/namespaces/life/pods");
    }

    [Fact]
    public async Task Get_ReadsOneLease()
    {
        _server.RespondJson(200, """
            {"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"operator","namespace":"kube-system"},
             "spec":{"holderIdentity":"silo-1","leaseDurationSeconds":15,"renewTime":"2025-06-01T12:00:00.250000Z","leaseTransitions":3}}
            """);

        var lease = await _client.Leases().GetAsync("operator", "kube-system");

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.Query, request.Body).ShouldBe(("GET", "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/operator", "", ""));
        (lease.Spec!.HolderIdentity, lease.Spec.LeaseDurationSeconds, lease.Spec.LeaseTransitions).ShouldBe(("silo-1", 15, 3));
        lease.Spec.RenewTime.ShouldBe(new DateTimeOffset(2025, 6, 1, 12, 0, 0, 250, TimeSpan.Zero));
    }

    [Fact]
    public async Task Get_ClusterScopedNamespace_HasNoNamespaceInItsPath()
    {
        _server.RespondJson(200, """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"life"},"status":{"phase":"Terminating"}}""");

        var ns = await _client.Namespaces().GetAsync("life");

        (await _server.NextRequestAsync()).Path.ShouldBe("/api/v1/namespaces/life");
        ns.Status!.Phase.ShouldBe("Terminating");
    }

    [Fact]
    public async Task List_SendsEveryOption_AndReadsThePage()
    {
        _server.RespondJson(200, $$"""
            {"apiVersion":"v1","kind":"PodList","metadata":{"resourceVersion":"120","continue":"next-page","remainingItemCount":3},"items":[{{PodJson}}]}
            """);
        var options = new ListOptions
        {
            LabelSelector = "app=cell,board in (glider)", FieldSelector = "status.phase=Running", ResourceVersion = "0",
            Limit = 50, Continue = "this-page", TimeoutSeconds = 30,
        };

        var list = await _client.Pods().ListAsync("life", options);

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path).ShouldBe(("GET", "/api/v1/namespaces/life/pods"));
        request.Query.ShouldBe(
            "?labelSelector=app%3Dcell%2Cboard%20in%20%28glider%29&fieldSelector=status.phase%3DRunning&resourceVersion=0&limit=50&continue=this-page&timeoutSeconds=30");
        (list.Kind, list.Metadata.ResourceVersion, list.Metadata.Continue, list.Metadata.RemainingItemCount).ShouldBe(("PodList", "120", "next-page", 3L));
        list.Items.Single().Metadata.Name.ShouldBe("cell-1-2");
    }

    [Fact]
    public async Task List_AcrossAllNamespaces_UsesTheClusterWidePath()
    {
        _server.RespondJson(200, """{"kind":"BoardList","metadata":{"resourceVersion":"9"},"items":[]}""");

        await _client.Boards().ListAsync(KubeResources.AllNamespaces);

        (await _server.NextRequestAsync()).Path.ShouldBe("/apis/orleanslife.io/v1/boards");
    }

    [Fact]
    public async Task Delete_SendsDeleteOptions_AndReturnsTheTerminatingObject()
    {
        _server.RespondJson(200, PodJson.Replace("\"uid\":\"u-1\"", "\"uid\":\"u-1\",\"deletionTimestamp\":\"2025-06-01T12:00:00Z\""));
        var options = new DeleteOptions
        {
            GracePeriodSeconds = 0, PropagationPolicy = PropagationPolicy.Foreground, PreconditionUid = "u-1", PreconditionResourceVersion = "100",
        };

        var deleted = await _client.Pods().DeleteAsync("cell-1-2", options: options);

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.ContentType).ShouldBe(("DELETE", "/api/v1/namespaces/life/pods/cell-1-2", "application/json"));
        JsonAssert.Equal("""
            {"kind":"DeleteOptions","apiVersion":"v1","gracePeriodSeconds":0,"propagationPolicy":"Foreground",
             "preconditions":{"uid":"u-1","resourceVersion":"100"}}
            """, request.Body);
        deleted!.Metadata.DeletionTimestamp.ShouldBe(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Delete_AnsweredWithStatus_ReturnsNull()
    {
        _server.RespondJson(200, """{"kind":"Status","apiVersion":"v1","status":"Success","details":{"name":"life","kind":"namespaces"}}""");

        var deleted = await _client.Namespaces().DeleteAsync("life");

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.Body).ShouldBe(("DELETE", "/api/v1/namespaces/life", ""));
        deleted.ShouldBeNull();
    }

    [Fact]
    public async Task DeleteCollection_SelectsWithListOptions()
    {
        _server.RespondJson(200, """{"kind":"PodList","metadata":{},"items":[]}""");

        await _client.Pods().DeleteCollectionAsync(
            "life", new ListOptions { LabelSelector = "board=glider" }, new DeleteOptions { PropagationPolicy = PropagationPolicy.Background });

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.Query).ShouldBe(("DELETE", "/api/v1/namespaces/life/pods", "?labelSelector=board%3Dglider"));
        JsonAssert.Equal("""{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"}""", request.Body);
    }

    [Fact]
    public async Task Patch_SendsAMergePatch()
    {
        _server.RespondJson(200, BoardJson);

        var board = await _client.Boards().PatchAsync("glider", new { spec = new { tickMilliseconds = 250 } });

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.ContentType).ShouldBe(("PATCH", "/apis/orleanslife.io/v1/namespaces/life/boards/glider", "application/merge-patch+json"));
        request.Body.ShouldBe("""{"spec":{"tickMilliseconds":250}}""");
        board.Spec!.Width.ShouldBe(8);
    }

    [Fact]
    public async Task Patch_WithJsonNode_CanRemoveALabel()
    {
        _server.RespondJson(200, PodJson);

        await _client.Pods().PatchAsync("cell-1-2", new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["stale"] = null } } });

        (await _server.NextRequestAsync()).Body.ShouldBe("""{"metadata":{"labels":{"stale":null}}}""");
    }

    [Fact]
    public async Task Replace_PutsTheWholeObject_WithItsResourceVersion()
    {
        _server.RespondJson(200, BoardJson.Replace("\"resourceVersion\":\"7\"", "\"resourceVersion\":\"8\""));
        var board = new Board { Metadata = new ObjectMeta { Name = "glider", Namespace = "life", ResourceVersion = "7" }, Spec = new BoardSpec { Width = 8 } };

        var replaced = await _client.Boards().ReplaceAsync(board);

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.ContentType).ShouldBe(("PUT", "/apis/orleanslife.io/v1/namespaces/life/boards/glider", "application/json"));
        JsonAssert.Equal("""
            {"apiVersion":"orleanslife.io/v1","kind":"Board","metadata":{"name":"glider","namespace":"life","resourceVersion":"7"},"spec":{"width":8}}
            """, request.Body);
        replaced.Metadata.ResourceVersion.ShouldBe("8");
    }

    [Fact]
    public async Task ReplaceStatus_PutsToTheStatusSubresource()
    {
        _server.RespondJson(200, BoardJson);
        var board = new Board
        {
            Metadata = new ObjectMeta { Name = "glider", ResourceVersion = "7" },
            Status = new BoardStatus { Phase = "Running", Population = 1, Cells = [new BoardCell(1, 2)] },
        };

        var updated = await _client.Boards().ReplaceStatusAsync(board);

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path).ShouldBe(("PUT", "/apis/orleanslife.io/v1/namespaces/life/boards/glider/status"));
        JsonAssert.Equal("""
            {"apiVersion":"orleanslife.io/v1","kind":"Board","metadata":{"name":"glider","resourceVersion":"7"},
             "status":{"phase":"Running","population":1,"cells":[[1,2]]}}
            """, request.Body);
        updated.Status!.Cells.ShouldBe([new BoardCell(1, 2)]);
    }

    [Fact]
    public async Task PatchStatus_MergePatchesTheStatusSubresource()
    {
        _server.RespondJson(200, BoardJson);

        await _client.Boards().PatchStatusAsync("glider", new { status = new BoardStatus { Generation = 18, PodsRunning = 4 } }, "life");

        var request = await _server.NextRequestAsync();
        (request.Method, request.Path, request.ContentType).ShouldBe(("PATCH", "/apis/orleanslife.io/v1/namespaces/life/boards/glider/status", "application/merge-patch+json"));
        request.Body.ShouldBe("""{"status":{"generation":18,"podsRunning":4}}""");
    }

    [Fact]
    public async Task Requests_CarryTheBearerToken_WhenThereIsOne()
    {
        using var client = TestClients.For(_server, token: new StaticTokenSource("s3cret"));
        _server.RespondJson(200, PodJson);
        _server.RespondJson(200, PodJson);

        await client.Pods().GetAsync("cell-1-2");
        await _client.Pods().GetAsync("cell-1-2");

        (await _server.NextRequestAsync()).Authorization.ShouldBe("Bearer s3cret");
        (await _server.NextRequestAsync()).Authorization.ShouldBeNull();
    }

    [Fact]
    public async Task SingleObjectCall_ForAllNamespaces_IsRejected() =>
        await Should.ThrowAsync<ArgumentException>(() => _client.Pods().GetAsync("x", KubeResources.AllNamespaces));
}
