using System.Runtime.CompilerServices;

namespace Kinerja.Tests;

internal static class FileWatching
{
    /// <summary>
    /// Every test app watches its wwwroot for asp-append-version, one inotify instance each; with many apps alive at
    /// once the user's limit (128 on these machines) is reached and pages fail. Polling watches without inotify.
    /// </summary>
    [ModuleInitializer]
    internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}
