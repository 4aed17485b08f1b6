using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Durable;

public static class DurableComposition
{
    /// <summary>
    /// Under the Functions host its Durable extension runs the orchestrations and each function binds its client; the
    /// standalone host runs its own worker and client on the task hub, started after the app's tables.
    /// </summary>
    public static IServiceCollection AddDurableTasks(this IServiceCollection services, IConfiguration configuration, AppHost host)
    {
        services.TryAddSingleton<CommandSignals>();
        services.TryAddSingleton<BoundDurableClient>();
        if (host.IsFunctionsHost)
        {
            services.TryAddSingleton<IOrchestrationGateway>(sp => sp.GetRequiredService<BoundDurableClient>());
            return services;
        }

        services.AddOptions<DurableOptions>().Bind(configuration.GetSection(DurableOptions.Section))
            .Validate(o => o.HubName.Length is >= 3 and <= 45 && o.HubName.All(char.IsAsciiLetterOrDigit) && char.IsAsciiLetter(o.HubName[0]),
                "Durable:HubName must be 3 to 45 letters and digits, starting with a letter.")
            .Validate(o => o.PartitionCount is >= 1 and <= 16, "Durable:PartitionCount must be between 1 and 16.")
            .Validate(o => o.MaxQueuePollingInterval > TimeSpan.Zero, "Durable:MaxQueuePollingInterval must be positive.")
            .Validate(o => o.QueueVisibilityTimeout >= TimeSpan.FromSeconds(5) && o.QueueVisibilityTimeout <= TimeSpan.FromDays(7),
                "Durable:QueueVisibilityTimeout must be from 00:00:05 to 7.00:00:00.")
            .ValidateOnStart();
        services.TryAddSingleton<DurableTaskHost>();
        services.TryAddSingleton<IOrchestrationGateway>(sp => sp.GetRequiredService<DurableTaskHost>());
        services.AddHostedService(sp => sp.GetRequiredService<DurableTaskHost>());
        return services;
    }

    /// <summary>A process's orchestrator and activities, which its functions run.</summary>
    public static IServiceCollection AddProcessTasks<TState, TCommand, TEvent, TEffect>(this IServiceCollection services,
        Func<IServiceProvider, IProcess<TState, TCommand, TEvent, TEffect>> process)
        where TState : class
        where TCommand : class
        where TEvent : class
        where TEffect : class
    {
        services.AddSingleton(sp => new ProcessTasks<TState, TCommand, TEvent, TEffect>(process(sp),
            sp.GetRequiredService<ProcessReadModel<TState, TEvent>>(), sp.GetRequiredService<IEffectHandler<TEffect>>(), sp.GetRequiredService<CommandSignals>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Reopen.Effects")));
        services.AddSingleton<IProcessTasks>(sp => sp.GetRequiredService<ProcessTasks<TState, TCommand, TEvent, TEffect>>());
        return services;
    }
}
