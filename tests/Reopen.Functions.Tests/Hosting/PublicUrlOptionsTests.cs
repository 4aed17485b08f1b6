using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;
using Reopen.Functions.Hosting.Urls;

namespace Reopen.Functions.Tests.Hosting;

public sealed class PublicUrlOptionsTests
{
    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "http://reopen.qinghe.gov.example/", false)]
    [InlineData("Production", "reopen.qinghe.gov.example", false)]
    [InlineData("Production", "https://reopen.qinghe.gov.example/", true)]
    [InlineData("Development", null, true)]
    [InlineData("Development", "http://127.0.0.1:7071/", true)]
    public void Public_base_url_must_be_absolute_https_outside_Development(string environment, string? value, bool valid)
    {
        var validator = new PublicUrlOptionsValidator(new Environment(environment));

        var result = validator.Validate(null, new PublicUrlOptions { PublicBaseUrl = value });

        Assert.Equal(valid, result.Succeeded);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Reopen.Functions";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
