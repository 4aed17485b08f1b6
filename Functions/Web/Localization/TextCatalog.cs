using System.Reflection;

namespace Reopen.Functions.Web.Localization;

/// <summary>All UI strings of the app, gathered once from every <see cref="ITextSet"/> in this assembly.</summary>
public sealed class TextCatalog
{
    private static readonly Lazy<TextCatalog> Shared = new(() => FromSets(DiscoverSets(typeof(TextCatalog).Assembly)));

    private readonly Dictionary<string, LocalizedText> _entries;

    private TextCatalog(Dictionary<string, LocalizedText> entries) => _entries = entries;

    public static TextCatalog Default => Shared.Value;

    public IReadOnlyDictionary<string, LocalizedText> Entries => _entries;

    public bool TryGet(string key, out LocalizedText text) => _entries.TryGetValue(key, out text);

    /// <summary>Merges sets; a key defined twice is a programming error and fails loudly.</summary>
    public static TextCatalog FromSets(IEnumerable<ITextSet> sets)
    {
        var entries = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            foreach (var (key, text) in set.Entries)
            {
                if (!entries.TryAdd(key, text))
                    throw new InvalidOperationException($"UI text key '{key}' is defined twice (again in {set.GetType().Name}).");
            }
        }
        return new TextCatalog(entries);
    }

    internal static IEnumerable<ITextSet> DiscoverSets(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(ITextSet).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ITextSet)Activator.CreateInstance(t)!);
}
