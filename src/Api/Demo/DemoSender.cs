using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fupin.EventSourced.Api.Demo;

/// <summary>Who a demo request is sent as: the user id (idempotency keys are kept per user), role and division.</summary>
/// <param name="UserId">The token's subject, e.g. <c>demo-clerk-370302</c>.</param>
/// <param name="Role">The role, one of <see cref="Security.Roles"/>.</param>
/// <param name="Division">The division the caller is scoped to; null for an admin.</param>
public sealed record DemoCaller(string UserId, string Role, string? Division);

/// <summary>
/// Sends the demo's commands as a REST client does: a POST with an <c>Idempotency-Key</c> derived from what the
/// command is (so a rerun is answered from the stored responses and appends nothing), at most
/// <c>parallel</c> requests in flight over all callers, waiting out 429 and 503 by their <c>Retry-After</c>.
/// </summary>
public sealed class DemoSender(Func<DemoCaller, HttpClient> clientFor, int parallel) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly SemaphoreSlim _gate = new(parallel);
    private readonly Dictionary<DemoCaller, HttpClient> _clients = [];
    private int _sent;

    /// <summary>Requests answered so far (first answers and stored answers alike).</summary>
    public int Sent => _sent;

    /// <summary>
    /// One command; returns the written id from the answer's body (on a rerun: the stored answer's, so ids the
    /// server issued stay the same). <paramref name="alreadyDone"/> is a status read as "done before" (returns "").
    /// </summary>
    public async Task<string> SendAsync<T>(DemoCaller caller, string path, T body, string key, HttpStatusCode? alreadyDone = null, string? ifMatch = null)
    {
        var client = Client(caller);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
            request.Headers.Add("Idempotency-Key", key);
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            await _gate.WaitAsync();
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            finally
            {
                _gate.Release();
            }

            using (response)
            {
                if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                    continue;
                }

                Interlocked.Increment(ref _sent);
                if (response.StatusCode == alreadyDone)
                {
                    return "";
                }

                var text = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"POST {path} (key {key}) answered {(int)response.StatusCode}: {text}");
                }

                using var written = JsonDocument.Parse(text);
                return written.RootElement.GetProperty("id").GetString()!;
            }
        }
    }

    /// <summary>Runs <paramref name="send"/> for every item at once; the gate keeps the requests in flight bounded.</summary>
    public static async Task<TResult[]> EachAsync<T, TResult>(IEnumerable<T> items, Func<T, Task<TResult>> send) =>
        await Task.WhenAll(items.Select(send));

    public static Task EachAsync<T>(IEnumerable<T> items, Func<T, Task> send) => Task.WhenAll(items.Select(send));

    public void Dispose()
    {
        _gate.Dispose();
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private HttpClient Client(DemoCaller caller)
    {
        lock (_clients)
        {
            if (!_clients.TryGetValue(caller, out var client))
            {
                client = clientFor(caller);
                _clients[caller] = client;
            }

            return client;
        }
    }
}
