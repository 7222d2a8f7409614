namespace Fupin.EventSourced.Api.Hosting.OpenApi;

/// <summary>
/// Schema names as a generated client shows them: the plain type name, generics spelled out
/// (<c>Page&lt;VillageView&gt;</c> is <c>PageOfVillageView</c>). Two types with the same name are not told
/// apart here: Swashbuckle's schema repository throws when a second type claims a name already taken, which
/// fails document generation instead of silently merging them.
/// </summary>
public static class SchemaNames
{
    public static string For(Type type)
    {
        if (type.IsArray)
        {
            return For(type.GetElementType()!) + "Array";
        }

        if (!type.IsConstructedGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "Of" + string.Join("And", type.GetGenericArguments().Select(For));
    }
}
