using System.Globalization;
using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.Reporting;

/// <summary>The <c>page</c> and <c>pageSize</c> query values of a paged list, refused with 400 when malformed.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Page 1-based (default 1), page size 1–200 (default 50).</summary>
    public static Paging From(string? page, string? pageSize) =>
        new(Parse(page, 1, int.MaxValue / MaxPageSize, "page") ?? 1, Parse(pageSize, 1, MaxPageSize, "pageSize") ?? DefaultPageSize);

    private static int? Parse(string? value, int min, int max, string name) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max ? parsed
        : throw new RequestException(ErrorCatalogue.RequestInvalid, $"'{name}' must be a whole number from {min} to {max}.");
}
