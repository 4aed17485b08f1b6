using Reopen.Functions.Hosting.Storage;
using Reopen.Orchestrations.Filings;

namespace Reopen.Functions.Filings;

/// <summary>The business-facing filing API and status page, and the tables behind them.</summary>
public static class FilingsComposition
{
    public static IServiceCollection AddFilings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FilingOptions>().Bind(configuration.GetSection(FilingOptions.Section))
            .Validate(o => o.MaxRequestBodyBytes >= 1024 * 1024, $"{FilingOptions.Section}:MaxRequestBodyBytes must be at least 1 MiB (a roster of 5,000 people).")
            .Validate(o => o.AccessCodeAttemptsPerMinute >= 1, $"{FilingOptions.Section}:AccessCodeAttemptsPerMinute must be at least 1.")
            .Validate(o => o.AccessCodeAttemptsPerFiling >= 1, $"{FilingOptions.Section}:AccessCodeAttemptsPerFiling must be at least 1.")
            .Validate(o => o.AccessCodeAttemptWindow >= TimeSpan.FromSeconds(1) && o.AccessCodeAttemptWindow <= TimeSpan.FromDays(1),
                $"{FilingOptions.Section}:AccessCodeAttemptWindow must be from 00:00:01 to 1.00:00:00.")
            .ValidateOnStart();
        services.AddRequiredTable(FilingTables.Filings);
        services.AddRequiredTable(FilingTables.Roster);
        services.AddRequiredTable(FilingTables.CreditCodes);
        services.AddRequiredTable(FilingTables.Idempotency);
        services.AddSingleton<FilingStore>();
        services.AddSingleton<SubmissionRecords>();
        services.AddSingleton<CreditCodeIndex>();
        services.AddSingleton<FilingLinkBuilder>();
        services.AddSingleton<FilingSubmission>();
        services.AddSingleton<FilingAmendLease>();
        services.AddSingleton<FilingChanges>();
        services.AddSingleton<FilingStatusReader>();
        services.AddSingleton<AccessCodeGuard>();
        services.AddSingleton<AccessCodeBudget>();
        services.AddSingleton<FilingAccess>();
        return services;
    }

    public static IEndpointRouteBuilder MapFilings(this IEndpointRouteBuilder api)
    {
        var filings = api.MapGroup("/filings").WithTags("Filings");

        filings.MapPost("", SubmitFilingEndpoint.HandleAsync)
            .WithName("SubmitFiling")
            .WithSummary("File to reopen (复工复产备案)")
            .WithDescription("Validates the whole filing and names every failing field (400, messages in zh or en: ?lang=en or Accept-Language). " +
                "Answers 201 with the filing id and the access code (shown once). An Idempotency-Key header (1-100 printable characters, " +
                "best a UUID) returns the first answer again for the same body and 422 for another body. 409 while another filing of " +
                "the same credit code is open.")
            .DocumentsJsonBody<Filing>()
            .Produces<FilingCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        filings.MapGet("/{filingId}", FilingStatusEndpoints.GetAsync)
            .WithName("GetFilingStatus")
            .WithSummary("Where a filing stands")
            .WithDescription("Needs the X-Access-Code header. Status, route steps, who holds the open step and since when, its deadline " +
                "and escalation level, decisions, reason, permit links. An unknown id and a wrong or missing code both answer 404; " +
                "too many wrong codes (from one address, or to the filing from anywhere) answer 429 with Retry-After, right code or not.")
            .Produces<FilingStatusView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        filings.MapPut("/{filingId}", FilingStatusEndpoints.AmendAsync)
            .WithName("AmendFiling")
            .WithSummary("Amend a returned filing")
            .WithDescription("Needs the X-Access-Code header. Replaces the document and roster of a filing returned for amendment and " +
                "resumes the returned step. Street, sector, category, scale and credit code may not change (422). 409 when not returned.")
            .DocumentsJsonBody<Filing>()
            .Produces<FilingStatusView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        filings.MapPost("/{filingId}/withdraw", FilingStatusEndpoints.WithdrawAsync)
            .WithName("WithdrawFiling")
            .WithSummary("Withdraw a pending or returned filing")
            .WithDescription("Needs the X-Access-Code header; optional JSON body {\"reason\": \"…\"}. 409 once the filing is closed.")
            .DocumentsJsonBody<FilingStatusEndpoints.WithdrawRequest>(required: false)
            .Produces<FilingStatusView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        filings.MapFilingLookup();
        filings.MapFilingStatusPage();
        filings.MapFilingAmendPage();
        return api;
    }
}
