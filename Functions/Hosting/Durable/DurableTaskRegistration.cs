using Microsoft.DurableTask;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>One orchestrator or activity the worker runs, by its task name, built from the app's services.</summary>
public sealed record DurableTaskRegistration(string Name, Func<IServiceProvider, ITaskOrchestrator>? Orchestrator, Func<IServiceProvider, ITaskActivity>? Activity)
{
    public static DurableTaskRegistration ForOrchestrator(string name, Func<IServiceProvider, ITaskOrchestrator> create) => new(name, create, null);

    public static DurableTaskRegistration ForActivity(string name, Func<IServiceProvider, ITaskActivity> create) => new(name, null, create);
}
