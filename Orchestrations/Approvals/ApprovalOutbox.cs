using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

// Effects are a function of the state after the event and the event itself.
internal static class ApprovalOutbox
{
    public static IEnumerable<ApprovalEffect> For(ApprovalState state, ApprovalEvent @event)
    {
        var filing = state.Filing!;
        switch (@event)
        {
            case StepOpened e:
                return Emails(state, e.StepId, EmailPurpose.Decide, s => s.Plan.Approvers);
            case StepReminded e:
                return Emails(state, e.StepId, EmailPurpose.Reminder, s => s.Awaiting);
            case StepEscalated e:
                return Emails(state, e.StepId, EmailPurpose.Escalation, s => s.Plan.Escalation[e.Level - 1].Officials);
            case StepOverdue e:
                return Emails(state, e.StepId, EmailPurpose.Overdue, s => s.Plan.Escalation[e.Level - 1].Officials);
            case FilingApproved e:
                // The permit is registered before the SMS that links to it goes out.
                return
                [
                    new PermitIssued(filing.FilingId, e.PermitNumber, filing.BusinessName, filing.CreditCode, filing.Address,
                        filing.StreetCode, filing.SectorCode, filing.Category, e.At, filing.Scale),
                    new SmsToBusiness(filing.FilingId, filing.ResponsibleMobile, SmsKind.Approved, e.PermitNumber),
                ];
            case FilingRejected e:
                return
                [
                    new SmsToBusiness(filing.FilingId, filing.ResponsibleMobile, SmsKind.Rejected, null),
                    new CallbackTaskOpened(filing.FilingId, filing.StreetCode, e.CallbackTo, filing.BusinessName, filing.ResponsibleName,
                        filing.ResponsibleMobile, e.Reason, e.At, state.Priority),
                ];
            case FilingReturned e:
                return [new SmsToBusiness(filing.FilingId, filing.ResponsibleMobile, SmsKind.Returned, null)];
            case CallbackClosed e:
                return [new CallbackTaskClosed(filing.FilingId, filing.StreetCode, e.By, e.Notes, e.At)];
            default:
                return [];
        }
    }

    private static IEnumerable<ApprovalEffect> Emails(
        ApprovalState state, string stepId, EmailPurpose purpose, Func<ApprovalStep, IEnumerable<Official>> recipients)
    {
        var step = state.FindStep(stepId)!;
        var filing = state.Filing!;
        return recipients(step).Select(official => new EmailApprover(
            filing.FilingId, step.StepId, step.Kind, step.Round, official, purpose, filing.BusinessName, filing.Category,
            filing.Scale, filing.StreetCode, step.DeadlineAt!.Value, step.LinksExpireAt!.Value, state.Priority)).ToArray();
    }
}
