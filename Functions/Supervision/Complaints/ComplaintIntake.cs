using Reopen.Functions.Approvals;
using Reopen.Functions.Approvals.DecisionLinks;
using Reopen.Functions.Filings;
using Reopen.Functions.Hosting.Urls;
using Reopen.Functions.Notifications;
using Reopen.Functions.Permits;
using Reopen.Functions.Web.Localization;
using Reopen.Orchestrations.Policy;
using Reopen.Orchestrations.Supervision;
using Reopen.Orchestrations.Supervision.Complaints;

namespace Reopen.Functions.Supervision.Complaints;

/// <summary>
/// Takes a complaint in: matches it to a permitted business where it can (permit number, credit code, or name in the
/// street), links it to an earlier complaint about the same matter, and sends a verification task to one of the street's
/// grid inspectors. Verifying it answers the complainant, and every repeat of it, with fixed words.
/// </summary>
public sealed class ComplaintIntake(
    ComplaintDesk desk, PermitRegister permits, DistrictPolicy policy, DecisionLinkToken tokens, PublicUrls urls, IEmailSender email, ISmsSender sms,
    TimeProvider time, ILogger<ComplaintIntake> logger)
{
    public const string StepId = "complaint";
    private static readonly Texts Zh = Texts.For(UiLanguage.Zh);

    public async Task<Complaint> SubmitAsync(ComplaintForm form, ContactKind contact, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var permit = form.PermitNumber is { } number && PermitLinks.IsWellFormedKey(PermitLinks.KeyOf(number))
            ? await permits.FindAsync(PermitLinks.KeyOf(number), ct)
            : null;
        permit ??= await permits.FindByAsync(form.CreditCode, form.Street, form.Business, ct);
        var street = policy.FindStreet(permit?.StreetCode) ?? policy.FindStreet(form.Street)!;
        var target = ComplaintRules.TargetKey(permit is null ? null : PermitLinks.KeyOf(permit.PermitNumber), street.Code, form.Business);
        var earlier = (await desk.AboutAsync(target, now - ComplaintRules.DuplicateWindow, ct))
            .Where(e => e.DuplicateOf is null).OrderBy(e => e.At)
            .FirstOrDefault(e => ComplaintRules.IsNearDuplicate(form.What, now, e.What, e.At));

        var id = FilingIds.NewReference('C', now);
        var verifyBy = now + policy.Supervision.InspectionWithin;
        var assignee = earlier.Id is { } original && await desk.FindAsync(original, ct) is { } first
            ? first.Complaint.AssigneeId
            : GridAssignment.InspectorFor(street, id, StepId).Id;
        var complaint = new Complaint(id, form with { Street = street.Code }, contact, permit?.PermitNumber, permit?.FilingId, target, earlier.Id,
            assignee, now, verifyBy, policy.TaskLinkExpiry(now, verifyBy));
        await desk.AddAsync(complaint, ct);
        logger.LogInformation("Complaint {ComplaintId} about permit {PermitKey} in street {StreetCode}: {Kind}", id,
            permit is null ? "(none)" : PermitLinks.KeyOf(permit.PermitNumber), street.Code, earlier.Id is null ? "new" : "repeat of " + earlier.Id);

        // A repeat is answered with the complaint it repeats: one verification, not two.
        if (earlier.Id is null && policy.FindOfficial(assignee) is { } inspector)
        {
            await email.SendAsync(ComplaintMessages.Task(complaint, inspector, TaskUrl(complaint)), $"complaint|{id}|task", ct);
        }
        return complaint;
    }

    /// <summary>Records the verification and answers the complainant and every repeat; the complaint as verified, or null if it was verified meanwhile.</summary>
    public async Task<Complaint?> VerifyAsync(Complaint complaint, Azure.ETag etag, ComplaintFinding finding, string result, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var verified = complaint with { Status = ComplaintStatus.Verified, Finding = finding, Result = result, VerifiedAt = now };
        if (!await desk.RecordAsync(verified, etag, ct)) return null;
        await AnswerAsync(verified, ct);
        foreach (var repeat in await desk.AboutAsync(complaint.TargetKey, complaint.SubmittedAt, ct))
        {
            if (repeat.DuplicateOf != complaint.Id || await desk.FindAsync(repeat.Id, ct) is not { } found || found.Complaint.Status == ComplaintStatus.Verified)
                continue;
            var answered = found.Complaint with { Status = ComplaintStatus.Verified, Finding = finding, Result = result, VerifiedAt = now };
            if (await desk.RecordAsync(answered, found.ETag, ct)) await AnswerAsync(answered, ct);
        }
        return verified;
    }

    private async Task AnswerAsync(Complaint c, CancellationToken ct)
    {
        var body = Zh.T("businessSms.signature", policy.Name.Zh) + Zh.T($"complaint.answer.{c.Finding}", Zh.Date(c.SubmittedAt), c.Id);
        var key = $"complaint|{c.Id}|answer";
        switch (c.ContactKind)
        {
            case ContactKind.Mobile:
                await sms.SendAsync(new SmsMessage(c.Form.Contact!, body), key, ct);
                break;
            case ContactKind.Email:
                await email.SendAsync(ComplaintMessages.Answer(c, body), key, ct);
                break;
        }
        logger.LogInformation("Complaint {ComplaintId} verified ({Finding}); answered: {Answered}", c.Id, c.Finding, c.ContactKind != ContactKind.None);
    }

    /// <summary>The verification task's signed link, the same in the task email and every digest (its claims are the stored complaint's).</summary>
    public string TaskUrl(Complaint c) =>
        urls.For("/api/complaints/tasks/" + tokens.Create(new DecisionLinkClaims(c.Id, StepId, 0, c.AssigneeId, c.LinkExpiresAt)));
}
