using TradeDomain.Verification.Mentions;
using TradeDomain.Verification.Numbers;

namespace TradeDomain.Verification.Linking;

/// <summary>
/// "Exports rose 3.4% in October. … Exports increased by $1.0 billion to $31.1 billion": a rate with no values in its
/// own clause takes the one new value and the one change of its measure from a nearby sentence that has no rate of that
/// measure of its own (numbered-list numbers not counted); the base is the new value less the change (more, for a
/// fall). The values must be said of a subject when the rate is, and of none when it is not ("exports to the United
/// States grew 3.6%" is no rate of all exports). Linked by measure, so never certain.
/// </summary>
internal static partial class DocumentLinker
{
    private static (Figure From, FigureMention To, Figure Change, bool Fall)? ChangePairElsewhere(FigureMention p, SentenceFacts here, List<SentenceFacts> sentences)
    {
        if (p.Measure == Measure.None || p.OtherMeasure || Values(here.Mentions).Any(v => v.Clause == p.Clause))
        {
            return null;
        }

        var pairs = new List<(Figure, FigureMention, Figure, bool)>();
        foreach (var other in sentences)
        {
            if (other.Paragraph != here.Paragraph || other.Index == here.Index || WordedDistance(other, here, sentences) > 2
                || other.Mentions.Any(v => v.Token.Unit is NumberUnit.Percent or NumberUnit.Times && v.Measure == p.Measure && !v.OtherMeasure && v.PercentRole != PercentRole.Share))
            {
                continue;
            }

            var values = Values(other.Mentions).Where(v => v.Measure == p.Measure && SameSubject(v, p) && (v.Subject.Count == 0) == (p.Subject.Count == 0)).ToList();
            var to = values.Where(v => v.Role == Role.To && !v.Earlier).ToList();
            var change = values.Where(v => v.Role == Role.Change && v.Direction is not null).ToList();
            if (values.Any(v => v.Role == Role.From) || to.Count != 1 || change.Count != 1 || !Compatible(to[0], change[0])
                || (p.Direction is { } d && d != change[0].Direction))
            {
                continue;
            }

            var from = change[0].Direction == GrowthDirection.Decrease ? Plus(to[0].Figure!, change[0].Figure!) : Minus(to[0].Figure!, change[0].Figure!);
            pairs.Add((from, to[0], change[0].Figure!, change[0].Direction == GrowthDirection.Decrease));
        }

        return pairs.Count == 1 ? pairs[0] : null;
    }
}
