using System.Text.Json.Nodes;
using k8s;
using OrleansLife.Grains.Cells;
using OrleansLife.Operator.Pods;

namespace OrleansLife.Operator.Tests.Pods;

public sealed class CellPodFactoryTests
{
    [Fact]
    public void Create_MakesATinyRestrictedPod_LabelledWithItsCell_AndOwnedByItsBoard()
    {
        var options = new CellPodOptions();
        options.Labels["team"] = "life";
        var factory = new CellPodFactory(options);

        var pod = factory.Create("glider", new Coordinate(-3, 12), 7, new BoardOwner("glider", "uid-1"), "life");

        var json = JsonNode.Parse(KubernetesJson.Serialize(pod))!;
        var expected = JsonNode.Parse("""
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {
                "name": "glider-m3-12",
                "namespace": "life",
                "labels": {
                  "team": "life",
                  "app.kubernetes.io/name": "orleanslife-cell",
                  "app.kubernetes.io/managed-by": "orleanslife",
                  "orleanslife.io/board": "glider",
                  "orleanslife.io/x": "m3",
                  "orleanslife.io/y": "12",
                  "orleanslife.io/born": "7"
                },
                "ownerReferences": [ { "apiVersion": "orleanslife.io/v1", "kind": "Board", "name": "glider", "uid": "uid-1", "controller": true } ]
              },
              "spec": {
                "containers": [ {
                  "name": "cell",
                  "image": "registry.k8s.io/pause:3.10",
                  "imagePullPolicy": "IfNotPresent",
                  "resources": { "requests": { "cpu": "1m", "memory": "4Mi" }, "limits": { "cpu": "10m", "memory": "8Mi" } },
                  "securityContext": {
                    "runAsNonRoot": true,
                    "readOnlyRootFilesystem": true,
                    "allowPrivilegeEscalation": false,
                    "capabilities": { "drop": [ "ALL" ] },
                    "runAsUser": 65535,
                    "seccompProfile": { "type": "RuntimeDefault" }
                  }
                } ],
                "terminationGracePeriodSeconds": 1,
                "restartPolicy": "Always",
                "automountServiceAccountToken": false,
                "enableServiceLinks": false
              }
            }
            """);
        JsonNode.DeepEquals(json, expected).ShouldBeTrue(json.ToJsonString());
    }

    [Fact]
    public void Create_WithoutABoardObject_HasNoOwnerReference() =>
        new CellPodFactory(new CellPodOptions()).Create("b", new Coordinate(0, 0), 0, owner: null, "ns").Metadata.OwnerReferences.ShouldBeNull();

    [Fact]
    public void BoardSelector_SelectsTheManagedCellsOfOneBoard() =>
        CellPodLabels.BoardSelector("glider").ShouldBe(
            "app.kubernetes.io/managed-by=orleanslife,app.kubernetes.io/name=orleanslife-cell,orleanslife.io/board=glider");
}
