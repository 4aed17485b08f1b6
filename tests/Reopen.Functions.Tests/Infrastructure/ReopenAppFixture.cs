using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Infrastructure;

/// <summary>One Azurite and one app for a whole test class, for tests that only read.</summary>
public sealed class ReopenAppFixture : IAsyncLifetime
{
    private AzuriteServer? _azurite;
    private ReopenTestApp? _app;

    public ReopenTestApp App => _app ?? throw new InvalidOperationException("The app has not started yet.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _app = await ReopenTestApp.StartAsync(_azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}
