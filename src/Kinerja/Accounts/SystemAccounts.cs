using Kinerja.Data;

namespace Kinerja.Accounts;

/// <summary>
/// <see cref="UserAccounts"/> outside a web request: the command line's <c>user …</c> and the demo users made with the demo data.
/// Identity's UserManager needs its services, so a small container is built for the job. With no HttpContext the scope is the
/// system's (<see cref="Access.WorkUnitScope.National"/>), which is right: whoever runs it has the server.
/// </summary>
public static class SystemAccounts
{
    public static ServiceProvider Build(DatabaseSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddKinerjaDatabase(settings);
        services.AddMemoryCache();
        services.AddKinerjaAccounts();
        return services.BuildServiceProvider(validateScopes: true);
    }
}
