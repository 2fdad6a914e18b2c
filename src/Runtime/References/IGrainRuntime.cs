namespace OrleansLife.Runtime.References;

/// <summary>What a grain reference sends its messages through; opaque to grain authors.</summary>
public interface IGrainRuntime : IGrainFactory;
