using System.Collections.Concurrent;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fupin.EventSourced.Api.Tests.Households;

/// <summary>
/// Household tests that need a database and a host of their own: every table is scanned for personal data in
/// clear, projections are rebuilt (which would disturb the shared host), every log line at every level is kept,
/// and public notices must run 10 days instead of the default 7.
/// </summary>
[CollectionDefinition(Name)]
public sealed class IsolatedHouseholdsCollection : ICollectionFixture<IsolatedHouseholdsCollection.Fixture>
{
    public const string Name = "Households on a database of their own";

    public sealed class Fixture : ApiFixture
    {
        public const int MinimumNoticeDays = 10;

        public CollectingLoggerProvider Logs { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings { get; } =
            new Dictionary<string, string?> { ["Households:MinimumNoticeDays"] = MinimumNoticeDays.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            // A rule naming this provider wins over the host's level settings, so it sees everything down to Trace.
            services.Configure<LoggerFilterOptions>(options =>
                options.Rules.Add(new LoggerFilterRule(typeof(CollectingLoggerProvider).FullName, null, LogLevel.Trace, null)));
        }
    }
}

/// <summary>Keeps every log line the host writes: category, level, the formatted message, its values and any exception.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {Describe(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {Describe(state)} {exception}");

        private static string Describe<TState>(TState state) => state is IEnumerable<KeyValuePair<string, object?>> values
            ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"))
            : state?.ToString() ?? "";
    }
}
