using TradeDomain.Verification.Mentions;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// The order in which the sentences around a turnover or balance are searched for its exports and imports. A balance,
/// the result of flows stated before it ("As a result, the balance …"), looks back before it looks on; a turnover,
/// stated before it is broken down ("Of the total, exports …"), looks on first at the same distance; nearer sentences
/// come first.
/// </summary>
internal static partial class DocumentLinker
{
    private static int ComparePartSentences(FigureMention total, SentenceFacts s, SentenceFacts a, SentenceFacts b)
    {
        if (total.Measure == Measure.Balance && (a.Index > s.Index) != (b.Index > s.Index))
        {
            return a.Index > s.Index ? 1 : -1;
        }

        int da = Math.Abs(a.Index - s.Index), db = Math.Abs(b.Index - s.Index);
        if (da != db)
        {
            return da.CompareTo(db);
        }

        return total.Measure == Measure.Turnover ? b.Index.CompareTo(a.Index) : a.Index.CompareTo(b.Index);
    }
}
