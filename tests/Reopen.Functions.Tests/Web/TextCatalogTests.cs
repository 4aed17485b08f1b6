using System.Text.RegularExpressions;
using Reopen.Functions.Web.Localization;

namespace Reopen.Functions.Tests.Web;

public partial class TextCatalogTests
{
    [Fact]
    public void Every_key_has_both_languages()
    {
        var missing = TextCatalog.Default.Entries
            .Where(e => string.IsNullOrWhiteSpace(e.Value.Zh) || string.IsNullOrWhiteSpace(e.Value.En))
            .Select(e => e.Key);

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_key_uses_the_same_placeholders_in_both_languages()
    {
        var mismatched = TextCatalog.Default.Entries
            .Where(e => !Placeholders(e.Value.Zh).SetEquals(Placeholders(e.Value.En)))
            .Select(e => e.Key);

        Assert.Empty(mismatched);
    }

    [Fact]
    public void Catalogue_gathers_the_sets_of_every_feature()
    {
        Assert.True(TextCatalog.Default.TryGet("web.product", out _));
        Assert.True(TextCatalog.Default.TryGet("devOutbox.title", out _));
    }

    [Fact]
    public void Key_defined_twice_fails_loudly()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TextCatalog.FromSets([new SetA(), new SetA()]));

        Assert.Contains("test.greeting", error.Message);
    }

    [Fact]
    public void Texts_pick_the_language_and_format_arguments()
    {
        var catalog = TextCatalog.FromSets([new SetA()]);

        Assert.Equal("你好，张三", new Texts(UiLanguage.Zh, catalog).T("test.greeting", "张三"));
        Assert.Equal("Hello, Zhang San", new Texts(UiLanguage.En, catalog).T("test.greeting", "Zhang San"));
    }

    [Fact]
    public void Missing_key_shows_the_key()
    {
        Assert.Equal("no.such.key", Texts.For(UiLanguage.En)["no.such.key"]);
    }

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    private sealed class SetA : ITextSet
    {
        public IReadOnlyDictionary<string, LocalizedText> Entries { get; } = new Dictionary<string, LocalizedText>
        {
            ["test.greeting"] = ("你好，{0}", "Hello, {0}"),
        };
    }
}
