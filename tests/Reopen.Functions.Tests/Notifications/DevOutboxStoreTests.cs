using Reopen.Functions.Notifications;
using Reopen.Functions.Notifications.DevOutbox;
using Reopen.TestSupport;

namespace Reopen.Functions.Tests.Notifications;

public class DevOutboxStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2020, 2, 20, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Same_idempotency_key_twice_keeps_one_message_the_first()
    {
        var store = await NewStore();
        var (first, firstRepeated) = await store.AppendAsync(Sms("13800138000", "第一次", T0, "filing-1/approved/sms"), default);

        var (second, secondRepeated) = await store.AppendAsync(Sms("13800138000", "第二次", T0.AddMinutes(5), "filing-1/approved/sms"), default);

        Assert.False(firstRepeated);
        Assert.True(secondRepeated);
        Assert.Equal(first.MessageId, second.MessageId);
        var kept = Assert.Single(await store.ListAsync());
        Assert.Equal("第一次", kept.Body);
    }

    [Fact]
    public async Task Messages_are_listed_newest_first()
    {
        var store = await NewStore();
        await store.AppendAsync(Sms("13800138001", "b", T0.AddSeconds(1), "k-b"), default);
        await store.AppendAsync(Sms("13800138002", "c", T0.AddSeconds(2), "k-c"), default);
        await store.AppendAsync(Sms("13800138000", "a", T0, "k-a"), default);

        var bodies = (await store.ListAsync()).Select(m => m.Body);

        Assert.Equal(["c", "b", "a"], bodies);
    }

    [Fact]
    public async Task Filters_select_by_recipient_and_channel()
    {
        var store = await NewStore();
        await store.AppendAsync(Sms("13800138000", "sms to A", T0, "1"), default);
        await store.AppendAsync(Email("o'brien@example.cn", "email to B", T0.AddSeconds(1), "2"), default);
        await store.AppendAsync(Sms("13900139000", "sms to C", T0.AddSeconds(2), "3"), default);

        Assert.Equal(["sms to A"], (await store.ListAsync(to: "13800138000")).Select(m => m.Body));
        Assert.Equal(["email to B"], (await store.ListAsync(to: "o'brien@example.cn")).Select(m => m.Body));
        Assert.Equal(["sms to C", "sms to A"], (await store.ListAsync(channel: "SMS")).Select(m => m.Body));
        Assert.Empty(await store.ListAsync(to: "13800138000", channel: "email"));
    }

    [Fact]
    public async Task Stored_message_keeps_every_field()
    {
        var store = await NewStore();
        var sent = Email("li@example.cn", "正文", T0, "decision/F-1/street?x#y") with
        {
            Links = [new MessageLink("批准", "http://127.0.0.1/api/decisions/abc"), new MessageLink("驳回", "http://127.0.0.1/api/decisions/def")],
        };
        await store.AppendAsync(sent, default);

        var kept = Assert.Single(await store.ListAsync());

        Assert.Equal(sent with { MessageId = kept.MessageId }, kept with { Links = sent.Links });
        Assert.Equal(sent.Links, kept.Links);
        Assert.StartsWith("m-", kept.MessageId);
    }

    [Fact]
    public async Task List_stops_at_the_maximum()
    {
        var store = await NewStore();
        for (var i = 0; i < 5; i++) await store.AppendAsync(Sms("13800138000", $"{i}", T0.AddSeconds(i), $"k{i}"), default);

        Assert.Equal(["4", "3"], (await store.ListAsync(max: 2)).Select(m => m.Body));
    }

    [Fact]
    public async Task Clear_removes_every_message_and_frees_the_keys()
    {
        var store = await NewStore();
        for (var i = 0; i < 120; i++) await store.AppendAsync(Sms("13800138000", $"{i}", T0.AddSeconds(i), $"k{i}"), default);

        var removed = await store.ClearAsync(default);

        Assert.Equal(120, removed);
        Assert.Empty(await store.ListAsync());
        var (_, repeated) = await store.AppendAsync(Sms("13800138000", "again", T0, "k0"), default);
        Assert.False(repeated);
    }

    private async Task<DevOutboxStore> NewStore() => new(await azurite.CreateTableAsync("outbox"));

    private static DevOutboxMessage Sms(string to, string body, DateTimeOffset at, string key) =>
        new(DevOutboxChannel.Sms, to, null, body, null, [], at, key);

    private static DevOutboxMessage Email(string to, string body, DateTimeOffset at, string key) =>
        new(DevOutboxChannel.Email, to, "主题", body, $"<p>{body}</p>", [], at, key);
}
