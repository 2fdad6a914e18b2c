namespace OrleansLife.Api.Access;

/// <summary>The cluster could not review a token or an access (unreachable, or refused the silo): the caller gets a 503, not a 401.</summary>
public sealed class AccessReviewUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
