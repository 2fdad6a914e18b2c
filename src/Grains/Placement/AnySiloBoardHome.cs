namespace OrleansLife.Grains.Placement;

/// <summary>Boards may live on any silo: without Kubernetes they have no pods and nothing ties them to one.</summary>
public sealed class AnySiloBoardHome : IBoardHome
{
    public static AnySiloBoardHome Instance { get; } = new();

    public SiloAddress? Find() => null;
}
