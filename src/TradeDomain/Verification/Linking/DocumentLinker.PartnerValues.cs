using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// "In July exports coverage imports was 61.4%. … exports to the EU-28 decreased … to 5 billion 176 million dollars": a
/// value said of a partner or reporter in another sentence is no input of a figure said of no one (the whole trade), so
/// it neither links to it nor stands against the whole's own values at the same distance.
/// </summary>
internal static partial class DocumentLinker
{
    private static bool PartnerValueForWhole(FigureMention v, FigureMention anchor) =>
        anchor.Subject.Count == 0 && v.Subject.Count > 0 && anchor.Token.Unit is Numbers.NumberUnit.Percent or Numbers.NumberUnit.Plain;
}
