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
        new FunctionOrchestrator(input, TaskResultType(function.Method), function.Method, target);

    public static ITaskActivity Activity(DurableFunction function, object target) =>
        new FunctionActivity(function.ActivityInput!, TaskResultType(function.Method), function.Method, target);

    private static Type TaskResultType(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? method.ReturnType.GetGenericArguments()[0]
            : throw new InvalidOperationException($"Function {method.Name} must return Task<T>.");

    // Awaited on the caller's context: an orchestration's continuations must stay on the orchestration's own scheduler.
    private static async Task<object?> ResultOf(object? task)
    {
        var running = (Task)task!;
        await running;
        return running.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(running);
    }

    private sealed class FunctionOrchestrator(Type input, Type output, MethodInfo method, object target) : ITaskOrchestrator
    {
        public Type InputType => input;

        public Type OutputType => output;

        // The function reads its input from the context, as it does under the Functions host.
        public Task<object?> RunAsync(TaskOrchestrationContext context, object? _) => ResultOf(method.Invoke(target, [context]));
    }

    private sealed class FunctionActivity(Type input, Type output, MethodInfo method, object target) : ITaskActivity
    {
        public Type InputType => input;

        public Type OutputType => output;

        public Task<object?> RunAsync(TaskActivityContext context, object? value) => ResultOf(method.Invoke(target, [value]));
    }
}
