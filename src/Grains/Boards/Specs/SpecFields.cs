namespace OrleansLife.Grains.Boards.Specs;

/// <summary>The JSON names of <see cref="BoardSpec"/>'s fields: the keys of validation errors.</summary>
internal static class SpecFields
{
    public const string Name = "name";
    public const string Width = "width";
    public const string Height = "height";
    public const string Topology = "topology";
    public const string Rule = "rule";
    public const string Pattern = "pattern";
    public const string Rle = "rle";
    public const string Text = "text";
    public const string Cells = "cells";
    public const string Random = "random";
    public const string RandomDensity = "random.density";
    public const string TickMilliseconds = "tickMilliseconds";
    public const string MaxGenerations = "maxGenerations";
    public const string OffsetX = "offsetX";
    public const string OffsetY = "offsetY";
    public const string Pacing = "pacing";
    public const string PodTimeoutMilliseconds = "podTimeoutMilliseconds";
    public const string MaxPods = "maxPods";

    public static string Cell(int index) => $"cells[{index}]";
}
