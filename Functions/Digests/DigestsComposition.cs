namespace Reopen.Functions.Digests;

public static class DigestsComposition
{
    public static IServiceCollection AddDigests(this IServiceCollection services) => services.AddSingleton<OfficialDigests>();
}
