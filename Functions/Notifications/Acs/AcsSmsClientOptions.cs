using Azure.Core;

namespace Reopen.Functions.Notifications.Acs;

/// <summary>
/// The ACS pipeline: Azure.Core's retry (429, 408, 5xx and network errors, honouring Retry-After) kept short,
/// because the runtime backs off for longer between its own tries.
/// </summary>
public sealed class AcsSmsClientOptions : ClientOptions
{
    public AcsSmsClientOptions()
    {
        Retry.MaxRetries = 3;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromSeconds(0.8);
        Retry.MaxDelay = TimeSpan.FromSeconds(10);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}
