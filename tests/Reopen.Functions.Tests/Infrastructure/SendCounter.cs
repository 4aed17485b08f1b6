using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Reopen.Functions.Notifications;

namespace Reopen.Functions.Tests.Infrastructure;

/// <summary>
/// Counts every call the app makes to its mail and SMS adapters, per idempotency key, in front of whichever adapters it
/// chose: the dev outbox keeps one message per key, so only the calls show whether the app itself sent something twice.
/// </summary>
public sealed class SendCounter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Calls => _calls;

    /// <summary>Wraps the app's IEmailSender and ISmsSender; call from <see cref="ReopenTestAppOptions.ConfigureServices"/>.</summary>
    public void Install(IServiceCollection services)
    {
        Wrap<IEmailSender>(services, inner => new Email(inner, this));
        Wrap<ISmsSender>(services, inner => new Sms(inner, this));
    }

    private void Count(string channel, string key) => _calls.AddOrUpdate(channel + ":" + key, 1, (_, n) => n + 1);

    private static void Wrap<T>(IServiceCollection services, Func<T, T> wrap) where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(original);
        services.AddSingleton(sp => wrap((T)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
    }

    private sealed class Email(IEmailSender inner, SendCounter counter) : IEmailSender
    {
        public Task<EmailReceipt> SendAsync(EmailMessage m, string idempotencyKey, CancellationToken ct)
        {
            counter.Count("email", idempotencyKey);
            return inner.SendAsync(m, idempotencyKey, ct);
        }
    }

    private sealed class Sms(ISmsSender inner, SendCounter counter) : ISmsSender
    {
        public Task<SmsReceipt> SendAsync(SmsMessage m, string idempotencyKey, CancellationToken ct)
        {
            counter.Count("sms", idempotencyKey);
            return inner.SendAsync(m, idempotencyKey, ct);
        }
    }
}
