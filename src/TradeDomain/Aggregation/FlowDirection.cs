namespace TradeDomain.Aggregation;

/// <summary>The direction of a trade flow, as the reporter records it.</summary>
public enum FlowDirection : byte
{
    /// <summary>Goods leaving the reporter.</summary>
    Export = 0,

    /// <summary>Goods entering the reporter.</summary>
    Import = 1,

    /// <summary>Foreign goods exported again.</summary>
    ReExport = 2,

    /// <summary>Domestic goods imported again.</summary>
    ReImport = 3,
}

/// <summary>Text names of flow directions: export, import, re-export, re-import.</summary>
public static class FlowDirections
{
    /// <summary>export, import, re-export, re-import.</summary>
    public static string Name(this FlowDirection flow) => flow switch
    {
        FlowDirection.Export => "export",
        FlowDirection.Import => "import",
        FlowDirection.ReExport => "re-export",
        FlowDirection.ReImport => "re-import",
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow direction."),
    };

    /// <summary>Reads export, import, re-export, re-import (any case; also X, M, RX, RM as Comtrade abbreviates them).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out FlowDirection flow)
    {
        var t = text.Trim();
        if (t.Equals("export", StringComparison.OrdinalIgnoreCase) || t.Equals("X", StringComparison.OrdinalIgnoreCase) || t.Equals("exports", StringComparison.OrdinalIgnoreCase))
        {
            flow = FlowDirection.Export;
        }
        else if (t.Equals("import", StringComparison.OrdinalIgnoreCase) || t.Equals("M", StringComparison.OrdinalIgnoreCase) || t.Equals("imports", StringComparison.OrdinalIgnoreCase))
        {
            flow = FlowDirection.Import;
        }
        else if (t.Equals("re-export", StringComparison.OrdinalIgnoreCase) || t.Equals("RX", StringComparison.OrdinalIgnoreCase) || t.Equals("reexport", StringComparison.OrdinalIgnoreCase))
        {
            flow = FlowDirection.ReExport;
        }
        else if (t.Equals("re-import", StringComparison.OrdinalIgnoreCase) || t.Equals("RM", StringComparison.OrdinalIgnoreCase) || t.Equals("reimport", StringComparison.OrdinalIgnoreCase))
        {
            flow = FlowDirection.ReImport;
        }
        else
        {
            flow = default;
            return false;
        }

        return true;
    }
}
