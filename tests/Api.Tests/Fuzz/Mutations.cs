using System.Text;
using System.Text.Json.Nodes;

namespace Fupin.EventSourced.Api.Tests.Fuzz;

/// <summary>What an HTTP request is made of, as far as the fuzzer varies it.</summary>
public sealed record RequestParts(string Path, string? Body, string ContentType, string? IfMatch);

/// <summary>A way to break a valid request in one respect; applied to a fresh valid request each time.</summary>
public sealed record Mutation(string Name, Func<RequestParts, JsonObject?, RequestParts> Apply)
{
    public override string ToString() => Name;
}

/// <summary>
/// Ways to break a request, applied to whatever the OpenAPI document says an operation takes: its body's
/// properties, its route parameters, its headers, and the body as a whole.
/// </summary>
public static class Mutations
{
    private static readonly string[] HostileStrings =
    [
        "", " ", "\t\n", "'; DROP TABLE fupin.mt_events; --", "' OR '1'='1", "\" OR \"\"=\"", "<script>alert(1)</script>",
        "{{7*7}}", "${jndi:ldap://x}", "../../../../etc/passwd", "%00", "\u0000", "\u202E村名", "\u200B", "😀🌾",
        "\uFFFF", "\uD800", "a\uDC00b", "2018-02-30", "not-a-date", "-1", "1e308", "NaN", "null", "370302101001370302101001",
        new string('村', 10_000), new string('a', 60_000),
    ];

    private static readonly JsonNode?[] WrongTypes =
    [
        null, 0, -1, long.MaxValue, 1.7976931348623157e308, true, false, new JsonArray(), new JsonObject(), new JsonArray(1, 2),
        new JsonObject { ["nested"] = new JsonObject() },
    ];

    private static readonly string[] MalformedBodies =
    [
        "", "{", "}", "{\"", "[", "]", "null", "[]", "\"text\"", "42", "true", "{,}", "{\"a\":}", "{'single':'quotes'}",
        "{\"code\":\"370302101001\",\"code\":\"370302101002\"}", new string('[', 10_000) + new string(']', 10_000),
        "\uFEFF{}", "{\"a\":\"\\ud800\"}", "\u0000\u0001\u0002",
    ];

    // No "%00": the in-process test server refuses to build such a request (Kestrel answers it 400 itself).
    private static readonly string[] HostileRouteValues =
    [
        "%2e%2e%2f%2e%2e%2f", "' OR 1=1 --", "370302101001' --", "%E6%9D%91", new string('9', 2_000), "-1",
        "370302101001%20", "37030210100%0A1",
    ];

    private static readonly string?[] IfMatchValues =
    [
        null, "", "garbage", "\"\"", "\"abc\"", "\"-1\"", "\"0\"", "\"999999\"", "\"99999999999999999999\"", "W/\"1\"", "*",
        "\"1\", \"2\"", "1",
    ];

    /// <param name="template">The operation's path with its <c>{parameters}</c>.</param>
    /// <param name="bodyProperties">The body's fields, or null when it takes no body.</param>
    /// <param name="takesIfMatch">Whether the operation reads <c>If-Match</c>.</param>
    public static IEnumerable<Mutation> For(string template, IReadOnlyList<string>? bodyProperties, bool takesIfMatch, int seed)
    {
        foreach (var malformed in MalformedBodies)
        {
            yield return new($"body {Describe(malformed)}", (r, _) => r with { Body = malformed });
        }

        foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded" })
        {
            yield return new($"content-type {contentType}", (r, _) => r with { Body = r.Body ?? "{}", ContentType = contentType });
        }

        foreach (var property in bodyProperties ?? [])
        {
            yield return new($"missing {property}", (r, body) => r with { Body = Without(body!, property) });
            foreach (var value in WrongTypes)
            {
                yield return new($"{property} = {Describe(value?.ToJsonString() ?? "null")}",
                    (r, body) => r with { Body = With(body!, property, value?.DeepClone()) });
            }

            foreach (var value in HostileStrings)
            {
                yield return new($"{property} = \"{Describe(value)}\"", (r, body) => r with { Body = With(body!, property, value) });
            }
        }

        if (bodyProperties is not null)
        {
            yield return new("unknown field", (r, body) => r with { Body = With(body!, "unexpected", "x") });
            var random = new Random(seed);
            for (var i = 0; i < 40; i++)
            {
                var replacements = RandomReplacements(random, bodyProperties);
                yield return new($"random #{i}", (r, body) => r with { Body = WithAll(body!, replacements) });
            }
        }

        if (takesIfMatch)
        {
            foreach (var ifMatch in IfMatchValues)
            {
                yield return new($"If-Match {Describe(ifMatch ?? "(none)")}", (r, _) => r with { IfMatch = ifMatch });
            }
        }

        var segments = template.Split('/');
        for (var index = 0; index < segments.Length; index++)
        {
            if (!segments[index].StartsWith('{'))
            {
                continue;
            }

            var position = index;
            foreach (var value in HostileRouteValues)
            {
                yield return new($"{segments[position]} = {Describe(value)}", (r, _) =>
                {
                    var parts = r.Path.Split('/');
                    parts[position] = value;
                    return r with { Path = string.Join('/', parts) };
                });
            }
        }
    }

    /// <summary>Values to put into some fields of a valid body, chosen at random but reproducible from the seed.</summary>
    private static Dictionary<string, JsonNode?> RandomReplacements(Random random, IReadOnlyList<string> properties) =>
        properties.Where(_ => random.Next(2) == 0).ToDictionary(property => property, _ => random.Next(3) switch
        {
            0 => WrongTypes[random.Next(WrongTypes.Length)]?.DeepClone(),
            1 => (JsonNode)HostileStrings[random.Next(HostileStrings.Length)],
            _ => RandomText(random),
        });

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 40);
        for (var i = 0; i < length; i++)
        {
            builder.Append((char)random.Next(1, 0xD7FF));
        }

        return builder.ToString();
    }

    private static string With(JsonObject body, string property, JsonNode? value) =>
        WithAll(body, new Dictionary<string, JsonNode?> { [property] = value });

    private static string WithAll(JsonObject body, Dictionary<string, JsonNode?> replacements)
    {
        var copy = (JsonObject)body.DeepClone();
        foreach (var (property, value) in replacements)
        {
            copy[property] = value?.DeepClone();
        }

        return copy.ToJsonString();
    }

    private static string Without(JsonObject body, string property)
    {
        var copy = (JsonObject)body.DeepClone();
        copy.Remove(property);
        return copy.ToJsonString();
    }

    private static string Describe(string value) => value.Length <= 24 ? value : $"{value[..20]}…({value.Length})";
}
