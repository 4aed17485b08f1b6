using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reopen.Functions.Hosting;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Hosting;

public sealed class CustomHandlerHostingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Under_the_functions_host_the_app_listens_on_loopback_at_the_given_port()
    {
        await using var app = await ReopenTestApp.StartAsync(azurite, o => o.AsCustomHandler = true);
        var port = int.Parse(app.GetRequiredService<IConfiguration>()[CustomHandler.PortSetting]!, CultureInfo.InvariantCulture);

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), app.BaseAddress);
        using var readiness = await app.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
    }
}
