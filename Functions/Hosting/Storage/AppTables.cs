using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace Reopen.Functions.Hosting.Storage;

/// <summary>The app's tables by their unprefixed names: the one place the <see cref="StorageOptions.TablePrefix"/> is applied.</summary>
public sealed class AppTables(TableServiceClient tables, IOptions<StorageOptions> options)
{
    public TableClient Get(string name) => tables.GetTableClient(options.Value.TableName(name));
}
