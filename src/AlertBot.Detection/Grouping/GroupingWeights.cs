namespace AlertBot.Detection.Grouping;

/// <summary>
/// How a report is compared with a development's reports: <c>Alpha</c> × embedding cosine + (1 − <c>Alpha</c>) × TF-IDF cosine
/// + <c>Gamma</c> × shared names − <c>Beta</c> × ln(1 + hours apart); a development scores the mean of its two most alike
/// reports (one outlet's stray wording cannot pull a report in, nor one odd report keep it out), and the report joins the
/// best development at or above <c>Threshold</c>. Two reports that each name towns, none within <c>PlaceVetoKm</c> of the other's,
/// are of two events whatever their words ("Explosion hits Kharkiv power station", "Explosion hits Odesa power station"); so
/// are two that each state an event of kinds one development is not reported as, with <c>KindVeto</c> (<see cref="EventFamily"/>).
/// </summary>
/// <remarks>
/// The numbers are learned, not guessed: <c>tools/grouping/train.py</c> searches them on two of the labelled live windows and
/// reports the third, for each of the three (see its README). Change them only with a new run of that script.
/// </remarks>
public sealed record GroupingWeights(double Alpha, double Beta, double Gamma, double Threshold, double WindowHours, double PlaceVetoKm, bool KindVeto)
{
    /// <summary>
    /// How much lower the threshold is when either report is one clause of a long article: a sentence shares fewer words
    /// with another outlet's sentence than a headline and lead share with another's.
    /// </summary>
    public const double ClauseAllowance = 0.05;

    /// <summary>With a sentence embedding of each report.</summary>
    public static GroupingWeights WithEmbeddings { get; } = new(Alpha: 0.5, Beta: 0.05, Gamma: 0, Threshold: 0.35, WindowHours: 168, PlaceVetoKm: 300, KindVeto: true);

    /// <summary>Words and names only (no embedding model loaded).</summary>
    public static GroupingWeights Lexical { get; } = new(Alpha: 0, Beta: 0.09, Gamma: 0, Threshold: 0.1, WindowHours: 168, PlaceVetoKm: 300, KindVeto: true);

    /// <summary>Both name towns and none of one's is near one of the other's.</summary>
    public bool PlacesConflict(IReadOnlyList<GeoPoint> a, IReadOnlyList<GeoPoint> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (PlaceVetoKm <= 0 || a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        // Indexed, not foreach: this runs for every candidate report of every new one, and a foreach over the interface
        // allocated an enumerator per inner loop.
        for (var i = 0; i < a.Count; i++)
        {
            var x = a[i];
            for (var j = 0; j < b.Count; j++)
            {
                var y = b[j];
                if (x.GeonameId == y.GeonameId || Places.GeoDistance.Within(x.Latitude, x.Longitude, y.Latitude, y.Longitude, PlaceVetoKm))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The reports cannot be of one development, whatever their words.</summary>
    public bool Vetoes(ReportSignal a, ReportSignal b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Vetoes(a.Places, EventFamily.Of(a.Action), b.Places, EventFamily.Of(b.Action));
    }

    /// <summary><see cref="Vetoes(ReportSignal, ReportSignal)"/> of the reports' towns and kinds' families (<see cref="EventFamily.Of"/>).</summary>
    internal bool Vetoes(IReadOnlyList<GeoPoint> a, int familyA, IReadOnlyList<GeoPoint> b, int familyB) =>
        PlacesConflict(a, b) || (KindVeto && EventFamily.Conflict(familyA, familyB));

    public double ThresholdFor(ReportSignal a, ReportSignal b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return ThresholdFor(a.Clause || b.Clause);
    }

    /// <param name="clause">Either report is one clause of a long article.</param>
    public double ThresholdFor(bool clause) => clause ? Threshold - ClauseAllowance : Threshold;

    public double Similarity(double embedding, double lexical, double names, double hoursApart) =>
        (Alpha * embedding) + ((1 - Alpha) * lexical) + (Gamma * names) - (Beta * Math.Log(1 + hoursApart));
}
