namespace Reopen.TestSupport;

/// <summary>Table names unique per call, valid for Table storage (letters and digits, starting with a letter).</summary>
public static class TestTables
{
    public static string UniqueName(string prefix = "t")
    {
        var letters = new string(prefix.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (letters.Length == 0 || !char.IsAsciiLetter(letters[0])) letters = "t" + letters;
        if (letters.Length > 30) letters = letters[..30];
        return letters + Guid.NewGuid().ToString("N");
    }
}
