namespace OrleansLife.KubeEmulator.Tables;

/// <summary>A <c>columnDefinitions</c> entry of a <c>meta.k8s.io/v1</c> Table; priority above 0 shows only with <c>-o wide</c>.</summary>
internal sealed record TableColumn(string Name, string Type, string Description, int Priority = 0, string Format = "");
