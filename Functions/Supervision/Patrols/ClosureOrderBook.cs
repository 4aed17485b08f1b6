using Azure;
using Azure.Data.Tables;
using Reopen.Orchestrations.Storage;

namespace Reopen.Functions.Supervision.Patrols;

/// <summary>The ClosureOrders table: one partition per street, so a street's orders, and those against one business, are one query.</summary>
public sealed class ClosureOrderBook(TableClient orders)
{
    public const string TableName = "ClosureOrders";

    /// <summary>Keeps the order; answers the one already kept under its number (the same patrol submitted again) and whether this call issued it.</summary>
    public async Task<(ClosureOrder Order, bool Issued)> IssueAsync(ClosureOrder order, CancellationToken ct)
    {
        try
        {
            await orders.AddEntityAsync(order.ToEntity(), ct);
            return (order, true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await FindAsync(order.StreetCode, order.Number, ct) ?? order, false);
        }
    }

    /// <summary>Records that the operator was sent the closure and filing prompt.</summary>
    public Task MarkToldAsync(ClosureOrder order, CancellationToken ct) =>
        orders.UpdateEntityAsync(new TableEntity(order.StreetCode, order.Number) { [nameof(ClosureOrder.OperatorTold)] = true }, ETag.All, TableUpdateMode.Merge, ct);

    public async Task<ClosureOrder?> FindAsync(string streetCode, string number, CancellationToken ct) =>
        await orders.GetEntityOrNullAsync(streetCode, number, ct: ct) is { } row ? ClosureOrder.FromEntity(row) : null;

    /// <summary>Orders in the street against the business with this credit code or exactly this name, oldest first.</summary>
    public async Task<IReadOnlyList<ClosureOrder>> AgainstAsync(string streetCode, string creditCode, string businessName, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {streetCode} and (CreditCode eq {creditCode} or BusinessName eq {businessName.Trim()})");
        var found = new List<ClosureOrder>();
        await foreach (var row in orders.QueryAsync<TableEntity>(filter, cancellationToken: ct)) found.Add(ClosureOrder.FromEntity(row));
        return [.. found.OrderBy(o => o.OrderedAt)];
    }
}
