namespace Reopen.Functions.Notifications;

/// <summary>An email to one person. Links repeats the actionable URLs of the body, labelled, so the dev outbox can list them.</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string HtmlBody, string TextBody, IReadOnlyList<MessageLink> Links);

/// <summary>A labelled URL, e.g. ("批准", "https://…/decisions/…").</summary>
public sealed record MessageLink(string Label, string Url);

/// <summary>The provider's id for an accepted message; a repeated send with the same idempotency key returns the first id.</summary>
public sealed record EmailReceipt(string MessageId);
