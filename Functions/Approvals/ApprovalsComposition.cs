using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Durable;
using Reopen.Functions.Hosting.Urls;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals;

/// <summary>The district policy, the approval process on its Durable orchestration, and the dispatch of its effects.</summary>
public static class ApprovalsComposition
{
    public static IServiceCollection AddApprovals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PolicyOptions>().Bind(configuration.GetSection(PolicyOptions.Section))
            .Validate(o => PolicyCatalog.Names.Contains(o.Policy), $"Reopen:Policy must be one of: {string.Join(", ", PolicyCatalog.Names)}.")
            .ValidateOnStart();
        services.AddOptions<PublicUrlOptions>().Bind(configuration.GetSection(PolicyOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicUrlOptions>, PublicUrlOptionsValidator>();
        services.AddSingleton<PublicUrls>();
        // Shipped policies are validated by their own tests; an invalid one throws with every problem listed.
        services.AddSingleton(sp => PolicyCatalog.Load(sp.GetRequiredService<IOptions<PolicyOptions>>().Value.Policy));
        services.AddHostedService<PolicyStartLog>();
        services.AddSingleton(sp => new ApprovalProcess(sp.GetRequiredService<DistrictPolicy>()));
        services.AddSingleton<IEffectHandler<ApprovalEffect>, ApprovalEffectDispatcher>();
        services.AddOptions<ApprovalWaitOptions>().Bind(configuration.GetSection(ApprovalWaitOptions.Section))
            .Validate(o => o.OutcomeWait > TimeSpan.Zero && o.OutcomeWait <= TimeSpan.FromMinutes(1),
                "Reopen:Approvals:OutcomeWait must be more than 0 and at most 00:01:00.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ProcessReadModel<ApprovalState, ApprovalEvent>(sp.GetRequiredService<ProcessStore>(), ApprovalProcess.ProcessName));
        services.AddSingleton(sp => new ApprovalEngine(
            sp.GetRequiredService<ApprovalProcess>(),
            sp.GetRequiredService<ProcessReadModel<ApprovalState, ApprovalEvent>>(),
            sp.GetRequiredService<IOrchestrationGateway>(),
            sp.GetRequiredService<CommandSignals>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ApprovalWaitOptions>>().Value.OutcomeWait,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reopen.Approvals")));
        services.AddProcessTasks(sp => sp.GetRequiredService<ApprovalProcess>());
        return services;
    }
}

/// <summary>Section <c>Reopen</c>: <c>Policy</c> names a shipped district policy, "default" (hours) or "fast" (seconds, demos and tests).</summary>
public sealed class PolicyOptions
{
    public const string Section = "Reopen";

    public string Policy { get; set; } = "default";
}

/// <summary>
/// Section <c>Reopen:Approvals</c>: <c>OutcomeWait</c> is how long a request that sent a command (a decision, an amendment)
/// waits for the orchestration to apply it before the page says it is queued and links the status page.
/// </summary>
public sealed class ApprovalWaitOptions
{
    public const string Section = "Reopen:Approvals";

    public TimeSpan OutcomeWait { get; set; } = TimeSpan.FromSeconds(5);
}
