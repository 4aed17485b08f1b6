using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Reopen.Functions.Hosting.Storage;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.Functions.Supervision.FollowUps;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;

namespace Reopen.Bench;

/// <summary>
/// The follow-up sweep at district scale: 100,000 look-backs and spot checks planned over 30 district days, the sweep's
/// cursor at the first day and its clock at that day's last millisecond, so one sweep finds the whole day due and none of
/// the 29 days after it. Timed against the bare storage work of the same rows (a range query per partition, an insert
/// and a delete per row, the sweep's parallelism); the app's Table requests are watched in its client's pipeline for
/// what the sweep reads and where it writes.
/// </summary>
internal static class SweepBench
{
    private const int Planned = 100_000;
    private const int Days = 30;
    private const int Seed = 20260310;
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    // FollowUpSweep's own parallelism, for the floor to match.
    private const int PartitionsAtOnce = FollowUpRow.Shards;
    private const int RowsAtOncePerPartition = 4;

    public static async Task RunAsync(string connectionString)
    {
        var traffic = new SweepStorageTraffic();
        var warnings = new WarningLog();
        var clock = new SetClock();
        await using var app = await ReopenTestApp.StartAsync(connectionString, o =>
        {
            o.Settings["Reopen:Policy"] = "default";
            o.Settings["Logging:LogLevel:Default"] = "Warning";
            o.ConfigureServices = services =>
            {
                // The app's own client, with the watcher in its pipeline.
                services.Replace(ServiceDescriptor.Singleton(_ =>
                    new StorageConnection(connectionString, null, null, false).CreateClient(options => traffic.AddTo(options))));
                // Only the sweep runs on the set clock: the rest of the app keeps real time.
                services.Replace(ServiceDescriptor.Singleton(sp => ActivatorUtilities.CreateInstance<FollowUpSweep>(sp, clock)));
                services.AddSingleton<ILoggerProvider>(warnings);
            };
        });
        var policy = app.GetRequiredService<DistrictPolicy>();
        var schedule = app.GetRequiredService<FollowUpSchedule>();
        var sweep = app.GetRequiredService<FollowUpSweep>();
        var followUps = app.GetRequiredService<AppTables>().Get(FollowUpSchedule.TableName);

        var day = BeijingTime.Day(DateTimeOffset.UtcNow);
        var rows = Plan(policy, day);
        var dueRows = rows.Where(r => BeijingTime.Day(r.DueAt) == day).ToArray();
        var notDue = rows.Length - dueRows.Length;
        Console.WriteLine($"sweep: planting {rows.Length:N0} follow-ups (look-backs and spot checks) over {Days} district days from {day:yyyy-MM-dd}, " +
            $"{FollowUpRow.Shards} partitions a day ...");
        var planting = Stopwatch.GetTimestamp();
        // One partition per call, so each call is a run of 100-row transactions; four at once to fill Azurite.
        await Parallel.ForEachAsync(rows.GroupBy(r => r.PartitionKey), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (partition, ct) => await schedule.WriteAsync([.. partition], ct));
        Console.WriteLine($"sweep: planted in {Stopwatch.GetElapsedTime(planting).TotalSeconds:F1} s (not timed against the target)");

        // The days before were swept already: the cursor says the sweep starts at the first planted day.
        await followUps.UpsertEntityAsync(new TableEntity("cursor", "sweep") { ["Day"] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) },
            TableUpdateMode.Replace);
        clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59, 999)), BeijingTime.Offset);
        var dueBy = FollowUpRow.DueBy(clock.Now);

        traffic.Watch(followUps.Name, dueBy, day);
        warnings.Watching = true;
        var started = Stopwatch.GetTimestamp();
        var result = await sweep.RunAsync(CancellationToken.None);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        warnings.Watching = false;
        var seen = traffic.Stop();

        var outbox = app.GetRequiredService<DevOutboxStore>();
        var (emails, sms) = (await outbox.CountAsync(channel: "email"), await outbox.CountAsync(channel: "sms"));
        var left = 0;
        for (var shard = 0; shard < FollowUpRow.Shards; shard++)
            await foreach (var _ in schedule.DueAsync(FollowUpRow.PartitionOf(day, shard), clock.Now, CancellationToken.None)) left++;

        Console.WriteLine($"sweep: clock at {clock.Now.ToOffset(BeijingTime.Offset):yyyy-MM-dd HH:mm:ss.fff} district time, cursor at {day:yyyy-MM-dd}");
        Console.WriteLine($"sweep: rows due in the day {dueRows.Length:N0}; rows not yet due (the other {Days - 1} days) {notDue:N0}");
        Console.WriteLine($"sweep: result Due {result.Due:N0}, Assigned {result.Assigned:N0}, Reminded {result.Reminded:N0}, Skipped {result.Skipped:N0}, " +
            $"Failed {result.Failed:N0}, PartitionsRead {result.PartitionsRead}");
        Console.WriteLine($"sweep: elapsed {seconds:F1} s; under 30 s: {(seconds < 30 ? "yes" : "NO")}");
        Console.WriteLine($"sweep: afterwards the dev outbox holds {emails:N0} emails and {sms:N0} SMS; {left:N0} due rows left in the day's partitions");
        foreach (var (reason, count) in warnings.Reasons.OrderByDescending(r => r.Value).Take(5))
            Console.WriteLine($"sweep: warning ×{count:N0}: {reason}");

        Console.WriteLine($"reads: FollowUps GET requests {seen.Queries + seen.PointReads} ({seen.Queries} range queries, {seen.PointReads} point reads); " +
            $"other GETs {seen.OtherReads}");
        Console.WriteLine($"reads: entities the FollowUps queries returned {seen.Returned:N0} (SweepResult.Due {result.Due:N0}); " +
            $"of them not due or of another day {seen.ReturnedNotDue:N0}; not-due rows in the table {notDue:N0}" +
            (seen.UnreadResponses > 0 ? $"; {seen.UnreadResponses} query responses could not be read" : ""));
        Console.WriteLine($"reads: storage requests during the sweep {seen.Requests:N0} in all, {(double)seen.Requests / Math.Max(1, result.Due):F2} per due row");

        var prefix = app.TablePrefix;
        string Name(string table) => table.StartsWith(prefix, StringComparison.Ordinal) ? table[prefix.Length..] : table;
        var writes = seen.Writes.Sum(w => w.Value);
        var largest = seen.Writes.OrderByDescending(w => w.Value).FirstOrDefault();
        var largestShare = 100.0 * largest.Value / Math.Max(1, writes);
        Console.WriteLine($"writes: {writes:N0} write requests over {seen.Writes.Count:N0} (table, partition) pairs; by table " +
            string.Join(", ", seen.Writes.GroupBy(w => Name(w.Key.Table)).OrderByDescending(g => g.Sum(w => w.Value)).Select(g => $"{g.Key} {g.Sum(w => w.Value):N0}")));
        Console.WriteLine($"writes: largest partition {Name(largest.Key.Table)}/{largest.Key.Partition} with {largest.Value:N0} = {largestShare:F1} % of all writes; " +
            $"≤ 10 %: {(largestShare <= 10 ? "yes" : "NO")}");
        // The dev outbox stands in for the mail and SMS providers (HTTP calls, not rows, in production): one partition by design.
        var devOutbox = prefix + DevOutboxStore.TableName;
        var appWrites = seen.Writes.Where(w => w.Key.Table != devOutbox).ToArray();
        var appLargest = appWrites.OrderByDescending(w => w.Value).FirstOrDefault();
        var appShare = 100.0 * appLargest.Value / Math.Max(1, appWrites.Sum(w => w.Value));
        Console.WriteLine($"writes: without the dev outbox, {appWrites.Sum(w => w.Value):N0} writes; largest partition {Name(appLargest.Key.Table)}/{appLargest.Key.Partition} " +
            $"with {appLargest.Value:N0} = {appShare:F1} %; ≤ 10 %: {(appShare <= 10 ? "yes" : "NO")}");
        var otherDays = seen.Writes.Where(w => w.Key.Table == followUps.Name && w.Key.Partition != "cursor" &&
            !w.Key.Partition.StartsWith(day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-", StringComparison.Ordinal)).Sum(w => w.Value);
        Console.WriteLine($"writes: to FollowUps partitions of the not-due days {otherDays:N0}");

        var floor = await FloorAsync(connectionString, dueRows, clock.Now, day);
        Console.WriteLine($"floor: {floor.Rows:N0} rows, {FollowUpRow.Shards} range queries + an insert and a delete per row " +
            $"({PartitionsAtOnce} partitions × {RowsAtOncePerPartition} rows at once) in {floor.Seconds:F1} s, {floor.Requests:N0} requests");
        var ratio = seconds / floor.Seconds;
        Console.WriteLine($"ratio: sweep time / floor time {ratio:F2}");

        var done = result.Assigned == result.Due ? $"{result.Due:N0} due rows" : $"{result.Assigned:N0} of {result.Due:N0} due rows";
        Console.WriteLine($"sweep: {done} assigned and notified in {seconds:F1} s (target < 30 s), {ratio:F1} × the storage floor; " +
            $"reads: {seen.Returned:N0} rows in {seen.Queries} queries, {seen.ReturnedNotDue:N0} of {notDue:N0} not-due rows; " +
            $"writes: largest partition {appShare:F1} % without the dev outbox, {largestShare:F1} % with it (target ≤ 10 %)");
    }

    /// <summary>Even over the days, random in each: a filing of its own per row, a street of the policy's, any category.</summary>
    private static FollowUpRow[] Plan(DistrictPolicy policy, DateOnly first)
    {
        var random = new Random(Seed);
        var categories = Enum.GetValues<BusinessCategory>();
        var filed = first.AddDays(-Days).ToString("yyMMdd", CultureInfo.InvariantCulture);
        string Chars(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => Base32[random.Next(Base32.Length)]));
        return [.. Enumerable.Range(0, Planned).Select(n =>
        {
            var start = new DateTimeOffset(first.AddDays(n % Days).ToDateTime(TimeOnly.MinValue), BeijingTime.Offset);
            var due = start.AddMilliseconds(random.NextInt64((long)TimeSpan.FromDays(1).TotalMilliseconds));
            var (kind, key) = random.Next(3) == 0 ? (FollowUpKind.SpotCheck, "spotcheck") : (FollowUpKind.LookBack, $"lookback-{random.Next(1, 4)}");
            var street = policy.Streets[random.Next(policy.Streets.Count)];
            return new FollowUpRow("F" + filed + Chars(10), key, kind, due, $"复工〔2026〕QH-{Chars(8)}", $"清河巡查测试企业{n}号",
                $"北京市海淀区清河街道测试路{n % 500 + 1}号", street.Code, categories[random.Next(categories.Length)]);
        })];
    }

    /// <summary>The bare storage work of the sweep on the same rows: a fresh table of them, another for what it writes.</summary>
    private static async Task<(int Rows, double Seconds, long Requests)> FloorAsync(string connectionString, FollowUpRow[] rows, DateTimeOffset now, DateOnly day)
    {
        var traffic = new SweepStorageTraffic();
        var service = new StorageConnection(connectionString, null, null, false).CreateClient(options => traffic.AddTo(options));
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var source = service.GetTableClient("floorDue" + suffix);
        var target = service.GetTableClient("floorDone" + suffix);
        await source.CreateIfNotExistsAsync();
        await target.CreateIfNotExistsAsync();
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
            foreach (var chunk in partition.Chunk(100))
                await source.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.ToEntity())));

        var done = 0;
        traffic.Watch(source.Name, FollowUpRow.DueBy(now), day);
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, FollowUpRow.Shards).Select(shard => FollowUpRow.PartitionOf(day, shard)),
            new ParallelOptions { MaxDegreeOfParallelism = PartitionsAtOnce }, async (partitionKey, pct) =>
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey lt {FollowUpRow.DueBy(now)}");
                await Parallel.ForEachAsync(source.QueryAsync<TableEntity>(filter, cancellationToken: pct),
                    new ParallelOptions { MaxDegreeOfParallelism = RowsAtOncePerPartition, CancellationToken = pct }, async (entity, rct) =>
                    {
                        // What the sweep's claim writes: the row's fields, keyed by filing and follow-up.
                        var row = FollowUpRow.FromEntity(entity)!;
                        var claim = row.ToEntity();
                        (claim.PartitionKey, claim.RowKey) = (row.FilingId, row.Key);
                        await target.AddEntityAsync(claim, rct);
                        await source.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, rct);
                        Interlocked.Increment(ref done);
                    });
            });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var seen = traffic.Stop();
        if (done != rows.Length) throw new InvalidOperationException($"The floor moved {done} of {rows.Length} rows.");
        return (done, seconds, seen.Requests);
    }

    private sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Warnings and errors logged while watching, by their cause (the sweep logs each failed row at Warning).</summary>
    private sealed class WarningLog : ILoggerProvider
    {
        private readonly ConcurrentDictionary<string, int> _reasons = new(StringComparer.Ordinal);

        public bool Watching { get; set; }

        public IReadOnlyDictionary<string, int> Reasons => _reasons;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(WarningLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => log.Watching && logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel)) return;
                // The exception's first line groups a cause over rows; without one, the message is the cause.
                var cause = exception is null ? formatter(state, null) : $"{exception.GetType().Name}: {exception.Message.Split('\n')[0].Trim()}";
                log._reasons.AddOrUpdate($"{category}: {cause}", 1, (_, n) => n + 1);
            }
        }
    }
}

