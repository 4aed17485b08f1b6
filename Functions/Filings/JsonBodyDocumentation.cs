using Microsoft.OpenApi;

namespace Reopen.Functions.Filings;

/// <summary>
/// Documents a JSON request body the handler reads itself. Accepts&lt;T&gt;() would also make routing answer 415 before the
/// handler runs, in English and without our problem code; the handler checks the content type in the request's language.
/// </summary>
internal static class JsonBodyDocumentation
{
    public static RouteHandlerBuilder DocumentsJsonBody<TBody>(this RouteHandlerBuilder builder, bool required = true) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, ct) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, ct);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = required,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
