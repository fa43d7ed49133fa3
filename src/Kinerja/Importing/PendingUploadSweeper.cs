namespace Kinerja.Importing;

/// <summary>
/// Removes expired pending uploads every <see cref="Period"/>, whether or not anyone uploads again: an abandoned preview
/// holds its disk for <see cref="PendingUploads.Lifetime"/> plus at most one period. The timer comes from the injected
/// clock, so a test moves time on instead of waiting.
/// </summary>
public sealed partial class PendingUploadSweeper(PendingUploads uploads, TimeProvider clock, ILogger<PendingUploadSweeper> logger) : IHostedService, IAsyncDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = clock.CreateTimer(_ => Run(), null, Period, Period);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _timer?.DisposeAsync().AsTask() ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _timer?.DisposeAsync() ?? ValueTask.CompletedTask;

    private void Run()
    {
        try
        {
            if (uploads.Sweep() is > 0 and var removed)
            {
                LogSwept(logger, removed);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder itself is unreachable for now (a full or remounted disk): the next period tries again.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} expired pending uploads.")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sweep the pending uploads; trying again next period.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

public static class ImportServices
{
    /// <summary>One <see cref="PendingUploads"/> for the app (its folder and room from configuration), swept on a timer.</summary>
    public static IServiceCollection AddPendingUploads(this IServiceCollection services, IConfiguration configuration, string contentRoot) =>
        services
            .AddSingleton(sp => PendingUploads.From(configuration, contentRoot, sp.GetRequiredService<TimeProvider>()))
            .AddHostedService<PendingUploadSweeper>();
}
