namespace Reopen.Functions.Hosting.Timers;

public static class TimerComposition
{
    /// <summary>The executor, the invocation endpoints' dependencies and the local scheduler.</summary>
    public static IServiceCollection AddTimerFunctions(this IServiceCollection services)
    {
        services.AddSingleton<TimerExecutor>();
        services.AddHostedService<LocalTimerScheduler>();
        return services;
    }

    /// <summary>Registers one timer function; it also needs a <c>{Name}/function.json</c> folder with a timerTrigger.</summary>
    public static IServiceCollection AddTimerFunction<TFunction>(this IServiceCollection services)
        where TFunction : class, ITimerFunction
    {
        services.AddSingleton<ITimerFunction, TFunction>();
        return services;
    }
}
