namespace OrleansLife.Grains.Boards.Catalog;

/// <summary>The durable store of boards (such as the Kubernetes API) could not take a change: nothing was changed.</summary>
[GenerateSerializer, Alias("BoardStoreUnavailableException")]
public sealed class BoardStoreUnavailableException(string message, Exception innerException) : Exception(message, innerException);
