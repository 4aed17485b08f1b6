using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reopen.Orchestrations.Policy;

/// <summary>Reads a district policy from JSON and checks it whole, so a bad file fails at start-up with every problem listed.</summary>
public static class PolicyLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property would otherwise be ignored silently and the intended value lost.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <exception cref="PolicyValidationException">The JSON is malformed or breaks a rule; lists every problem.</exception>
    public static DistrictPolicy Parse(string json)
    {
        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PolicyDocument>(json, Options);
        }
        catch (JsonException e)
        {
            throw new PolicyValidationException([$"{e.Path ?? "$"}: {e.Message}"]);
        }
        if (document is null) throw new PolicyValidationException(["$: the policy is empty"]);

        var reader = new PolicyReader();
        var policy = reader.Read(document);
        if (reader.Errors.Count > 0) throw new PolicyValidationException(reader.Errors);
        return policy;
    }
}
