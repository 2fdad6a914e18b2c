using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using OrleansLife.Operator.Boards.Objects;

namespace OrleansLife.Operator.Tests.Boards.Objects;

/// <summary>The Board model as KubernetesClient's serializer reads and writes it.</summary>
public sealed class BoardTests
{
    private const string Glider = """
        {
          "apiVersion": "orleanslife.io/v1", "kind": "Board",
          "metadata": {"name": "glider", "namespace": "life", "resourceVersion": "41", "generation": 2},
          "spec": {
            "width": 32, "height": 24, "topology": "torus", "rule": "B3/S23", "pattern": "glider",
            "rle": "bob$2bo$3o!", "text": ".O.", "random": {"density": 0.35, "seed": 42},
            "tickMilliseconds": 500, "maxGenerations": 1000, "offsetX": 3, "offsetY": 4,
            "pacing": "lockstep", "waitForRunning": true, "maxPods": 200, "colour": "green"
          },
          "status": {
            "phase": "Running", "observedGeneration": 2, "generation": 17, "population": 5, "podsDesired": 5, "podsExisting": 5, "podsRunning": 4,
            "conditions": [{"type": "Ready", "status": "False", "observedGeneration": 2, "lastTransitionTime": "2025-06-01T12:00:00Z", "reason": "PodsStarting", "message": "4/5"}],
            "cells": [[1, 0], [2, 1], [0, 2], [1, 2], [2, 2]],
            "lastError": ""
          }
        }
        """;

    [Fact]
    public void Board_ReadsEveryModelledField()
    {
        var board = KubernetesJson.Deserialize<Board>(Glider);

        var spec = board.Spec!;
        (spec.Width, spec.Height, spec.Topology, spec.Rule, spec.Pattern).ShouldBe((32, 24, "torus", "B3/S23", "glider"));
        (spec.Rle, spec.Text, spec.Random!.Density, spec.Random.Seed).ShouldBe(("bob$2bo$3o!", ".O.", 0.35, 42L));
        (spec.TickMilliseconds, spec.MaxGenerations, spec.OffsetX, spec.OffsetY).ShouldBe((500, 1000L, 3, 4));
        (spec.Pacing, spec.WaitForRunning, spec.MaxPods).ShouldBe(("lockstep", true, 200));
        var status = board.Status!;
        (status.Phase, status.ObservedGeneration, status.Generation, status.Population).ShouldBe(("Running", 2L, 17L, 5));
        (status.PodsDesired, status.PodsExisting, status.PodsRunning).ShouldBe((5, 5, 4));
        status.Conditions![0].ObservedGeneration.ShouldBe(2);
        status.Cells.ShouldBe([new BoardCell(1, 0), new BoardCell(2, 1), new BoardCell(0, 2), new BoardCell(1, 2), new BoardCell(2, 2)]);
    }

    [Fact]
    public void Board_RoundTrips_IncludingUnknownSpecAndStatusFields()
    {
        var board = KubernetesJson.Deserialize<Board>(Glider);

        JsonNode.DeepEquals(JsonNode.Parse(Glider), JsonNode.Parse(KubernetesJson.Serialize(board))).ShouldBeTrue(KubernetesJson.Serialize(board));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"x\":1,\"y\":2}")]
    public void BoardCell_ThatIsNotAPair_IsRejected(string json) =>
        Should.Throw<JsonException>(() => KubernetesJson.Deserialize<BoardCell>(json));
}
