namespace TradeDomain.Verification.Linking;

/// <summary>
/// How far apart two sentences of a paragraph are for linking: sentences without a word ("2.", the numbers of a
/// numbered list) are not counted, so "1. Exports grew 2.8%. … 2. Exports increased to $34.0 billion from $33.1 billion"
/// is no farther apart than without the numbers.
/// </summary>
internal static partial class DocumentLinker
{
    private static int WordedDistance(SentenceFacts a, SentenceFacts b, List<SentenceFacts> sentences)
    {
        int lo = Math.Min(a.Index, b.Index), hi = Math.Max(a.Index, b.Index);
        int distance = 0;
        foreach (var x in sentences)
        {
            if (x.Index > lo && x.Index <= hi && x.Words.Count > 0)
            {
                distance++;
            }
        }

        return distance;
    }
}
