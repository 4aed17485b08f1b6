using Microsoft.Extensions.Options;
using Reopen.Functions.Hosting.Urls;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals;

/// <summary>The district policy, the approval process on the durable runtime, and the dispatch of its effects.</summary>
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
        services.AddSingleton(sp => new ApprovalHost(
            sp.GetRequiredService<ApprovalProcess>(),
            sp.GetRequiredService<ProcessStore>(),
            sp.GetRequiredService<IEffectHandler<ApprovalEffect>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reopen.Approvals")));
        services.AddSingleton<IProcessRunner>(sp => sp.GetRequiredService<ApprovalHost>());
        return services;
    }
}

/// <summary>Section <c>Reopen</c>: <c>Policy</c> names a shipped district policy, "default" (hours) or "fast" (seconds, demos and tests).</summary>
public sealed class PolicyOptions
{
    public const string Section = "Reopen";

    public string Policy { get; set; } = "default";
}
