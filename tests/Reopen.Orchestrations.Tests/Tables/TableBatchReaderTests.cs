using System.Text;
using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableBatchReaderTests
{
    private const string ContentType = "multipart/mixed; boundary=batchresponse_4c637ba4-b2e8-40f8-ad6c-dd18ffa5d2a5";

    [Fact]
    public void Successful_changeset_yields_one_part_per_action_with_status_and_etag()
    {
        var body = """
            --batchresponse_4c637ba4-b2e8-40f8-ad6c-dd18ffa5d2a5
            Content-Type: multipart/mixed; boundary=changesetresponse_e68a6a4e-4e5c-4e7a-8e5a-3d6e62e0d2f1

            --changesetresponse_e68a6a4e-4e5c-4e7a-8e5a-3d6e62e0d2f1
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            HTTP/1.1 204 No Content
            Content-ID: 1
            X-Content-Type-Options: nosniff
            Cache-Control: no-cache
            DataServiceVersion: 1.0;
            ETag: W/"datetime'2020-04-30T22%3A03%3A14.9591322Z'"


            --changesetresponse_e68a6a4e-4e5c-4e7a-8e5a-3d6e62e0d2f1
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            HTTP/1.1 204 No Content
            Content-ID: 2
            DataServiceVersion: 1.0;


            --changesetresponse_e68a6a4e-4e5c-4e7a-8e5a-3d6e62e0d2f1--
            --batchresponse_4c637ba4-b2e8-40f8-ad6c-dd18ffa5d2a5--

            """;

        var parts = TableBatchReader.Read(ContentType, Crlf(body));

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.Equal(204, p.Status));
        Assert.Equal("W/\"datetime'2020-04-30T22%3A03%3A14.9591322Z'\"", parts[0].ETag);
        Assert.Null(parts[1].ETag);
    }

    [Fact]
    public void Failed_changeset_yields_the_failing_status_and_the_indexed_error_body()
    {
        var body = """
            --batchresponse_4c637ba4-b2e8-40f8-ad6c-dd18ffa5d2a5
            Content-Type: multipart/mixed; boundary=changesetresponse_x

            --changesetresponse_x
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            HTTP/1.1 409 Conflict
            Content-ID: 2
            Content-Type: application/json;odata=minimalmetadata;charset=utf-8

            {"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"1:The specified entity already exists.\nRequestId:abc\nTime:2026-01-01T00:00:00.0000000Z"}}}
            --changesetresponse_x--
            --batchresponse_4c637ba4-b2e8-40f8-ad6c-dd18ffa5d2a5--
            """;

        var part = Assert.Single(TableBatchReader.Read(ContentType, Crlf(body)));

        Assert.Equal(409, part.Status);
        Assert.Equal("2", part.ContentId);
        Assert.Contains("\"1:The specified entity already exists.", part.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1:The specified entity already exists.", 1)]
    [InlineData("42:Precondition failed", 42)]
    [InlineData("The specified entity already exists.", null)]
    [InlineData("Time:12:00", null)]
    [InlineData(null, null)]
    public void Failing_index_is_read_from_the_message_prefix(string? message, int? expected)
    {
        Assert.Equal(expected, TableClient.IndexFromMessage(message));
    }

    private static byte[] Crlf(string text) => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));
}
