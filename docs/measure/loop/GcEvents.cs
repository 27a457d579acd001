using System.Diagnostics.Tracing;

/// <summary>
/// The garbage collections of this process, by generation, from the runtime's own events: how many, how long the
/// program was paused for them (suspension to restart) and how many bytes each promoted. A load keeps what it
/// parses, and every collection copies what is kept since the one before: this says where a load's pauses go.
/// </summary>
internal sealed class GcEvents : EventListener
{
    private readonly object gate = new();
    private readonly List<(int Generation, double PauseMs, long Promoted)> collections = [];
    private double suspendedAt;
    private int generation = -1;
    private long promoted;

    /// <summary>Forgets the collections seen so far.</summary>
    public void Clear()
    {
        lock (gate)
        {
            collections.Clear();
        }
    }

    /// <summary>The collections since <see cref="Clear"/>, by generation: "gen0 x20 48 ms 24.3 MB promoted; ...".</summary>
    public string Summary()
    {
        lock (gate)
        {
            return string.Join("; ", collections.GroupBy(c => c.Generation).OrderBy(g => g.Key)
                .Select(g => $"gen{g.Key} x{g.Count()} {g.Sum(c => c.PauseMs):F0} ms {g.Sum(c => c.Promoted) / 1e6:F1} MB promoted"));
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)1); // GC
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        lock (gate)
        {
            switch (e.EventName)
            {
                case "GCSuspendEEBegin_V1":
                    suspendedAt = e.TimeStamp.Ticks / 1e4;
                    break;
                case "GCStart_V2":
                    generation = Convert.ToInt32(e.Payload![1]);
                    break;
                case "GCHeapStats_V2": // the bytes promoted out of (or within) generations 0, 1 and 2
                    promoted = Convert.ToInt64(e.Payload![1]) + Convert.ToInt64(e.Payload![3]) + Convert.ToInt64(e.Payload![5]);
                    break;
                case "GCRestartEEEnd_V1" when generation >= 0:
                    collections.Add((generation, e.TimeStamp.Ticks / 1e4 - suspendedAt, promoted));
                    generation = -1;
                    break;
            }
        }
    }
}
