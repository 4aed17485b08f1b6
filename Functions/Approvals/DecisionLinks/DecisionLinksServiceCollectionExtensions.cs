using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Reopen.Functions.Approvals.DecisionLinks;

public static class DecisionLinksServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DecisionLinkToken"/> with keys from the "DecisionLinks" section. A missing or bad key
    /// outside Development fails host start-up; in Development a missing key means the fixed dev key and a warning.
    /// </summary>
    public static IServiceCollection AddDecisionLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DecisionLinkOptions>()
            .Bind(configuration.GetSection(DecisionLinkOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DecisionLinkOptions>, DecisionLinkOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var ring = DecisionLinkKeyRing.FromOptions(
                sp.GetRequiredService<IOptions<DecisionLinkOptions>>().Value,
                sp.GetRequiredService<IHostEnvironment>().IsDevelopment());
            if (ring.IsDevelopmentKey)
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<DecisionLinkToken>()
                    .LogWarning("{Setting} is not set: decision links are signed with the public development key", "DecisionLinks:SigningKey");
            return ring;
        });
        services.AddSingleton<DecisionLinkToken>();
        return services;
    }

    private sealed class DecisionLinkOptionsValidator(IHostEnvironment environment) : IValidateOptions<DecisionLinkOptions>
    {
        public ValidateOptionsResult Validate(string? name, DecisionLinkOptions options)
        {
            var problems = DecisionLinkKeyRing.Validate(options, environment.IsDevelopment());
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
