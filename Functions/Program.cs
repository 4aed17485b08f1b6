using Reopen.Functions.Hosting;
using Reopen.Functions.Hosting.FunctionsHost;
using Reopen.Functions.Hosting.Standalone;

var host = AppHost.From(args);
if (host.IsFunctionsHost)
    FunctionsWorker.Build(args, host).Run();
else
    StandaloneHost.Build(args).Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
