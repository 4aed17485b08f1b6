using System.Diagnostics;
using Azure.Data.Tables;

namespace Reopen.Bench;

/// <summary>Azurite's raw single-entity insert rate at the same concurrency: the floor the runtime is compared against.</summary>
internal static class AzuriteInsertFloor
{
    public static async Task<double> MeasureAsync(TableServiceClient tables, int inserts, int concurrency)
    {
        var table = tables.GetTableClient("benchfloor" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var started = Stopwatch.GetTimestamp();
        await Workers.ForEachAsync(inserts, concurrency, i => table.AddEntityAsync(new TableEntity($"p{i % 64}", $"r{i:D8}")
        {
            ["Text"] = "复工复产备案",
            ["Count"] = (long)i,
        }));
        return inserts / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
