using Reopen.Functions.Approvals.BusinessSms;
using Reopen.Functions.Approvals.DecisionEmails;
using Reopen.Orchestrations.Approvals;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Approvals.Decisions;

public static class DecisionsComposition
{
    /// <summary>Decision emails and pages, and the outcome SMS to the business.</summary>
    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddSingleton<IEffectHandler<EmailApprover>, DecisionEmailHandler>();
        services.AddSingleton<IEffectHandler<SmsToBusiness>, BusinessSmsHandler>();
        services.AddSingleton<DecisionLinkReader>();
        services.AddSingleton<DecisionAmendmentReader>();
        services.AddSingleton<DecisionFilingLoader>();
        return services;
    }
}
