using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Reopen.Functions.Notifications;

namespace Reopen.Bench;

/// <summary>When each email reached the mail port, by the filing it is about (the instance in its idempotency key).</summary>
internal sealed class MailClock
{
    private readonly ConcurrentDictionary<string, Mailbox> _byFiling = new(StringComparer.Ordinal);

    /// <summary>Wraps the app's email sender, whichever adapter it is, so every send is timed before it is passed on.</summary>
    public void Watch(IServiceCollection services)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IEmailSender));
        services.Replace(ServiceDescriptor.Singleton<IEmailSender>(sp => new Timed(this, (IEmailSender)(inner.ImplementationFactory?.Invoke(sp)
            ?? inner.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)))));
    }

    public int CountFor(string filingId) => Box(filingId).Count;

    /// <summary>The stopwatch time the first email after the first <paramref name="seen"/> for the filing arrived whose subject matches.</summary>
    public Task<long> NextAsync(string filingId, int seen, Func<string, bool>? subject = null) => Box(filingId).NextAsync(seen, subject ?? (_ => true));

    private Mailbox Box(string filingId) => _byFiling.GetOrAdd(filingId, _ => new Mailbox());

    private sealed class Timed(MailClock clock, IEmailSender inner) : IEmailSender
    {
        public async Task<EmailReceipt> SendAsync(EmailMessage m, string idempotencyKey, CancellationToken ct)
        {
            var receipt = await inner.SendAsync(m, idempotencyKey, ct);
            // Keys are "process|instance|sequence|index".
            clock.Box(idempotencyKey.Split('|')[1]).Add(m.Subject, Stopwatch.GetTimestamp());
            return receipt;
        }
    }

    private sealed class Mailbox
    {
        private readonly Lock _lock = new();
        private readonly List<(string Subject, long At)> _mails = [];
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count
        {
            get { lock (_lock) return _mails.Count; }
        }

        public void Add(string subject, long at)
        {
            TaskCompletionSource changed;
            lock (_lock)
            {
                _mails.Add((subject, at));
                changed = _changed;
                _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            changed.TrySetResult();
        }

        public async Task<long> NextAsync(int seen, Func<string, bool> subject)
        {
            var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 120;
            while (true)
            {
                Task changed;
                lock (_lock)
                {
                    foreach (var (s, at) in _mails.Skip(seen)) if (subject(s)) return at;
                    changed = _changed.Task;
                }
                if (Stopwatch.GetTimestamp() > deadline) throw new TimeoutException("No such email within 120 s.");
                await changed.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
            }
        }
    }
}