/// <summary>What one watched stretch asked of storage.</summary>
internal sealed record SweepTraffic(long Requests, long Queries, long PointReads, long OtherReads, long Returned, long ReturnedNotDue, long UnreadResponses,
    IReadOnlyDictionary<(string Table, string Partition), long> Writes);

/// <summary>
/// Every request while watching: GETs to the watched table (range queries, whose returned entities it counts against
/// the due-by key and the day, and point reads), and each write by its table and PartitionKey, read from the URL, the
/// JSON body of an insert or the first operation of a batch.
/// </summary>
internal sealed partial class SweepStorageTraffic : HttpPipelineSynchronousPolicy
{
    // Writes are kept raw while watching and read after, so that reading them does not slow what is timed.
    private readonly ConcurrentQueue<(string Segment, byte[]? Body)> _writes = new();
    private volatile bool _watching;
    private string _table = "";
    private string _dueBy = "";
    private string _dayPrefix = "";
    private long _requests, _queries, _pointReads, _otherReads, _returned, _returnedNotDue, _unreadResponses;

    public T AddTo<T>(T options) where T : ClientOptions
    {
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return options;
    }

    public void Watch(string table, string dueBy, DateOnly day)
    {
        (_table, _dueBy, _dayPrefix) = (table, dueBy, day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-");
        _writes.Clear();
        _requests = _queries = _pointReads = _otherReads = _returned = _returnedNotDue = _unreadResponses = 0;
        _watching = true;
    }

    public SweepTraffic Stop()
    {
        _watching = false;
        return new(Interlocked.Read(ref _requests), Interlocked.Read(ref _queries), Interlocked.Read(ref _pointReads), Interlocked.Read(ref _otherReads),
            Interlocked.Read(ref _returned), Interlocked.Read(ref _returnedNotDue), Interlocked.Read(ref _unreadResponses),
            _writes.Select(Target).GroupBy(t => t).ToDictionary(g => g.Key, g => (long)g.Count()));
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (!_watching) return;
        Interlocked.Increment(ref _requests);
        var request = message.Request;
        var segment = LastSegment(request.Uri.ToUri());
        var table = TableOf(segment);
        switch (request.Method.Method)
        {
            case "GET" when table == _table && segment.EndsWith("()", StringComparison.Ordinal):
                Interlocked.Increment(ref _queries);
                break;
            case "GET" when table == _table:
                Interlocked.Increment(ref _pointReads);
                break;
            case "GET":
                Interlocked.Increment(ref _otherReads);
                break;
            case "POST" or "PUT" or "PATCH" or "MERGE" or "DELETE":
                _writes.Enqueue((segment, KeysOf(segment) is null ? Copy(request.Content) : null));
                break;
        }
    }

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (!_watching || message.Request.Method != RequestMethod.Get || message.Response.Status != 200) return;
        if (LastSegment(message.Request.Uri.ToUri()) != _table + "()") return;
        // The response body policy has buffered it by now: read it and put it back for the SDK.
        if (message.Response.ContentStream is not { CanSeek: true } body)
        {
            Interlocked.Increment(ref _unreadResponses);
            return;
        }
        var at = body.Position;
        using (var page = JsonDocument.Parse(body))
            if (page.RootElement.TryGetProperty("value", out var entities))
                foreach (var entity in entities.EnumerateArray())
                {
                    Interlocked.Increment(ref _returned);
                    var (partition, row) = (entity.GetProperty("PartitionKey").GetString() ?? "", entity.GetProperty("RowKey").GetString() ?? "");
                    if (!partition.StartsWith(_dayPrefix, StringComparison.Ordinal) || string.CompareOrdinal(row, _dueBy) >= 0)
                        Interlocked.Increment(ref _returnedNotDue);
                }
        body.Position = at;
    }

