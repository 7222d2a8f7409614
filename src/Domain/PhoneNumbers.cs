using System.Diagnostics.CodeAnalysis;

namespace Fupin.EventSourced.Domain;

/// <summary>Mainland China mobile numbers: 11 digits starting 13–19.</summary>
public static class PhoneNumbers
{
    public static bool IsMainlandMobile([NotNullWhen(true)] string? value) =>
        value is { Length: 11 } && value[0] == '1' && value[1] is >= '3' and <= '9' && value.All(char.IsAsciiDigit);

    /// <summary>
    /// The number as readers without the right to see it in full are shown it: <c>138****1234</c>. A value of 7
    /// characters or fewer is all <c>****</c>: its first 3 and last 4 would be the whole of it.
    /// </summary>
    public static string Mask(string phone) =>
        phone.Length > 7 ? string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4)) : "****";
}
