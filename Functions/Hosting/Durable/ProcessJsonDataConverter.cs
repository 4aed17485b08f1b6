using System.Text.Json;
using Reopen.Orchestrations.Runtime;

namespace Reopen.Functions.Hosting.Durable;

/// <summary>The Durable Task Framework client's converter, speaking the same JSON as the worker's (<see cref="ProcessJson"/>).</summary>
internal sealed class ProcessJsonDataConverter : DurableTask.Core.Serializing.DataConverter
{
    public override string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), ProcessJson.Options);

    public override string Serialize(object value, bool formatted) => Serialize(value);

    public override object Deserialize(string data, Type objectType) =>
        JsonSerializer.Deserialize(data, objectType, ProcessJson.Options) ?? throw new JsonException($"Durable payload for {objectType.Name} is null.");
}
