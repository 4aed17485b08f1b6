using System.Reflection;
using Microsoft.DurableTask;
using Reopen.Functions.Hosting.Catalog;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>
/// The app's orchestration and activity functions as tasks for the standalone worker: each call runs the function itself,
/// as the Functions host would, on its class built once from the app's services.
/// </summary>
public static class DurableFunctionTasks
{
    public static ITaskOrchestrator Orchestrator(DurableFunction function, Type input, object target) =>
        new FunctionOrchestrator(input, Call.Of(function.Method, target));

    public static ITaskActivity Activity(DurableFunction function, object target) =>
        new FunctionActivity(function.ActivityInput!, Call.Of(function.Method, target));

    /// <summary>One function on its class, with what it returns, looked up once rather than on every work item.</summary>
    private sealed record Call(MethodInfo Method, object Target, Type Output, PropertyInfo Result)
    {
        public static Call Of(MethodInfo method, object target)
        {
            if (!method.ReturnType.IsGenericType || method.ReturnType.GetGenericTypeDefinition() != typeof(Task<>))
                throw new InvalidOperationException($"Function {method.Name} must return Task<T>.");
            return new(method, target, method.ReturnType.GetGenericArguments()[0], method.ReturnType.GetProperty(nameof(Task<object>.Result))!);
        }

        // Awaited on the caller's context: an orchestration's continuations must stay on the orchestration's own scheduler.
        public async Task<object?> RunAsync(object? argument)
        {
            var running = (Task)Method.Invoke(Target, [argument])!;
            await running;
            return Result.GetValue(running);
        }
    }

    private sealed class FunctionOrchestrator(Type input, Call call) : ITaskOrchestrator
    {
        public Type InputType => input;

        public Type OutputType => call.Output;

        // The function reads its input from the context, as it does under the Functions host.
        public Task<object?> RunAsync(TaskOrchestrationContext context, object? _) => call.RunAsync(context);
    }

    private sealed class FunctionActivity(Type input, Call call) : ITaskActivity
    {
        public Type InputType => input;

        public Type OutputType => call.Output;

        public Task<object?> RunAsync(TaskActivityContext context, object? value) => call.RunAsync(value);
    }
}
