using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reopen.Functions.Tests.Infrastructure;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Deployment;

/// <summary>
/// The configuration keys the real app looks up (set or not) while it starts and serves a filing, in the two ways it
/// runs: as scripts/run runs it here, and as the Functions host runs it in Azure. One Azurite; tables are the one
/// thing that differs from Azure, where no managed identity can be had here: both runs use Azurite's connection string.
/// </summary>
public sealed class AppConfigurationReads : IAsyncLifetime
{
    private AzuriteServer? _azurite;

    /// <summary>Development, as the run command starts it.</summary>
    public IReadOnlyCollection<string> Local { get; private set; } = [];

    /// <summary>Production, with what the Bicep's settings give it in Azure.</summary>
    public IReadOnlyCollection<string> InAzure { get; private set; } = [];

    public IReadOnlyCollection<string> Either => [.. Local.Union(InAzure, StringComparer.OrdinalIgnoreCase)];

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        Local = await RecordAsync(_azurite, _ => { });
        InAzure = await RecordAsync(_azurite, o =>
        {
            o.Environment = "Production";
            // Stand-ins for what the Bicep's values become in Azure: the site's host name, the secret behind the Key Vault
            // reference, main.bicep's default adapters (an adapter's settings count here as well when they are bound as options).
            o.Settings["Reopen:PublicBaseUrl"] = "https://func-reopen-test.azurewebsites.net/";
            o.Settings["DecisionLinks:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            o.Settings["Notifications:Sms"] = "dev";
            o.Settings["Notifications:Email"] = "dev";
        });
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    private static async Task<IReadOnlyCollection<string>> RecordAsync(AzuriteServer azurite, Action<ReopenTestAppOptions> mode)
    {
        var recorder = new ConfigurationReadRecorder();
        IReadOnlyList<ServiceDescriptor> registrations = [];
        await using (var app = await ReopenTestApp.StartAsync(azurite, o =>
        {
            mode(o);
            o.ConfigurationReads = recorder;
            o.ConfigureServices = services => registrations = [.. services];
        }))
        {
            await FileAndLookAsync(app.Client);
            ConfigureEveryAppOptions(app.Services, registrations, recorder);
        }
        return recorder.AppReads;
    }

    /// <summary>The home page, a filing submitted, its status as JSON and as a page.</summary>
    private static async Task FileAndLookAsync(HttpClient client)
    {
        using (var home = await client.GetAsync("/api")) Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        using var created = await client.PostAsJsonAsync("/api/filings", SampleFilings.BelowScale(), JsonSerializerOptions.Web);
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"Filing answered {(int)created.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        var (filingId, accessCode) = (json.RootElement.GetProperty("filingId").GetString(), json.RootElement.GetProperty("accessCode").GetString());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/filings/{filingId}");
        request.Headers.Add("X-Access-Code", accessCode);
        using (var status = await client.SendAsync(request)) Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        using (var page = await client.GetAsync($"/api/filings/{filingId}/status")) Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>
    /// Options are bound by library code, and only once asked for: each options type of the app is configured once more
    /// here, on a fresh instance by every configuration step the app registered, so its keys count whether or not this
    /// run used it.
    /// </summary>
    private static void ConfigureEveryAppOptions(IServiceProvider services, IEnumerable<ServiceDescriptor> registrations, ConfigurationReadRecorder recorder)
    {
        var types = registrations
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ServiceType.GenericTypeArguments[0])
            .Where(ConfigurationReadRecorder.IsApp)
            .Distinct();
        foreach (var type in types)
        {
            var unnamed = typeof(IConfigureOptions<>).MakeGenericType(type);
            var named = typeof(IConfigureNamedOptions<>).MakeGenericType(type);
            foreach (var step in services.GetServices(unnamed).OfType<object>())
            {
                var options = Activator.CreateInstance(type);
                using var probe = recorder.Probe();
                if (named.IsInstanceOfType(step)) named.GetMethod("Configure")!.Invoke(step, [NameOf(step), options]);
                else unnamed.GetMethod("Configure")!.Invoke(step, [options]);
            }
        }
    }

    // ConfigureNamedOptions<T> knows the name it configures (null: all of them).
    private static string NameOf(object step) =>
        step.GetType().GetProperty(nameof(ConfigureNamedOptions<object>.Name))?.GetValue(step) as string ?? Options.DefaultName;
}
