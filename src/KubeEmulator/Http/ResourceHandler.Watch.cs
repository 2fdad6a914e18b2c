using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Resources;
using OrleansLife.KubeEmulator.Selectors;
using OrleansLife.KubeEmulator.Storage;
using OrleansLife.KubeEmulator.Tables;
using OrleansLife.KubeEmulator.Watching;

namespace OrleansLife.KubeEmulator.Http;

internal sealed partial class ResourceHandler
{
    // kube-apiserver's --min-request-timeout: a watch without timeoutSeconds lasts between one and two of these.
    private const int MinRequestTimeoutSeconds = 1800;

    private async Task WatchAsync(HttpContext http, ResourceType type, string? ns, string? name, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var format = OutputFormat.Negotiate(request.Headers.Accept);
        var filter = RequestReader.Filter(request, type);
        if (name is not null)
        {
            filter = filter with { Fields = FieldSelector.Parse($"metadata.name={name}", type) };
        }
        var sendInitialEvents = RequestReader.OptionalFlag(request, "sendInitialEvents");
        if (sendInitialEvents is not null && request.Query["resourceVersionMatch"] != "NotOlderThan")
        {
            throw ApiErrors.Invalid("meta.k8s.io", "ListOptions", "",
                [FieldError.Forbidden("resourceVersionMatch", "sendInitialEvents requires setting resourceVersionMatch to NotOlderThan")]);
        }
        var start = Start(request.Query["resourceVersion"].ToString(), sendInitialEvents);
        var timeout = TimeSpan.FromSeconds(RequestReader.Int64(request, "timeoutSeconds")
            ?? RandomNumberGenerator.GetInt32(MinRequestTimeoutSeconds, 2 * MinRequestTimeoutSeconds));
        var stream = new WatchStream(http, type, format, new TableRequest(format.MetaVersion,
            TableRequest.ParseIncludeObject(request.Query["includeObject"]), false, time.GetUtcNow()), time);

        StoreSubscription subscription;
        try
        {
            subscription = service.Store.Subscribe(type.StorageKey, ns, start, droppable: true);
        }
        catch (ApiException unservable)
        {
            // Past parameter validation the API server reports watch errors as an ERROR event on a 200 stream.
            await stream.StartAsync(cancellationToken);
            stream.WriteError(unservable.ToStatus());
            await stream.FlushAsync(cancellationToken);
            return;
        }
        using (subscription)
        {
            using var deadline = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            try
            {
                await stream.StartAsync(linked.Token);
                await PumpAsync(stream, subscription, filter, sendInitialEvents == true, RequestReader.Flag(request, "allowWatchBookmarks"), linked.Token);
            }
            catch (OperationCanceledException)
            {
                // The timeout passed or the client went away: either way the stream just ends.
            }
            catch (WatchDroppedException)
            {
                http.Abort();
            }
        }
    }

    private async Task PumpAsync(WatchStream stream, StoreSubscription subscription, ObjectFilter filter, bool initialEventsEnd, bool bookmarks, CancellationToken cancellationToken)
    {
        foreach (var change in subscription.Initial) stream.WriteIfVisible(change, filter);
        if (initialEventsEnd) stream.WriteBookmark(subscription.StartResourceVersion, initialEventsEnd: true);
        await stream.FlushAsync(cancellationToken);
        Task<bool>? read = null;
        Task? bookmark = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            read ??= subscription.Events.WaitToReadAsync(cancellationToken).AsTask();
            if (bookmarks) bookmark ??= Task.Delay(options.BookmarkInterval, time, cancellationToken);
            var done = await Task.WhenAny(bookmark is null ? [read] : [read, bookmark]);
            if (done == read)
            {
                if (!await read) return;
                read = null;
                while (subscription.Events.TryRead(out var change)) stream.WriteIfVisible(change, filter);
            }
            else
            {
                await bookmark!;
                bookmark = null;
                if (service.Store.BookmarkResourceVersion(subscription) is { } version)
                {
                    stream.WriteBookmark(version, initialEventsEnd: false);
                }
            }
            await stream.FlushAsync(cancellationToken);
        }
    }

    private static WatchStart Start(string resourceVersion, bool? sendInitialEvents)
    {
        if (sendInitialEvents == true) return WatchStart.CurrentState;
        if (resourceVersion.Length == 0) return sendInitialEvents == false ? WatchStart.Now : WatchStart.CurrentState;
        if (!long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw ApiErrors.Invalid("meta.k8s.io", "ListOptions", "",
                [FieldError.Invalid("resourceVersion", resourceVersion, "must be a non-negative integer")]);
        }
        if (version == 0) return sendInitialEvents == false ? WatchStart.Now : WatchStart.CurrentState;
        return WatchStart.After(version);
    }
}
