namespace OrleansLife.Grains.Clustering;

/// <summary>A silo left the cluster while a board computed a generation: the generation is not trusted, and the board rebuilds its cells.</summary>
[GenerateSerializer, Alias("silo-lost")]
public sealed class SiloLostException : Exception
{
    public SiloLostException(string board, long generation)
        : base($"A silo left the cluster while board '{board}' computed generation {generation}.")
    {
    }

    public SiloLostException()
    {
    }

    public SiloLostException(string message) : base(message)
    {
    }

    public SiloLostException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
