using System.Globalization;

namespace Fupin.EventSourced.Bench;

/// <summary>
/// What to run and for how long. Every setting can be given as <c>--name value</c> or as the environment variable
/// <c>BENCH_NAME</c> (upper case, dashes as underscores); the command line wins.
/// </summary>
public sealed record BenchOptions
{
    /// <summary>A connection string to the benchmark's PostgreSQL server, database <c>postgres</c>.</summary>
    public required string Connection { get; init; }

    /// <summary>The cluster's data folder, to find its processes for CPU accounting (optional).</summary>
    public string? PgData { get; init; }

    public string? Output { get; init; }
    public bool Quick { get; init; }
    public int Concurrency { get; init; } = 16;
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(15);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Streams every HTTP client registers before the mixed load starts (part of the warm-up).</summary>
    public int InitialStreamsPerClient { get; init; } = 64;

    /// <summary>Share of mixed-load commands that start a new stream; the rest correct an existing one's name.</summary>
    public double RegisterShare { get; init; } = 0.2;

    public int RebuildEvents { get; init; } = 1_000_000;
    public int ColdStarts { get; init; } = 5;
    public bool PgBench { get; init; } = true;

    /// <summary>Parts to run: raw, pgbench, http, rebuild, cold (default all).</summary>
    public IReadOnlySet<string> Parts { get; init; } = AllParts;

    public static IReadOnlySet<string> AllParts { get; } =
        new HashSet<string>(["raw", "pgbench", "http", "rebuild", "cold"], StringComparer.Ordinal);

    public bool Runs(string part) => Parts.Contains(part);

    public static BenchOptions Parse(string[] args)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var variable = "BENCH_" + name.ToUpperInvariant().Replace('-', '_');
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            {
                given[name] = value;
            }
        }

        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || !Names.Contains(arg[2..]))
            {
                throw new ArgumentException($"Unknown argument '{arg}'.\n{Usage}");
            }

            var name = arg[2..];
            if (Flags.Contains(name))
            {
                given[name] = "true";
            }
            else if (i + 1 < args.Length)
            {
                given[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"'{arg}' needs a value.\n{Usage}");
            }
        }

        var quick = given.TryGetValue("quick", out var q) && bool.Parse(q);
        var options = new BenchOptions
        {
            Connection = given.GetValueOrDefault("connection")
                         ?? throw new ArgumentException($"--connection is required.\n{Usage}"),
            Quick = quick,
        };
        if (quick)
        {
            options = options with
            {
                Warmup = TimeSpan.FromSeconds(5),
                Duration = TimeSpan.FromSeconds(5),
                InitialStreamsPerClient = 64,
                RebuildEvents = 40_000,
                ColdStarts = 3,
            };
        }

        return options with
        {
            PgData = given.GetValueOrDefault("pgdata"),
            Output = given.GetValueOrDefault("output"),
            Concurrency = Int(given, "concurrency", options.Concurrency),
            Warmup = Seconds(given, "warmup", options.Warmup),
            Duration = Seconds(given, "duration", options.Duration),
            InitialStreamsPerClient = Int(given, "initial-streams", options.InitialStreamsPerClient),
            RegisterShare = given.TryGetValue("register-share", out var share)
                ? double.Parse(share, CultureInfo.InvariantCulture)
                : options.RegisterShare,
            RebuildEvents = Int(given, "rebuild-events", options.RebuildEvents),
            ColdStarts = Int(given, "cold-starts", options.ColdStarts),
            PgBench = !(given.TryGetValue("no-pgbench", out var np) && bool.Parse(np)),
            Parts = given.TryGetValue("only", out var only)
                ? new HashSet<string>(only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal)
                : AllParts,
        };
    }

    private static readonly HashSet<string> Flags = new(["quick", "no-pgbench"], StringComparer.Ordinal);

    private static readonly HashSet<string> Names = new(
        ["connection", "pgdata", "output", "quick", "concurrency", "warmup", "duration", "initial-streams",
            "register-share", "rebuild-events", "cold-starts", "no-pgbench", "only"],
        StringComparer.Ordinal);

    public const string Usage = """
        Usage: Fupin.EventSourced.Bench --connection <conn string to database postgres> [options]
          --quick                 smoke run (~1 minute): 5 s warm-up and measurement, 40k rebuild events, 3 starts
          --concurrency N         clients for the raw and HTTP runs (16)
          --warmup S              warm-up seconds before each measured run (15)
          --duration S            measured seconds per run (30)
          --initial-streams N     streams each HTTP client registers first (64)
          --register-share X      share of mixed commands that start a stream (0.2)
          --rebuild-events N      events in the store for the rebuild (1000000)
          --cold-starts N         API starts per cold-start figure (5)
          --no-pgbench            skip the pgbench comparison
          --only a,b              parts: raw,pgbench,http,rebuild,cold
          --pgdata DIR            the cluster's data folder (for CPU accounting of PostgreSQL)
          --output FILE           also write the table (markdown) here
        Every option can also be set as BENCH_<NAME>, e.g. BENCH_DURATION=60.
        """;

    private static int Int(Dictionary<string, string> given, string name, int fallback) =>
        given.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static TimeSpan Seconds(Dictionary<string, string> given, string name, TimeSpan fallback) =>
        given.TryGetValue(name, out var value)
            ? TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture))
            : fallback;
}
