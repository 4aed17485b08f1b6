using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Reopen.Functions.Hosting.Catalog;

/// <summary>An HTTP function: its name, the methods it answers (lower case) and its route.</summary>
public sealed record HttpFunction(string Name, IReadOnlyList<string> Methods, string Route, MethodInfo Method);

/// <summary>An orchestration or activity function: its name and, for an activity, the type it takes.</summary>
public sealed record DurableFunction(string Name, bool IsOrchestrator, Type? ActivityInput, MethodInfo Method);

/// <summary>A timer function and its NCRONTAB schedule.</summary>
public sealed record TimerFunction(string Name, string Schedule, MethodInfo Method);

/// <summary>
/// The app's functions, read from the same <see cref="FunctionAttribute"/>s the Functions SDK reads when it writes
/// functions.metadata, so the standalone host serves what Azure would.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<HttpFunction> http, IReadOnlyList<DurableFunction> durable, IReadOnlyList<TimerFunction> timers)
    {
        Http = http;
        Durable = durable;
        Timers = timers;
    }

    public static FunctionCatalog App { get; } = Of(typeof(FunctionCatalog).Assembly);

    public IReadOnlyList<HttpFunction> Http { get; }

    public IReadOnlyList<DurableFunction> Durable { get; }

    public IReadOnlyList<TimerFunction> Timers { get; }

    public static FunctionCatalog Of(Assembly assembly)
    {
        var http = new List<HttpFunction>();
        var durable = new List<DurableFunction>();
        var timers = new List<TimerFunction>();
        var methods = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));
        foreach (var method in methods)
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function) continue;
            var name = function.Name;
            var parameters = method.GetParameters();
            if (Trigger<HttpTriggerAttribute>(parameters) is (_, var httpTrigger))
                http.Add(new HttpFunction(name, (httpTrigger.Methods ?? []).Select(m => m.ToLowerInvariant()).ToArray(),
                    httpTrigger.Route ?? throw Invalid(method, "an HTTP trigger without a route"), method));
            else if (Trigger<OrchestrationTriggerAttribute>(parameters) is not null)
                durable.Add(new DurableFunction(name, IsOrchestrator: true, ActivityInput: null, method));
            else if (Trigger<ActivityTriggerAttribute>(parameters) is (var activityInput, _))
                durable.Add(new DurableFunction(name, IsOrchestrator: false, activityInput.ParameterType, method));
            else if (Trigger<TimerTriggerAttribute>(parameters) is (_, var timer))
                timers.Add(new TimerFunction(name, timer.Schedule, method));
            else
                throw Invalid(method, "a trigger this app's standalone host does not serve");
        }
        var names = http.Select(f => f.Name).Concat(durable.Select(f => f.Name)).Concat(timers.Select(f => f.Name)).ToList();
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"Two functions are named {twice.Key}.");
        return new FunctionCatalog(http.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray(),
            durable.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray(), timers.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray());
    }

    private static (ParameterInfo Parameter, T Attribute)? Trigger<T>(ParameterInfo[] parameters) where T : Attribute =>
        parameters.Select(p => (p, p.GetCustomAttribute<T>())).FirstOrDefault(x => x.Item2 is not null) is ({ } parameter, { } attribute)
            ? (parameter, attribute)
            : null;

    private static InvalidOperationException Invalid(MethodInfo method, string what) =>
        new($"Function {method.DeclaringType?.Name}.{method.Name} has {what}.");
}
