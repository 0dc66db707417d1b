using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Linking;

/// <summary>A list of shares that runs on into the next sentence.</summary>
internal static partial class DocumentLinker
{
    /// <summary>
    /// "First place was taken by China with 2.3 billion dollars (17.9 percent of total turnover). Russia came second with
    /// $2.1 billion (16.9%), and Kazakhstan third with $1 billion (8.4%)": a sentence right after a share statement (same
    /// paragraph) whose every percentage either stands bare in brackets just after an amount ("$2.1 billion (16.9%)": no
    /// direction, rate or earlier-period word) or is itself a share of the same named whole ("Turkiye accounted for 5.4% of
    /// foreign trade", after "17% of the total foreign trade") continues the list: its bare percentages are shares of the
    /// lead's whole, and its shares join the previous sentence's in one share set. Two sentences may list shares of other
    /// wholes or periods, so every link made here is uncertain: it can make a claim ambiguous, never inconsistent.
    /// Returns the indices of the sentences that continue the list of the sentence before them.
    /// </summary>
    private static Dictionary<int, int> ContinueListsAcrossSentences(List<SentenceFacts> sentences)
    {
        var continuing = new Dictionary<int, int>();
        for (int i = 1; i < sentences.Count; i++)
        {
            // The lead: the nearest earlier sentence with percentages, if at most one sentence without any stands between
            // ("… (17.9 percent of total turnover). Uzbekistan exported $668.7 million to China and imported $1.6 billion.
            // Russia came second with $2.1 billion (16.9%)").
            int back = i - 1;
            if (back >= 1 && !HasRates(sentences[back]) && sentences[back].Paragraph == sentences[i].Paragraph)
            {
                back--;
            }

            var prev = sentences[back];
            var next = sentences[i];
            var lead = prev.Mentions.LastOrDefault(m => m.Token.Unit == NumberUnit.Percent && m.PercentRole == PercentRole.Share && !m.Earlier && !m.OtherMeasure);
            // Shares that name their part by its measure ("the share of exports in turnover …") are paired elsewhere
            // (exports' and imports' shares of one turnover).
            if (lead is null || lead.WholeMeasure == Measure.None || lead.PartMeasure != Measure.None || next.Paragraph != prev.Paragraph || NamesSeveralYears(prev.Text) || NamesSeveralYears(next.Text)
                || prev.Mentions.Any(m => m.Token.Unit == NumberUnit.Percent && m.Token.Start > lead.Token.End && m.PercentRole != PercentRole.Share))
            {
                continue;
            }

            // Growth rates of the sentence's own values ("…, down 10.8 percent, and made up 73.6 percent of total export
            // turnover") neither continue nor break the list.
            var percents = next.Mentions.Where(m => m.Token.Unit is NumberUnit.Percent or NumberUnit.Times or NumberUnit.Points
                && !(m.PercentRole == PercentRole.Growth && m.Direction is not null && prev.Mentions.Any(l => l.PercentRole == PercentRole.Growth && l.Direction is not null))).ToList();
            var bare = percents.Where(m => IsBareBracketShare(m, next) && (m.Year is null || lead.Year is null || m.Year == lead.Year)).ToList();
            // A share of the same named whole, or one that names no whole ("Russia followed with a 15.8% share").
            bool sameWhole(FigureMention m) => m.Token.Unit == NumberUnit.Percent && m.PercentRole == PercentRole.Share && !m.Earlier && !m.OtherMeasure
                && (m.WholeMeasure == lead.WholeMeasure || (m.WholeMeasure == Measure.None && !m.ShareByList)) && m.PartMeasure == Measure.None && !m.ContinuesList;
            if (percents.Count == 0 || percents.Any(m => !bare.Contains(m) && !sameWhole(m)))
            {
                continue;
            }

            foreach (var m in percents.Where(m => m.PercentRole == PercentRole.Share && m.WholeMeasure == Measure.None && !bare.Contains(m)))
            {
                m.WholeMeasure = lead.WholeMeasure;
            }

            foreach (var m in bare)
            {
                m.PercentRole = PercentRole.Share;
                m.ShareByList = true;
                m.ContinuesList = true;
                m.WholeMeasure = lead.WholeMeasure;
            }

            continuing[next.Index] = prev.Index;
        }

        return continuing;
    }

    private static bool HasRates(SentenceFacts s) => s.Mentions.Any(m => m.Token.Unit is NumberUnit.Percent or NumberUnit.Times or NumberUnit.Points);

    /// <summary>"$2.1 billion (16.9%)": a bare percentage (no role but a list share's, no direction or earlier period)
    /// alone in brackets right after an amount.</summary>
    private static bool IsBareBracketShare(FigureMention m, SentenceFacts s)
    {
        // A percentage already read as a share that names no whole ("Freedonia with $3.0 billion (15.0%), Lilliput with
        // $2.0 billion (10.0%)") names no whole of its own either.
        bool bareRole = m.PercentRole == PercentRole.None || (m.PercentRole == PercentRole.Share && m.WholeMeasure == Measure.None && m.PartMeasure == Measure.None);
        if (m.Token.Unit != NumberUnit.Percent || !bareRole || m.Direction is not null || m.Earlier || m.EarlierStated
            || m.OtherMeasure || !m.InParentheses)
        {
            return false;
        }

        int i = s.Mentions.IndexOf(m);
        if (i < 1 || !s.Mentions[i - 1].IsValue || s.Mentions[i - 1].Figure is null || s.Mentions[i - 1].Role == Role.Change || s.Mentions[i - 1].Earlier)
        {
            return false;
        }

        var v = s.Mentions[i - 1];
        int end = m.Token.End;
        return s.Text[v.Token.End..m.Token.Start].Trim() == "(" && end < s.Text.Length && s.Text[end..].TrimStart().StartsWith(')');
    }

    /// <summary>The shares of a sentence that continues the list of the sentence before: each its own share claim (where
    /// its part is known, or it stands alone), and, unless the list runs on further, one uncertain share set of the whole
    /// list. Returns the list so far.</summary>
    private static List<FigureMention> JoinListAcrossSentences(List<FigureMention> carried, List<FigureMention> shares, SentenceFacts sentence,
        List<SentenceFacts> all, List<Claim> claims, bool runsOn)
    {
        if (shares.Count == 1)
        {
            claims.Add(ShareClaim(shares[0], sentence, all) with { Sentence = sentence.Text.Trim(), Offset = sentence.Offset + shares[0].Token.Start });
        }

        var joined = carried.Concat(shares).ToList();
        if (!runsOn)
        {
            claims.Add(Claim.ShareSet([.. joined.Select(s => PublishedNumber.Create(s.Token.Value, s.Token.Decimals))], ListIsComplete(sentence))
                with { Sentence = sentence.Text.Trim(), Offset = sentence.Offset + shares[0].Token.Start, IsCertain = false });
        }

        return joined;
    }
}
