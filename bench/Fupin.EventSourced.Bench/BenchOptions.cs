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
    /// <summary>
    /// Warm-up of each HTTP run. On the shared 2-core machine the API's background tier-up JIT was still taking half
    /// of its CPU 15-30 s after start and was idle only by 60 s (the report shows that thread's CPU in the window).
    /// </summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Warm-up of each raw PostgreSQL run: only this process's small Npgsql loop has to be compiled.</summary>
    public TimeSpan RawWarmup { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Streams every HTTP client registers before the mixed load starts (part of the warm-up).</summary>
    public int InitialStreamsPerClient { get; init; } = 64;

    /// <summary>Share of mixed-load commands that start a new stream; the rest correct an existing one's name.</summary>
    public double RegisterShare { get; init; } = 0.2;

    public int RebuildEvents { get; init; } = 1_000_000;

    /// <summary>Key villages per county in the rebuild's store (a county has tens to a hundred or so).</summary>
    public int VillagesPerCounty { get; init; } = 100;
    public int ColdStarts { get; init; } = 5;

    /// <summary>Key villages and envoys of the national coverage register (the programme had about 128,000 key villages).</summary>
    public int NationalVillages { get; init; } = 128_000;

    /// <summary>Field events in the figures part's large store; the small store has a tenth of them.</summary>
    public int FigureEvents { get; init; } = 1_000_000;

    public int NationalEnvoys { get; init; } = 300_000;

    /// <summary>Projections the figures part rebuilds (default every one): to time one beside the others or alone.</summary>
    public IReadOnlySet<string>? RebuildProjections { get; init; }

    /// <summary>Heads registered by every client at once in the de-duplication run (each head: one 201, the rest 409).</summary>
    public int DedupHeads { get; init; } = 500;

    /// <summary>Households and key villages of the national household register (the village household list).</summary>
    public int NationalHouseholds { get; init; } = 1_000_000;

    public int NationalHouseholdVillages { get; init; } = 100_000;

    /// <summary>Clients asking each coverage query at once: 1 measures the answer's own latency, not a queue.</summary>
    public int QueryClients { get; init; } = 1;

    /// <summary>Before each query figure: the API tiers up the coverage path in the background meanwhile (quick runs showed its JIT in the p99).</summary>
    public TimeSpan QueryWarmup { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan QueryDuration { get; init; } = TimeSpan.FromSeconds(15);
    public bool PgBench { get; init; } = true;

    /// <summary>Parts to run (default all): see <see cref="AllParts"/>.</summary>
    public IReadOnlySet<string> Parts { get; init; } = AllParts;

    /// <summary>
    /// Folder for a system-wide <c>perf record</c> taken during the group-commit run's window, with the API's perf map
    /// on so its JIT-compiled frames have names. The profiled run's own figures are distorted by it.
    /// </summary>
    public string? PerfDirectory { get; init; }

    /// <summary>
    /// Extra environment for every API process (HTTP runs and cold starts), to try runtime settings without changing
    /// the code, e.g. <c>--api-env DOTNET_TieredPGO=0</c>. Named in the report.
    /// </summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment { get; init; } = new Dictionary<string, string>();

    public static IReadOnlySet<string> AllParts { get; } =
        new HashSet<string>(["raw", "pgbench", "http", "http-envoys", "http-households", "http-fieldwork", "http-funds", "households-dedup", "http1", "households-national", "rebuild", "coverage", "coverage-national", "figures", "figures-rebuild", "cold"], StringComparer.Ordinal);

    /// <summary>Whether any command run over HTTP is on: they need the raw baseline before and after.</summary>
    public bool RunsCommands => Runs("http") || Runs("http-envoys") || Runs("http-households") || Runs("http-fieldwork") || Runs("http-funds") || Runs("households-dedup") || Runs("http1");

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
                RawWarmup = TimeSpan.FromSeconds(3),
                Duration = TimeSpan.FromSeconds(5),
                InitialStreamsPerClient = 64,
                RebuildEvents = 40_000,
                ColdStarts = 3,
                NationalVillages = 6_400,
                FigureEvents = 50_000,
                NationalEnvoys = 15_000,
                DedupHeads = 100,
                NationalHouseholds = 20_000,
                NationalHouseholdVillages = 2_000,
                QueryWarmup = TimeSpan.FromSeconds(1),
                QueryDuration = TimeSpan.FromSeconds(3),
            };
        }

        return options with
        {
            PgData = given.GetValueOrDefault("pgdata"),
            Output = given.GetValueOrDefault("output"),
            Concurrency = Int(given, "concurrency", options.Concurrency),
            Warmup = Seconds(given, "warmup", options.Warmup),
            RawWarmup = Seconds(given, "raw-warmup", options.RawWarmup),
            Duration = Seconds(given, "duration", options.Duration),
            InitialStreamsPerClient = Int(given, "initial-streams", options.InitialStreamsPerClient),
            RegisterShare = given.TryGetValue("register-share", out var share)
                ? double.Parse(share, CultureInfo.InvariantCulture)
                : options.RegisterShare,
            RebuildEvents = Int(given, "rebuild-events", options.RebuildEvents),
            VillagesPerCounty = Int(given, "villages-per-county", options.VillagesPerCounty),
            ColdStarts = Int(given, "cold-starts", options.ColdStarts),
            NationalVillages = Int(given, "national-villages", options.NationalVillages),
            FigureEvents = Int(given, "figure-events", options.FigureEvents),
            NationalEnvoys = Int(given, "national-envoys", options.NationalEnvoys),
            DedupHeads = Int(given, "dedup-heads", options.DedupHeads),
            NationalHouseholds = Int(given, "national-households", options.NationalHouseholds),
            NationalHouseholdVillages = Int(given, "national-household-villages", options.NationalHouseholdVillages),
            QueryClients = Int(given, "query-clients", options.QueryClients),
            QueryDuration = Seconds(given, "query-duration", options.QueryDuration),
            RebuildProjections = given.TryGetValue("rebuild-projections", out var projections)
                ? new HashSet<string>(projections.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal)
                : null,
            PgBench = !(given.TryGetValue("no-pgbench", out var np) && bool.Parse(np)),
            Parts = given.TryGetValue("only", out var only)
                ? new HashSet<string>(only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal)
                : AllParts,
            PerfDirectory = given.GetValueOrDefault("perf"),
            ApiEnvironment = given.TryGetValue("api-env", out var env)
                ? env.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(pair => pair.Split('=', 2))
                    .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal)
                : new Dictionary<string, string>(),
        };
    }

    private static readonly HashSet<string> Flags = new(["quick", "no-pgbench"], StringComparer.Ordinal);

    private static readonly HashSet<string> Names = new(
        ["connection", "pgdata", "output", "quick", "concurrency", "warmup", "raw-warmup", "duration", "initial-streams",
            "register-share", "rebuild-events", "villages-per-county", "cold-starts", "national-villages", "figure-events",
            "national-envoys", "dedup-heads", "national-households", "national-household-villages", "query-clients", "query-duration", "no-pgbench", "only", "perf", "api-env", "rebuild-projections"],
        StringComparer.Ordinal);

    public const string Usage = """
        Usage: Fupin.EventSourced.Bench --connection <conn string to database postgres> [options]
          --quick                 smoke run: 5 s warm-up and measurement, 40k rebuild events, 6,400 national villages, 3 starts
          --concurrency N         clients for the raw and HTTP runs (16)
          --warmup S              warm-up seconds before each measured HTTP run (60)
          --raw-warmup S          warm-up seconds before each raw PostgreSQL run (10)
          --duration S            measured seconds per run (30)
          --initial-streams N     streams each HTTP client registers first (64)
          --register-share X      share of mixed commands that start a stream (0.2)
          --rebuild-events N      events in the store for the rebuild (1000000)
          --villages-per-county N villages per county in the rebuild's store (100)
          --cold-starts N         API starts per cold-start figure (5)
          --national-villages N   key villages of the national coverage register (128000; --quick 6400)
          --national-envoys N     envoys of the national coverage register (300000; --quick 15000)
          --dedup-heads N         heads every client registers at once in households-dedup (500; --quick 100)
          --national-households N households of the national household register (1000000; --quick 20000)
          --national-household-villages N  their key villages (100000; --quick 2000)
          --figure-events N       field events (trainings, consultations asked and answered) of the figures part's large store (1000000; --quick 50000); the small store has a tenth
          --rebuild-projections a,b  projections the figures parts rebuild (every one)
          --query-clients N       clients asking each coverage query at once (1)
          --query-duration S      measured seconds per query figure (15; --quick 3)
          --no-pgbench            skip the pgbench comparison
          --only a,b              parts: raw, pgbench, http (village mix, group commit), http-envoys (village and
                                  envoy mix, group commit), http-households (village and household mix, group
                                  commit), http-fieldwork (village mix with trainings and consultations, group
                                  commit), http-funds (village and funds mix with DisburseFunds on contended
                                  projects, group commit, then the chain verification rate), households-dedup (concurrent duplicate registrations), http1 (village
                                  mix, one transaction per command), households-national (village household list),
                                  rebuild, coverage (seed scale), coverage-national, figures (the figure ledger at 100k and 1M field events),
                                  figures-rebuild (the figures part's large store: load and rebuild only, no queries), cold
          --pgdata DIR            the cluster's data folder (for CPU accounting of PostgreSQL)
          --output FILE           also write the table (markdown) here
          --api-env K=V,K2=V2     extra environment for the API processes (e.g. DOTNET_TieredPGO=0)
          --perf DIR              perf record the whole machine during the group-commit window (distorts that run)
        Every option can also be set as BENCH_<NAME>, e.g. BENCH_DURATION=60.
        """;

    private static int Int(Dictionary<string, string> given, string name, int fallback) =>
        given.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static TimeSpan Seconds(Dictionary<string, string> given, string name, TimeSpan fallback) =>
        given.TryGetValue(name, out var value)
            ? TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture))
            : fallback;
}
