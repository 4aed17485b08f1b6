using System.Text;

namespace Reopen.Orchestrations.Tables;

/// <summary>Writes a $batch body: one changeset of absolute-URI sub-requests, CRLF line endings.</summary>
internal static class TableBatchWriter
{
    public static byte[] Write(string batchBoundary, string changesetBoundary, Uri endpoint, string table, IReadOnlyList<TableTransactionAction> actions)
    {
        var text = new StringBuilder(256 + actions.Count * 512);
        text.Append("--").Append(batchBoundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append("\r\n\r\n");

        var baseUri = endpoint.AbsoluteUri.TrimEnd('/') + "/" + table;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var (method, hasBody, ifMatch) = Shape(action);
            var uri = action.ActionType == TableTransactionActionType.Add
                ? baseUri
                : baseUri + TableKeys.EntityPathSuffix(action.Entity.PartitionKey, action.Entity.RowKey);

            text.Append("--").Append(changesetBoundary).Append("\r\n")
                .Append("Content-Type: application/http\r\n")
                .Append("Content-Transfer-Encoding: binary\r\n\r\n")
                .Append(method).Append(' ').Append(uri).Append(" HTTP/1.1\r\n")
                .Append("Accept: ").Append(TableTransport.AcceptJson).Append("\r\n")
                .Append("DataServiceVersion: 3.0\r\n")
                .Append("Content-ID: ").Append(i + 1).Append("\r\n");
            if (ifMatch is not null) text.Append("If-Match: ").Append(ifMatch).Append("\r\n");
            if (hasBody)
            {
                text.Append("Content-Type: ").Append(TableTransport.ContentTypeJson).Append("\r\n")
                    .Append("Prefer: return-no-content\r\n\r\n")
                    .Append(Encoding.UTF8.GetString(TableJson.SerializeEntity(action.Entity))).Append("\r\n");
            }
            else
            {
                text.Append("\r\n");
            }
        }

        text.Append("--").Append(changesetBoundary).Append("--\r\n\r\n")
            .Append("--").Append(batchBoundary).Append("--\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static (string Method, bool HasBody, string? IfMatch) Shape(TableTransactionAction action) => action.ActionType switch
    {
        TableTransactionActionType.Add => ("POST", true, null),
        TableTransactionActionType.UpsertMerge => ("MERGE", true, null),
        TableTransactionActionType.UpsertReplace => ("PUT", true, null),
        TableTransactionActionType.UpdateMerge => ("MERGE", true, action.ETag ?? "*"),
        TableTransactionActionType.UpdateReplace => ("PUT", true, action.ETag ?? "*"),
        TableTransactionActionType.Delete => ("DELETE", false, action.ETag ?? "*"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action."),
    };
}