    // Table keys may not hold '/', so the last escaped segment is the whole "Table(PartitionKey='…',RowKey='…')".
    private static string LastSegment(Uri uri)
    {
        var path = uri.AbsolutePath;
        return Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
    }

    private static string TableOf(string segment) => segment.IndexOf('(', StringComparison.Ordinal) is var at and >= 0 ? segment[..at] : segment;

    private static (string Table, string Partition)? KeysOf(string segment) =>
        EntityPath().Match(segment) is { Success: true } m ? (m.Groups["table"].Value, m.Groups["partition"].Value.Replace("''", "'", StringComparison.Ordinal)) : null;

    private static byte[]? Copy(RequestContent? content)
    {
        if (content is null) return null;
        using var body = new MemoryStream();
        content.WriteTo(body, default);
        return body.ToArray();
    }

    // An entity's URL names its partition; an insert's JSON does; a batch is one partition's, named by its first operation.
    private static (string Table, string Partition) Target((string Segment, byte[]? Body) write)
    {
        var table = TableOf(write.Segment);
        if (KeysOf(write.Segment) is { } keys) return keys;
        if (write.Body is null) return (table, "(none)");
        if (table != "$batch")
        {
            using var json = JsonDocument.Parse(write.Body);
            return (table, json.RootElement.TryGetProperty("PartitionKey", out var key) ? key.GetString() ?? "(none)" : "(none)");
        }
        var text = Encoding.UTF8.GetString(write.Body);
        if (InnerRequest().Match(text) is not { Success: true } line || !Uri.TryCreate(line.Groups["url"].Value, UriKind.Absolute, out var url))
            return ("(batch)", "(batch)");
        var segment = LastSegment(url);
        if (KeysOf(segment) is { } inner) return inner;
        return JsonPartitionKey().Match(text, line.Index) is { Success: true } found
            ? (TableOf(segment), JsonSerializer.Deserialize<string>(found.Groups["key"].Value) ?? "(batch)")
            : (TableOf(segment), "(batch)");
    }

    [GeneratedRegex(@"^(?<table>[^(]+)\(PartitionKey='(?<partition>(?:[^']|'')*)',RowKey='(?:[^']|'')*'\)$")]
    private static partial Regex EntityPath();

    [GeneratedRegex(@"^(?:POST|PUT|PATCH|MERGE|DELETE) (?<url>\S+) HTTP/1\.1\r?$", RegexOptions.Multiline)]
    private static partial Regex InnerRequest();

    [GeneratedRegex(@"""PartitionKey""\s*:\s*(?<key>""(?:[^""\\]|\\.)*"")")]
    private static partial Regex JsonPartitionKey();
}
