using Reopen.Orchestrations.Tables;

namespace Reopen.Orchestrations.Tests.Tables;

public sealed class TableSharedKeyPolicyTests
{
    private const string Date = "Thu, 30 Apr 2020 22:03:15 GMT";
    private static readonly TableSharedKeyPolicy DevelopmentKey =
        new(TableConnectionString.DevelopmentAccountName, TableConnectionString.DevelopmentAccountKey);

    [Fact]
    public void Path_style_endpoint_repeats_the_account_in_the_canonicalized_resource()
    {
        var sts = TableSharedKeyPolicy.StringToSign("devstoreaccount1", Date, new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables"));

        Assert.Equal("Thu, 30 Apr 2020 22:03:15 GMT\n/devstoreaccount1/devstoreaccount1/Tables", sts);
    }

    [Fact]
    public void Host_style_endpoint_keeps_only_comp_from_the_query()
    {
        var sts = TableSharedKeyPolicy.StringToSign("acct", Date, new Uri("https://acct.table.core.windows.net/shops()?$filter=a%20eq%201&comp=list&$top=5"));

        Assert.Equal("Thu, 30 Apr 2020 22:03:15 GMT\n/acct/shops()?comp=list", sts);
    }

    [Fact]
    public void Query_parameters_other_than_comp_are_not_signed()
    {
        var sts = TableSharedKeyPolicy.StringToSign("acct", Date, new Uri("https://acct.table.core.windows.net/shops()?NextPartitionKey=1%2112&$top=5"));

        Assert.Equal("Thu, 30 Apr 2020 22:03:15 GMT\n/acct/shops()", sts);
    }

    [Fact]
    public void Canonicalized_path_stays_percent_encoded_as_sent()
    {
        var sts = TableSharedKeyPolicy.StringToSign("devstoreaccount1", Date,
            new Uri("http://127.0.0.1:10002/devstoreaccount1/shops(PartitionKey='%E7%94%B3',RowKey='r')"));

        Assert.Equal("Thu, 30 Apr 2020 22:03:15 GMT\n/devstoreaccount1/devstoreaccount1/shops(PartitionKey='%E7%94%B3',RowKey='r')", sts);
    }

    [Theory]
    // Expected values computed independently: base64(HMAC-SHA256(base64decode(key), utf8(stringToSign))).
    [InlineData("Thu, 30 Apr 2020 22:03:15 GMT\n/devstoreaccount1/devstoreaccount1/Tables", "oyYhQItshOap1rv4+M5DNC0xTFznBp/ZGolaXSglUko=")]
    [InlineData("Thu, 30 Apr 2020 22:03:15 GMT\n/devstoreaccount1/devstoreaccount1/shops(PartitionKey='%E7%94%B3',RowKey='r')", "c+rK+nD21xmAbCTgE0QzdQM5EJyhH01wQ9qLcbVGMiY=")]
    public void Signature_is_base64_hmac_sha256_with_the_decoded_account_key(string stringToSign, string expected)
    {
        Assert.Equal(expected, DevelopmentKey.Sign(stringToSign));
    }
}
