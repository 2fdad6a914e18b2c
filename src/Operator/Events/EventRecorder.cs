using System.Text.Json;
using System.Threading.Channels;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansLife.Operator.Client;

namespace OrleansLife.Operator.Events;

/// <summary>
/// Records <c>core/v1</c> Events about objects, as client-go's event recorder does: <see cref="Record"/> only queues
/// (a full queue drops the event, so recording never waits), and one loop (<see cref="RunAsync"/>) correlates each event
/// (<see cref="EventCorrelator"/>: repeats bump a count, similar ones combine, spam is dropped) and writes it, trying
/// again while the API server cannot take it, as client-go does (12 attempts, 10 s apart, by default).
/// </summary>
public sealed partial class EventRecorder
{
    private readonly IKubernetes _client;
    private readonly EventRecorderOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly EventCorrelator _correlator;
    private readonly Channel<Corev1Event> _queue;
    private long _dropped;

    /// <summary>Creates a recorder that writes with <paramref name="client"/>.</summary>
    public EventRecorder(IKubernetes client, EventRecorderOptions? options = null, TimeProvider? timeProvider = null, ILogger<EventRecorder>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new EventRecorderOptions();
        _logger = logger ?? NullLogger<EventRecorder>.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _correlator = new EventCorrelator(_options, _time);
        _queue = Channel.CreateBounded<Corev1Event>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            // Wait, not DropWrite: TryWrite then says when the queue is full (nothing ever waits, as nobody calls WriteAsync).
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Events dropped because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues an event about <paramref name="involved"/>; returns at once, and never throws for the API's sake.</summary>
    /// <param name="involved">The object the event is about; its namespace is where the Event goes.</param>
    /// <param name="type"><c>Normal</c> or <c>Warning</c>.</param>
    /// <param name="reason">Why, in UpperCamelCase: what <c>kubectl describe</c> shows as Reason.</param>
    /// <param name="message">What happened, for a person.</param>
    public void Record(V1ObjectReference involved, string type, string reason, string message)
    {
        ArgumentNullException.ThrowIfNull(involved);
        var e = new Corev1Event
        {
            Metadata = new V1ObjectMeta { NamespaceProperty = involved.NamespaceProperty },
            InvolvedObject = involved,
            Type = type,
            Reason = reason,
            Message = message,
            Source = new V1EventSource { Component = _options.Component },
        };
        if (!_queue.Writer.TryWrite(e) && Interlocked.Increment(ref _dropped) == 1) EventRecorderLog.QueueFull(_logger, _options.QueueCapacity);
    }

    /// <summary>Writes the queued events until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var e in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_correlator.Correlate(e) is not { } write)
                {
                    EventRecorderLog.Spam(_logger, e.InvolvedObject.Name, e.Reason);
                    continue;
                }

                await WriteAsync(write, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what is still queued goes with the process, as with client-go's broadcaster.
        }
    }

    private async Task WriteAsync(EventWrite write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteOnceAsync(write, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                var e = write.Event;
                // One queue, one event at a time, as client-go's: an API server that is down holds the events behind it.
                if (attempt < _options.MaxWriteAttempts && KubeErrors.IsTransient(error))
                {
                    EventRecorderLog.WriteRetried(_logger, e.InvolvedObject.Name, e.Reason, attempt, _options.WriteRetryInterval, error.Message);
                    await Task.Delay(_options.WriteRetryInterval, _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // The board goes on either way; the log says what was lost.
                EventRecorderLog.WriteFailed(_logger, e.InvolvedObject.Name, e.Reason, e.Message, error);
                return;
            }
        }
    }

    private async Task WriteOnceAsync(EventWrite write, CancellationToken cancellationToken)
    {
        var e = write.Event;
        var ns = e.Metadata.NamespaceProperty;
        if (write.IsRepeat)
        {
            try
            {
                var patch = JsonSerializer.Serialize(new { count = e.Count, lastTimestamp = e.LastTimestamp, message = e.Message });
                await _client.CoreV1.PatchNamespacedEventAsync(new V1Patch(patch, V1Patch.PatchType.MergePatch), e.Metadata.Name, ns,
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception gone) when (KubeErrors.IsNotFound(gone))
            {
                // The Event expired (the API server keeps them an hour) or was deleted: create it again, count and all.
            }
        }

        await _client.CoreV1.CreateNamespacedEventAsync(e, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
