namespace Fupin.EventSourced.Domain;

public static class PersonNames
{
    /// <summary>A name as masked views show it: the family name and a star for the rest, <c>张*</c>.</summary>
    public static string Mask(string name)
    {
        var runes = name.EnumerateRunes().ToList();
        return runes.Count <= 1 ? "*" : runes[0] + new string('*', runes.Count - 1);
    }
}
