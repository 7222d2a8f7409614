using System.Net.Http.Headers;

namespace Fupin.EventSourced.Bench;

/// <summary>A client that sends one GET over and over and reads each answer to its end.</summary>
public sealed class QueryClient(SocketsHttpHandler handler, Uri baseAddress, string token, string path) : ILoadClient, IDisposable
{
    private readonly HttpClient _http = new(handler, disposeHandler: false)
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public long LastAnswerBytes { get; private set; }

    public Task PrepareAsync() => Task.CompletedTask;

    public async Task<int> NextAsync()
    {
        using var response = await _http.GetAsync(path);
        LastAnswerBytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        return (int)response.StatusCode;
    }

    /// <summary>One answer's body, to check it once before timing.</summary>
    public async Task<(int Status, string Body)> OnceAsync()
    {
        using var response = await _http.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _http.Dispose();
}
