namespace Netwerkbijeenkomst.Load;

/// <summary>Waits until a server's /health answers.</summary>
internal static class Health
{
    public static async Task WaitAsync(Uri url, Func<bool> exited, TimeSpan patience, string name, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            if (exited())
            {
                throw new InvalidOperationException($"{name} exited while starting.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{name} was not healthy within {patience.TotalSeconds:0} s.");
            }

            // Nothing announces that the server listens: look again shortly.
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
