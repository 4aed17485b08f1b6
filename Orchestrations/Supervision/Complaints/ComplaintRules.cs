using System.Text.RegularExpressions;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Supervision.Complaints;

/// <summary>A complaint (投诉举报, 12315) as the public sends it: what is wrong, where, and an optional contact for the answer.</summary>
public sealed record ComplaintForm
{
    public string What { get; init; } = "";
    /// <summary>The business's name as the complainant knows it.</summary>
    public string Business { get; init; } = "";
    public string? Address { get; init; }
    public string? CreditCode { get; init; }
    public string? PermitNumber { get; init; }
    /// <summary>A street code of the policy, e.g. "QH01".</summary>
    public string Street { get; init; } = "";
    /// <summary>A mainland mobile number or an email address; only used to answer.</summary>
    public string? Contact { get; init; }
}

public enum ContactKind { None, Mobile, Email }

/// <summary>How a complaint is answered once verified (fixed words: nothing an official typed reaches the complainant).</summary>
public enum ComplaintFinding { Substantiated, NotSubstantiated }

/// <summary>Checks a complaint whole and tells near-duplicates apart.</summary>
public static partial class ComplaintRules
{
    /// <summary>Two complaints about the same business are the same matter when their words overlap this much.</summary>
    public const double DuplicateSimilarity = 0.5;

    /// <summary>How far back a complaint about the same business counts as possibly the same matter.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromDays(7);

    public static (ComplaintForm Normalized, ContactKind Contact, IReadOnlyList<FieldError> Errors) Check(ComplaintForm form, DistrictPolicy policy)
    {
        var errors = new FieldErrorList();
        errors.Text(form.What, "what", "投诉内容", "What is wrong", FilingLimits.NoteLength);
        errors.Name(form.Business, "business", "被投诉单位名称", "The business's name", FilingLimits.BusinessNameLength);
        errors.Name(form.Address, "address", "地址", "The address", FilingLimits.AddressLength, required: false);
        var creditCode = string.IsNullOrWhiteSpace(form.CreditCode) ? null : Filings.CreditCode.Normalize(form.CreditCode);
        if (creditCode is not null) errors.Add("creditCode", Filings.CreditCode.Problem(creditCode));
        errors.Name(form.PermitNumber, "permitNumber", "复工许可编号", "The permit number", 40, required: false);
        if (policy.FindStreet(form.Street?.Trim()) is null) errors.Add("street", "请选择所在街道", "Choose the street the business is in");

        var contact = ContactKind.None;
        string? normalizedContact = null;
        if (!string.IsNullOrWhiteSpace(form.Contact))
        {
            if (MobileNumber.TryNormalize(form.Contact, out var mobile)) (contact, normalizedContact) = (ContactKind.Mobile, mobile);
            else if (EmailPattern().IsMatch(form.Contact.Trim()) && form.Contact.Trim().Length <= 254) (contact, normalizedContact) = (ContactKind.Email, form.Contact.Trim());
            else errors.Add("contact", "联系方式须为手机号或电子邮箱（可不填）", "A contact must be a mobile number or an email address (or left empty)");
        }
        var normalized = form with
        {
            What = form.What.Trim(), Business = form.Business.Trim(), Address = form.Address?.Trim() is { Length: > 0 } a ? a : null,
            CreditCode = creditCode, PermitNumber = form.PermitNumber?.Trim() is { Length: > 0 } p ? p : null, Street = form.Street?.Trim() ?? "",
            Contact = normalizedContact,
        };
        return (normalized, contact, errors.Errors);
    }

    /// <summary>Same business, close in time and in words (character bigrams, Jaccard): the same matter, reported again.</summary>
    public static bool IsNearDuplicate(string what, DateTimeOffset at, string earlierWhat, DateTimeOffset earlierAt) =>
        at - earlierAt <= DuplicateWindow && Similarity(what, earlierWhat) >= DuplicateSimilarity;

    public static double Similarity(string a, string b)
    {
        var (x, y) = (Bigrams(a), Bigrams(b));
        if (x.Count == 0 || y.Count == 0) return 0;
        return x.Intersect(y).Count() / (double)x.Union(y).Count();
    }

    /// <summary>The key complaints about one business share: its permit when known, else its street and name.</summary>
    public static string TargetKey(string? permitKey, string street, string business) =>
        permitKey is not null ? "permit-" + permitKey : $"name-{street}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Squeeze(business))))[..16]}";

    private static HashSet<string> Bigrams(string text)
    {
        var s = Squeeze(text);
        return s.Length < 2 ? (s.Length == 1 ? [s] : []) : [.. Enumerable.Range(0, s.Length - 1).Select(i => s.Substring(i, 2))];
    }

    // Letters and digits only, lower case: punctuation and spacing do not make a complaint new.
    private static string Squeeze(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
