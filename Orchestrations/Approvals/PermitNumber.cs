using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Reopen.Orchestrations.Filings;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Approvals;

/// <summary>
/// 复工〔2026〕QH-7K3M9TQX: the year of approval (Beijing time), the district code and eight characters derived from the
/// filing id. Deterministic, so a pure process needs no global counter and a retried approval yields the same number.
/// </summary>
public static class PermitNumber
{
    private const int Length = 8;

    public static string For(string districtCode, string filingId, DateTimeOffset approvedAt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(filingId));
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash);
        var alphabet = CreditCode.Alphabet; // no I, O, S, V, Z: nothing to misread on a placard
        var code = new char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            code[i] = alphabet[(int)(value % (ulong)alphabet.Length)];
            value /= (ulong)alphabet.Length;
        }
        return $"复工〔{approvedAt.ToOffset(BeijingTime.Offset).Year}〕{districtCode}-{new string(code)}";
    }
}
