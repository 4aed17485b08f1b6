using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Reopen.Orchestrations.Policy;

namespace Reopen.Orchestrations.Supervision;

/// <summary>
/// Which grid inspector of the street takes an inspection: spread evenly by a hash of the filing and the follow-up, so that
/// any sweep, on any instance, however often it runs, picks the same one.
/// </summary>
public static class GridAssignment
{
    public static Official InspectorFor(Street street, string filingId, string followUpKey)
    {
        var team = street.GridTeam;
        if (team.Count == 0) throw new ArgumentException($"Street {street.Code} has no grid team.", nameof(street));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(filingId + "\n" + followUpKey));
        return team[(int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % (uint)team.Count)];
    }
}
