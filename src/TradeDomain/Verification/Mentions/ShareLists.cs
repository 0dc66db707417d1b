using TradeDomain.Verification.Languages;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Mentions;

/// <summary>Shares listed after a share statement.</summary>
internal static partial class MentionReader
{
    /// <summary>
    /// "The share of imports amounted to 45.49%, and exports 54.51%", "the CIS countries account for 45.1% of turnover,
    /// non-CIS countries 54.9%", "Turkiye accounted for 5.4% of foreign trade, and South Korea 4.1%": a bare percentage
    /// (no direction, no rate or period word, not of an earlier period) after a share statement in the same sentence
    /// continues its list: a share of the same whole. A rate, index or earlier value in between ends the list. The shares
    /// so found may be of other wholes ("60 percent in the EU, 47 percent in NAFTA"), so a set they join is not certain.
    /// </summary>
    private static void ContinueShareLists(List<Word> words, List<FigureMention> mentions)
    {
        FigureMention? lead = null;
        foreach (var m in mentions.Where(x => x.Token.Unit == NumberUnit.Percent))
        {
            if (m.PercentRole == PercentRole.Share && !m.Earlier && !m.ShareByList)
            {
                lead = m;
                continue;
            }

            if (lead is null || m.PercentRole != PercentRole.None || m.Direction is not null || m.Earlier || m.EarlierStated || m.IsSubPart
                || m.OtherMeasure || (m.Year is { } y && y != lead.Year) || RateWordBetween(words, lead.Token.End, m.Token.Start))
            {
                lead = m.PercentRole == PercentRole.Share ? lead : null;
                continue;
            }

            m.PercentRole = PercentRole.Share;
            m.ShareByList = true;
            m.ContinuesList = true;
            m.WholeMeasure = lead.WholeMeasure;
            if (lead.PartMeasure != Measure.None && m.Measure is Measure.Exports or Measure.Imports && m.Measure != lead.PartMeasure)
            {
                // "the share of imports amounted to 45.49%, and exports 54.51%": the part is named by its measure.
                m.PartMeasure = m.Measure;
            }
        }
    }

    /// <summary>
    /// "with N418 billion or 9.22per cent, N55.4 billion or 1.2per cent and N49.0 billion or 1.1per cent of the total export
    /// respectively": a list of amount-or-percentage pairs whose last percentage names the whole; the bare percentages of
    /// the pairs before it are shares of that whole too. A rate word, or a percentage not paired so, ends the list.
    /// </summary>
    private static void LeadShareLists(string s, List<Word> words, List<FigureMention> mentions)
    {
        bool Paired(int i) => i > 0 && mentions[i - 1].Token.Unit == NumberUnit.Amount && mentions[i - 1].Token.End <= mentions[i].Token.Start
            && IsOrGap(s[mentions[i - 1].Token.End..mentions[i].Token.Start]);
        for (int i = mentions.Count - 1; i > 0; i--)
        {
            var lead = mentions[i];
            if (lead.Token.Unit != NumberUnit.Percent || lead.PercentRole != PercentRole.Share || lead.WholeMeasure == Measure.None || lead.Earlier || !Paired(i))
            {
                continue;
            }

            for (int j = i - 2; j > 0; j -= 2)
            {
                var m = mentions[j];
                if (m.Token.Unit != NumberUnit.Percent || m.PercentRole != PercentRole.None || m.Direction is not null || m.Earlier || m.EarlierStated
                    || m.OtherMeasure || !Paired(j) || RateWordBetween(words, m.Token.End, lead.Token.Start))
                {
                    break;
                }

                m.PercentRole = PercentRole.Share;
                m.ShareByList = true;
                m.WholeMeasure = lead.WholeMeasure;
            }
        }
    }

    /// <summary>Whether the text between an amount and its percentage (either way round) is "or" alone, after a comma or not
    /// ("N418 billion or 9.22per cent", "19,7%, или $424,67 млн").</summary>
    internal static bool IsOrGap(string gap) => gap.Trim().ToLowerInvariant() is "or" or ", or" or "или" or ", или" or "або" or ", або";

    /// <summary>Whether a growth, direction or earlier-period word stands between two positions of the sentence.</summary>
    private static bool RateWordBetween(List<Word> words, int from, int to)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (words[k].Start >= from && words[k].End <= to
                && (Is(words, k, "growth") || Is(words, k, "increase") || Is(words, k, "decrease") || Is(words, k, "earlier") || Is(words, k, "index")))
            {
                return true;
            }
        }

        return false;
    }
}
