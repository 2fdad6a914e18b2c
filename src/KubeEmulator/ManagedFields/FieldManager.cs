using System.Text.Json.Nodes;
using OrleansLife.KubeEmulator.Errors;
using OrleansLife.KubeEmulator.Objects;
using OrleansLife.KubeEmulator.Resources;

namespace OrleansLife.KubeEmulator.ManagedFields;

/// <summary>
/// Keeps <c>metadata.managedFields</c> as the API server's field manager does. An update gives its manager the fields
/// whose values it changed, taking them from everyone else; an apply makes its manager own exactly the applied fields,
/// refuses (409) to change a field another manager owns unless forced, and removes the fields it no longer applies
/// when nobody else owns them.
/// </summary>
internal static class FieldManager
{
    /// <summary>Records the write of <paramref name="updated"/> over <paramref name="current"/> (null on create) in <paramref name="updated"/>.</summary>
    public static void Track(ResourceType type, JsonObject? current, JsonObject updated, WriteOptions write, bool statusOnly, DateTimeOffset now)
    {
        var entries = ManagedFieldsEntry.Read(current);
        var subresource = statusOnly ? "status" : null;
        var time = Timestamps.Format(now);
        var change = new Change(FieldSet.Walk(current), FieldSet.Walk(updated));
        if (write.Applied is { } applied && write.Manager is { } applier)
        {
            entries = Apply(type, entries, change, updated, applied, applier, subresource, write.Force, time);
        }
        else
        {
            var scope = FieldSet.Of(change.After, statusOnly, withoutStatus: type.HasStatus && !statusOnly);
            var changed = current is null ? scope : scope.Where(change.Differs);
            var removed = change.Removed;
            entries = [.. entries.Select(e => e with { Fields = e.Fields.Except(removed).Except(changed) })];
            if (write.Manager is { } manager) entries = Own(entries, manager, ManagedFieldsEntry.Update, type.ApiVersion, subresource, changed, time, replace: false);
        }
        entries = [.. entries.Where(e => !e.Fields.IsEmpty)];
        var metadata = Meta.Of(updated);
        if (entries.Count == 0) metadata.Remove("managedFields");
        else metadata["managedFields"] = new JsonArray([.. entries.Select(e => (JsonNode)e.ToJson())]);
    }

    private static List<ManagedFieldsEntry> Apply(
        ResourceType type, List<ManagedFieldsEntry> entries, Change change, JsonObject updated, FieldSet applied, string manager,
        string? subresource, bool force, string time)
    {
        bool Mine(ManagedFieldsEntry e) => e.SameManagerAs(manager, ManagedFieldsEntry.Apply, type.ApiVersion, subresource);
        var conflicts = entries.Where(e => !Mine(e))
            .SelectMany(e => e.Fields.Intersect(applied).Paths.Where(change.Differs).Select(p => (Entry: e, Path: p)))
            .ToList();
        if (conflicts.Count > 0 && !force) throw Conflict(conflicts);
        entries = [.. entries.Select(e => Mine(e) ? e : e with { Fields = e.Fields.Where(p => !conflicts.Any(c => c.Entry == e && c.Path == p)) })];

        // What this manager applied before and applies no more goes, unless someone else still owns it.
        var before = entries.FirstOrDefault(Mine)?.Fields ?? FieldSet.Empty;
        var others = entries.Where(e => !Mine(e)).Aggregate(FieldSet.Empty, (all, e) => all.Union(e.Fields));
        var dropped = before.Except(applied).Except(others);
        var changed = !before.SetEquals(applied) || applied.Paths.Any(change.Differs);
        if (!dropped.IsEmpty)
        {
            foreach (var path in dropped.Paths.OrderByDescending(p => p.Length)) FieldPath.Remove(updated, path);
            change = change with { After = FieldSet.Walk(updated) };
        }

        var removed = change.Removed;
        entries = [.. entries.Select(e => e with { Fields = e.Fields.Except(removed) })];
        return Own(entries, manager, ManagedFieldsEntry.Apply, type.ApiVersion, subresource, applied, changed ? time : null, replace: true);
    }

    /// <summary>Gives <paramref name="fields"/> to the manager's entry, adding it last if it has none; a null time keeps the entry's.</summary>
    private static List<ManagedFieldsEntry> Own(
        List<ManagedFieldsEntry> entries, string manager, string operation, string apiVersion, string? subresource, FieldSet fields, string? time, bool replace)
    {
        var index = entries.FindIndex(e => e.SameManagerAs(manager, operation, apiVersion, subresource));
        if (index < 0)
        {
            if (!fields.IsEmpty) entries.Add(new ManagedFieldsEntry(manager, operation, apiVersion, subresource, time, fields));
            return entries;
        }
        var entry = entries[index];
        var owned = replace ? fields : entry.Fields.Union(fields);
        var touched = !owned.SetEquals(entry.Fields) || (!replace && !fields.IsEmpty);
        entries[index] = entry with { ApiVersion = apiVersion, Fields = owned, Time = touched ? time ?? entry.Time : entry.Time };
        return entries;
    }

    /// <summary>An object's fields before and after a write, and what the write did to them.</summary>
    private sealed record Change(Dictionary<string, JsonNode> Before, Dictionary<string, JsonNode> After)
    {
        public FieldSet Removed => FieldSet.Of(Before, false, false).Except(FieldSet.Of(After, false, false));

        /// <summary>Whether the write changes a field: a value for a leaf, presence for a list item.</summary>
        public bool Differs(string path)
        {
            var had = Before.TryGetValue(path, out var before);
            var has = After.TryGetValue(path, out var after);
            var last = path.LastIndexOf(FieldPath.Separator) + 1;
            var item = string.CompareOrdinal(path, last, "f:", 0, 2) != 0;
            return had != has || (!item && had && !JsonNode.DeepEquals(before, after));
        }
    }

    private static ApiException Conflict(List<(ManagedFieldsEntry Entry, string Path)> conflicts)
    {
        var ordered = conflicts
            .Select(c => (Manager: c.Entry.Describe(), Field: FieldPath.Display(c.Path)))
            .OrderBy(c => c.Manager, StringComparer.Ordinal).ThenBy(c => c.Field, StringComparer.Ordinal)
            .ToList();
        var message = ordered.Count == 1
            ? $"Apply failed with 1 conflict: conflict with {ordered[0].Manager}: {ordered[0].Field}"
            : $"Apply failed with {ordered.Count} conflicts: " + string.Join('\n', ordered.GroupBy(c => c.Manager)
                .Select(g => $"conflicts with {g.Key}:\n" + string.Join('\n', g.Select(c => $"- {c.Field}"))));
        var causes = new JsonArray([.. ordered.Select(c => (JsonNode)new JsonObject
        {
            ["type"] = "FieldManagerConflict",
            ["message"] = $"conflict with {c.Manager}",
            ["field"] = c.Field,
        })]);
        return new ApiException(409, "Conflict", message, new JsonObject { ["causes"] = causes });
    }
}
