using System.Collections.Concurrent;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Orchestrations.Tests.Runtime.Sample;

/// <summary>The outside world: records every delivery with its idempotency key; can be told to fail.</summary>
public sealed class RecordingEffects : IEffectHandler<SampleEffect>
{
    private readonly ConcurrentQueue<Delivery> deliveries = new();

    /// <summary>Deliveries for which this returns true throw instead of being recorded.</summary>
    public Func<SampleEffect, EffectContext, bool> Fails { get; set; } = (_, _) => false;

    /// <summary>What a failing delivery throws.</summary>
    public Func<Exception> Failure { get; set; } = () => new InvalidOperationException("The mail server is down.");

    public IReadOnlyList<Delivery> Deliveries => [.. deliveries];

    public Task HandleAsync(SampleEffect effect, EffectContext context, CancellationToken ct)
    {
        if (Fails(effect, context)) throw Failure();
        deliveries.Enqueue(new(context.IdempotencyKey, effect, context.Attempt));
        return Task.CompletedTask;
    }

    public void Clear() => deliveries.Clear();
}

public sealed record Delivery(string IdempotencyKey, SampleEffect Effect, int Attempt);
