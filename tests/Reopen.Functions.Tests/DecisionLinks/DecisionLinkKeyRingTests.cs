using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Reopen.Functions.Approvals.DecisionLinks;

namespace Reopen.Functions.Tests.DecisionLinks;

public class DecisionLinkKeyRingTests
{
    private static readonly string Key32 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task Missing_key_outside_Development_is_a_startup_error()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Services.AddDecisionLinks(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("DecisionLinks:SigningKey is required", error.Message);
    }

    [Theory]
    [InlineData("DecisionLinks:SigningKey")]
    [InlineData("DecisionLinks:PreviousKeys:0")]
    public async Task Public_development_key_configured_outside_Development_is_a_startup_error(string setting)
    {
        var developmentKey = Convert.ToBase64String(DecisionLinkKeyRing.DevelopmentKey);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration["DecisionLinks:SigningKey"] = Key32;
        builder.Configuration[setting] = developmentKey;
        builder.Services.AddDecisionLinks(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"{setting} is the public development key", error.Message);
        Assert.DoesNotContain(developmentKey, error.Message);
        Assert.DoesNotContain(developmentKey.TrimEnd('='), error.Message);
    }

    [Fact]
    public void Development_may_configure_the_development_key()
    {
        var settings = new Dictionary<string, string?> { ["DecisionLinks:SigningKey"] = Convert.ToBase64String(DecisionLinkKeyRing.DevelopmentKey) };

        var ring = Build(Environments.Development, settings).GetRequiredService<DecisionLinkKeyRing>();

        Assert.Equal(DecisionLinkKeyRing.DevelopmentKey, ring.Current);
    }

    [Fact]
    public void Missing_key_in_Development_uses_the_fixed_development_key()
    {
        var services = Build(Environments.Development, []);

        var ring = services.GetRequiredService<DecisionLinkKeyRing>();

        Assert.True(ring.IsDevelopmentKey);
        Assert.Equal(DecisionLinkKeyRing.DevelopmentKey, ring.Current);
    }

    [Fact]
    public void Development_key_is_the_same_across_restarts()
    {
        var token = Build(Environments.Development, []).GetRequiredService<DecisionLinkToken>().Create(Claims());

        var afterRestart = Build(Environments.Development, []).GetRequiredService<DecisionLinkToken>();

        Assert.IsType<DecisionLinkVerification.Valid>(afterRestart.Verify(token));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")] // 31 bytes
    public void Unusable_key_is_rejected_even_in_Development(string key)
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Build(Environments.Development, new() { ["DecisionLinks:SigningKey"] = key }).GetRequiredService<IOptions<DecisionLinkOptions>>().Value);

        Assert.Contains("at least 32 bytes", error.Message);
        Assert.DoesNotContain(key, error.Message);
    }

    [Fact]
    public void Unusable_previous_key_is_rejected()
    {
        var settings = new Dictionary<string, string?> { ["DecisionLinks:SigningKey"] = Key32, ["DecisionLinks:PreviousKeys:0"] = "short" };

        var error = Assert.Throws<OptionsValidationException>(() => Build(Environments.Production, settings).GetRequiredService<IOptions<DecisionLinkOptions>>().Value);

        Assert.Contains("PreviousKeys:0", error.Message);
    }

    [Fact]
    public void Configured_keys_sign_and_rotate()
    {
        var oldKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var oldToken = Build(Environments.Production, new() { ["DecisionLinks:SigningKey"] = oldKey }).GetRequiredService<DecisionLinkToken>().Create(Claims());

        var rotated = Build(Environments.Production, new() { ["DecisionLinks:SigningKey"] = Key32, ["DecisionLinks:PreviousKeys:0"] = oldKey })
            .GetRequiredService<DecisionLinkToken>();

        Assert.IsType<DecisionLinkVerification.Valid>(rotated.Verify(oldToken));
    }

    private static DecisionLinkClaims Claims() => new("F-1", "street-office", 1, "approver-1", new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero));

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2020, 2, 20, 0, 0, 0, TimeSpan.Zero)));
        services.AddDecisionLinks(configuration);
        return services.BuildServiceProvider();
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Reopen.Functions";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
