using System.Diagnostics.CodeAnalysis;

namespace Fupin.EventSourced.Domain.Villages;

/// <summary>
/// A village's 12-digit statistical division code (统计用区划代码): 2 province, 2 city, 2 county, 3 township and
/// 3 village digits. The first 6 digits are the county's administrative division code, so rollups by county,
/// city or province follow the code prefix.
/// </summary>
public readonly record struct VillageCode
{
    public const int Length = 12;

    private VillageCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>The 6-digit administrative division code of the county (区/县).</summary>
    public string CountyCode => Value[..6];

    /// <summary>The 9-digit code of the township (乡镇/街道).</summary>
    public string TownshipCode => Value[..9];

    public static bool IsValid([NotNullWhen(true)] string? value) =>
        value is { Length: Length } && value.All(char.IsAsciiDigit);

    public static bool TryParse([NotNullWhen(true)] string? value, out VillageCode code)
    {
        code = IsValid(value) ? new VillageCode(value) : default;
        return code.Value is not null;
    }

    public static VillageCode Parse(string value) =>
        TryParse(value, out var code)
            ? code
            : throw new FormatException($"'{value}' is not a 12-digit statistical division code.");

    public override string ToString() => Value;
}
