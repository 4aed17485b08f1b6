using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableConnectionStringTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Development_storage_points_at_local_azurite_with_the_well_known_account()
    {
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(Key, parsed.AccountKey);
    }

    [Fact]
    public void Explicit_table_endpoint_is_used_as_given()
    {
        var parsed = TableConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:12345/devstoreaccount1/;");

        Assert.Equal(new Uri("http://127.0.0.1:12345/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(Key, parsed.AccountKey);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=reopen;AccountKey=" + Key, "https://reopen.table.core.windows.net/")]
    [InlineData("AccountName=reopen;AccountKey=" + Key + ";EndpointSuffix=core.chinacloudapi.cn", "https://reopen.table.core.chinacloudapi.cn/")]
    [InlineData("accountname=reopen; accountkey=" + Key + "; defaultendpointsprotocol=http", "http://reopen.table.core.windows.net/")]
    public void Missing_table_endpoint_is_derived_from_account_and_suffix(string connectionString, string expected)
    {
        Assert.Equal(new Uri(expected), TableConnectionString.Parse(connectionString).TableEndpoint);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("AccountName=reopen")]
    [InlineData("AccountKey=" + Key)]
    [InlineData("AccountName=reopen;AccountKey=not base64!")]
    [InlineData("AccountName=reopen;AccountKey=" + Key + ";TableEndpoint=not a uri")]
    [InlineData("AccountName=reopen;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp")]
    [InlineData("AccountName=reopen;AccountName=other;AccountKey=" + Key)]
    [InlineData("just some text")]
    [InlineData("AccountName=;AccountKey=" + Key)]
    public void Malformed_connection_strings_are_rejected_without_echoing_secrets(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => TableConnectionString.Parse(connectionString));

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_client_from_a_connection_string_exposes_the_endpoint()
    {
        var client = TableServiceClient.FromConnectionString($"AccountName=reopen;AccountKey={Key}");

        Assert.Equal(new Uri("https://reopen.table.core.windows.net"), client.Endpoint);
    }
}
