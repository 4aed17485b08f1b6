using Reopen.Functions.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddReopenHosting();
builder.Services.AddReopen(builder.Configuration);

var app = builder.Build();
app.MapReopen();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
