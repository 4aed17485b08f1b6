using Microsoft.Extensions.Options;
using Reopen.Orchestrations.Policy;

namespace Reopen.Functions.Approvals;

/// <summary>Says at start which district policy runs, so that a log tells which routes and deadlines were in force.</summary>
internal sealed class PolicyStartLog(IOptions<PolicyOptions> options, DistrictPolicy policy, ILogger<PolicyStartLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("District policy {Policy}: {DistrictCode} {DistrictName} / {DistrictNameEn}",
            options.Value.Policy, policy.Code, policy.Name.Zh, policy.Name.En);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
