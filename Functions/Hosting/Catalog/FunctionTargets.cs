namespace Reopen.Functions.Hosting.Catalog;

/// <summary>
/// The functions' classes for the standalone host, each built once from the app's services (they are stateless),
/// where the Functions host builds one per invocation.
/// </summary>
public sealed class FunctionTargets(IServiceProvider services)
{
    private readonly Dictionary<Type, object> _built = [];

    public object For(Type type)
    {
        lock (_built)
        {
            if (!_built.TryGetValue(type, out var target)) _built[type] = target = ActivatorUtilities.CreateInstance(services, type);
            return target;
        }
    }
}
