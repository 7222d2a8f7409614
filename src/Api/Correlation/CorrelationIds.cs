namespace Fupin.EventSourced.Api.Correlation;

/// <summary>
/// Every request has a correlation id: the caller's <c>X-Correlation-Id</c> when it is a plausible id (1–64
/// letters, digits or <c>-_.:</c>), otherwise a new one. It is echoed in the response, stamped on appended
/// events, and carried in every problem body, so one id ties a client's action to the events it caused.
/// </summary>
public static class CorrelationIds
{
    public const string Header = "X-Correlation-Id";
    private const int MaxLength = 64;
    private static readonly object ItemKey = new();

    public static string CorrelationId(this HttpContext context) =>
        context.Items[ItemKey] as string ?? Assign(context);

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var id = Assign(context);
            context.Response.Headers[Header] = id;
            return next(context);
        });

    private static string Assign(HttpContext context)
    {
        var given = context.Request.Headers[Header].ToString();
        var id = IsPlausible(given) ? given : Guid.CreateVersion7().ToString("N");
        context.Items[ItemKey] = id;
        return id;
    }

    private static bool IsPlausible(string value) =>
        value.Length is > 0 and <= MaxLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
