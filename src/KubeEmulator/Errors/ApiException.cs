using System.Text.Json.Nodes;

namespace OrleansLife.KubeEmulator.Errors;

/// <summary>A failed API call, carrying everything the <c>Status</c> object the server answers with needs.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int code, string reason, string message, JsonObject? details = null)
        : base(message)
    {
        Code = code;
        Reason = reason;
        Details = details;
    }

    public int Code { get; }

    public string Reason { get; }

    /// <summary>The <c>details</c> object; null where the server omits it.</summary>
    public JsonObject? Details { get; }

    /// <summary>Seconds for a <c>Retry-After</c> header, when the client should retry.</summary>
    public int? RetryAfterSeconds { get; init; }

    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message,
            ["reason"] = Reason,
        };
        if (Details is not null) status["details"] = Details.DeepClone();
        status["code"] = Code;
        return status;
    }
}
