using System.Net.Http.Headers;
using Fupin.EventSourced.TestKit;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Fupin.EventSourced.Api.Tests.Infrastructure;

/// <summary>
/// One API host on one fresh database per test collection. Tests in a collection share it, so they use fresh
/// village codes (<see cref="Codes"/>) rather than resetting data.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    private ApiFactory? _factory;

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>Test-only services, e.g. a startup filter that maps an extra endpoint.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public ApiFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public IDocumentStore Store => Factory.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(GetType().Name);
        _factory = new ApiFactory(connectionString, Settings, ConfigureServices);
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    /// <summary>A client calling as <paramref name="role"/>, scoped to <paramref name="division"/> (null: unscoped).</summary>
    public HttpClient ClientAs(string role, string? division = Codes.County, string? userId = null)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", TestTokens.For(role, division, userId));
        return client;
    }

    public HttpClient AnonymousClient() => Factory.CreateClient();

    /// <summary>Waits until every async projection has caught up with the events stored so far.</summary>
    public Task WaitForProjectionsAsync() => Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    /// <summary>The store's high-water mark: it moves if and only if something was appended.</summary>
    public async Task<long> HighWaterMarkAsync()
    {
        var statistics = await Store.Advanced.FetchEventStoreStatistics();
        return statistics.EventSequenceNumber;
    }
}
