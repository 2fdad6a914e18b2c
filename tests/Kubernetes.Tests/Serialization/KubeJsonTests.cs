using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansLife.Kubernetes.Leases;
using OrleansLife.Kubernetes.Meta;
using OrleansLife.Kubernetes.Pods;
using OrleansLife.Kubernetes.Serialization;
using OrleansLife.Kubernetes.Tests.Fakes;

namespace OrleansLife.Kubernetes.Tests.Serialization;

public class KubeJsonTests
{
    // A pod as a real API server returns it, trimmed, with fields at every level that the models do not know.
    private const string ServerPod = """
        {
          "apiVersion": "v1", "kind": "Pod",
          "metadata": {
            "name": "cell-3-4", "namespace": "life", "uid": "7c1d", "resourceVersion": "812", "generation": 1,
            "creationTimestamp": "2025-06-01T12:00:00Z", "labels": {"app": "cell"},
            "managedFields": [{"manager": "kubectl", "operation": "Update"}]
          },
          "spec": {
            "containers": [{
              "name": "cell", "image": "ghcr.io/orleanslife/cell:1",
              "ports": [{"containerPort": 8080}],
              "resources": {"requests": {"cpu": "5m", "memory": "8Mi"}, "limits": {"memory": "16Mi"}, "claims": []},
              "securityContext": {"runAsNonRoot": true, "capabilities": {"drop": ["ALL"], "future": 1}, "seccompProfile": {"type": "RuntimeDefault"}}
            }],
            "restartPolicy": "Never", "terminationGracePeriodSeconds": 0, "nodeName": "kind-worker",
            "volumes": [{"name": "tmp", "emptyDir": {}}]
          },
          "status": {
            "phase": "Running", "podIP": "10.244.1.7", "hostIP": "172.18.0.2",
            "conditions": [{"type": "Ready", "status": "True", "lastProbeTime": null, "lastTransitionTime": "2025-06-01T12:00:03Z", "extra": "x"}],
            "containerStatuses": [{"name": "cell", "ready": true, "restartCount": 0, "state": {"running": {"startedAt": "2025-06-01T12:00:02Z"}}, "imageID": "sha256:ab"}]
          },
          "someFutureField": {"nested": [1, 2, 3]}
        }
        """;

    [Fact]
    public void UnknownFields_SurviveReadModifyWrite_AtEveryLevel()
    {
        var pod = JsonSerializer.Deserialize<Pod>(ServerPod, KubeJson.Options)!;
        pod.Metadata.Labels!["generation"] = "5";

        var written = JsonSerializer.Serialize(pod, KubeJson.Options);

        var expected = JsonNode.Parse(ServerPod)!;
        expected["metadata"]!["labels"]!["generation"] = "5";
        // A null the server sent is not one we write back: nulls are omitted.
        expected["status"]!["conditions"]![0]!.AsObject().Remove("lastProbeTime");
        JsonAssert.Equal(expected.ToJsonString(), written);
    }

    [Fact]
    public void KnownFields_AreTyped()
    {
        var pod = JsonSerializer.Deserialize<Pod>(ServerPod, KubeJson.Options)!;

        pod.Metadata.CreationTimestamp.ShouldBe(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        pod.Spec!.Containers[0].Resources!.Requests!["cpu"].ShouldBe("5m");
        pod.Spec.Containers[0].SecurityContext!.Capabilities!.Drop.ShouldBe(["ALL"]);
        pod.Spec.TerminationGracePeriodSeconds.ShouldBe(0);
        pod.Status!.ContainerStatuses![0].State!.Running!.StartedAt.ShouldBe(new DateTimeOffset(2025, 6, 1, 12, 0, 2, TimeSpan.Zero));
        pod.Status.Conditions![0].LastTransitionTime!.Value.Second.ShouldBe(3);
    }

    [Fact]
    public void NewObject_WritesTypeInformation_AndOmitsUnsetFields()
    {
        var pod = new Pod { Metadata = new ObjectMeta { Name = "p" }, Spec = new PodSpec { Containers = [new Container { Name = "c", Image = "i" }] } };

        JsonAssert.Equal("""{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"i"}]}}""",
            JsonSerializer.Serialize(pod, KubeJson.Options));
    }

    [Fact]
    public void Times_AreWrittenAsTheServerExpects_SecondsForTime_MicrosecondsForMicroTime()
    {
        var at = new DateTimeOffset(2025, 6, 1, 14, 30, 5, 123, TimeSpan.FromHours(2)).AddTicks(4560);
        var lease = new Lease
        {
            Metadata = new ObjectMeta { Name = "l", CreationTimestamp = at },
            Spec = new LeaseSpec { RenewTime = at, AcquireTime = at, LeaseDurationSeconds = 15, HolderIdentity = "silo-0", LeaseTransitions = 2 },
        };

        JsonAssert.Equal("""
            {"apiVersion":"coordination.k8s.io/v1","kind":"Lease",
             "metadata":{"name":"l","creationTimestamp":"2025-06-01T12:30:05Z"},
             "spec":{"holderIdentity":"silo-0","leaseDurationSeconds":15,
                     "acquireTime":"2025-06-01T12:30:05.123456Z","renewTime":"2025-06-01T12:30:05.123456Z","leaseTransitions":2}}
            """, JsonSerializer.Serialize(lease, KubeJson.Options));
    }

    [Fact]
    public void MicroTime_ReadsBackToTheMicrosecond()
    {
        var spec = JsonSerializer.Deserialize<LeaseSpec>("""{"renewTime":"2025-06-01T12:30:05.123456Z"}""", KubeJson.Options)!;

        spec.RenewTime.ShouldBe(new DateTimeOffset(2025, 6, 1, 12, 30, 5, 123, TimeSpan.Zero).AddTicks(4560));
    }

    [Fact]
    public void JsonNodePatch_KeepsExplicitNulls_SoMergePatchCanRemoveFields()
    {
        var patch = new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["stale"] = null } } };

        JsonSerializer.Serialize<object>(patch, KubeJson.Options).ShouldBe("""{"metadata":{"labels":{"stale":null}}}""");
    }
}
