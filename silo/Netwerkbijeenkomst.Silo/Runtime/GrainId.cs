namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>The identity of a grain: its type name and its key, written "type/key".</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public static GrainId Parse(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == value.Length - 1)
        {
            throw new FormatException($"'{value}' is not a grain id of the form type/key.");
        }

        return new GrainId(value[..slash], value[(slash + 1)..]);
    }

    public override string ToString() => $"{Type}/{Key}";
}
