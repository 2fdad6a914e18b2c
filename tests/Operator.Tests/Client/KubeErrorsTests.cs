using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Tests.Client;

public sealed class KubeErrorsTests
{
    [Theory]
    [InlineData(404, true, false, false)]
    [InlineData(409, false, true, false)]
    [InlineData(410, false, false, true)]
    [InlineData(500, false, false, false)]
    public void AnAnswersStatus_SaysWhatWentWrong(int status, bool notFound, bool conflict, bool gone)
    {
        var error = Answer(status);

        (KubeErrors.IsNotFound(error), KubeErrors.IsConflict(error), KubeErrors.IsGone(error)).ShouldBe((notFound, conflict, gone));
    }

    [Fact]
    public void AStatusInAWatchStream_IsReadLikeAnAnswer() =>
        KubeErrors.IsGone(new KubernetesException(new V1Status { Code = 410, Reason = "Expired" })).ShouldBeTrue();

    [Theory]
    [InlineData(429, true)]
    [InlineData(401, true)]
    [InlineData(403, true)]
    [InlineData(503, true)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(422, false)]
    public void Unavailable_MeansTheStoreFailed_NotTheRequest(int status, bool unavailable) =>
        KubeErrors.IsUnavailable(Answer(status)).ShouldBe(unavailable);

    [Fact]
    public void AnUnreachableServer_IsUnavailable() =>
        (KubeErrors.IsUnavailable(new HttpRequestException("refused")), KubeErrors.IsUnavailable(new TimeoutException())).ShouldBe((true, true));

    [Fact]
    public void RetryAfter_IsReadInSeconds()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        var error = new HttpOperationException { Response = new HttpResponseMessageWrapper(response, "") };

        KubeErrors.RetryAfter(error).ShouldBe(TimeSpan.FromSeconds(7));
    }

    private static HttpOperationException Answer(int status)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        return new HttpOperationException { Response = new HttpResponseMessageWrapper(response, "") };
    }
}
