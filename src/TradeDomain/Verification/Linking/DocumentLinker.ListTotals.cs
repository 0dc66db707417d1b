using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// The total a list of percentages is stated to make ("…, 13.7% through C, which made up 78% of all exports"): a sum of
/// the percentages listed before it in its sentence. Which of them the list holds is read from the sentence's shape, so
/// the claim is never certain.
/// </summary>
internal static partial class DocumentLinker
{
    private static IEnumerable<Claim> ListTotals(List<SentenceFacts> sentences)
    {
        foreach (var s in sentences)
        {
            foreach (var total in s.Mentions.Where(v => v.ListTotal))
            {
                var parts = s.Mentions.Where(v => v.Token.Unit == NumberUnit.Percent && !v.ListTotal && v.Token.End <= total.Token.Start
                        && v.PercentRole is not (PercentRole.Growth or PercentRole.Index or PercentRole.Cagr or PercentRole.Coverage))
                    .Select(v => (Figure?)Figure.FromNumber(v.Token.Number, v.Token.Text))
                    .ToList();
                if (parts.Count >= 2)
                {
                    yield return Claim.Sum(Figure.FromNumber(total.Token.Number, total.Token.Text), parts)
                        with { Sentence = s.Text.Trim(), Offset = s.Offset + total.Token.Start, IsCertain = false };
                }
            }
        }
    }
}
