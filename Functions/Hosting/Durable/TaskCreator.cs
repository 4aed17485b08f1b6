using DurableTask.Core;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>Registers a task in a <see cref="TaskHubWorker"/> under its name (no version), built by the given factory.</summary>
public sealed class TaskCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> _create;

    public TaskCreator(string name, Func<T> create)
    {
        Name = name;
        Version = "";
        _create = create;
    }

    public override T Create() => _create();
}
