using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

/// <summary>Hand-written places (real coordinates, rounded populations) for small gazetteers under test.</summary>
internal static class Towns
{
    public static readonly Place Syria = Country(-1, "Syria", "SY", 35, 38, 8_300_000, ["Syrian Arab Republic"], ["Syrian"]);
    public static readonly Place UnitedStates = Country(-2, "United States", "US", 38, -97, 264_000_000, ["US", "USA"], ["American"]);
    public static readonly Place Jordan = Country(-3, "Jordan", "JO", 31, 36, 4_200_000, [], ["Jordanian"]);
    public static readonly Place Georgia = Country(-4, "Georgia", "GE", 42, 43.5, 2_400_000, [], ["Georgian"]);
    public static readonly Place Chad = Country(-5, "Chad", "TD", 15, 19, 3_000_000, [], ["Chadian"]);
    public static readonly Place UnitedKingdom = Country(-6, "United Kingdom", "GB", 54, -2, 65_000_000, ["UK", "Britain"], ["British"]);
    public static readonly Place Oregon = new(-1037, "Oregon", "US", 44.5, -122.5, 3_000_000, []) { FeatureCode = Place.RegionFeature, Admin1 = "OR" };

    public const int SyriaDamascusId = 170654;
    public const int OregonDamascusId = 5722088;

    public static readonly Place Damascus = City(SyriaDamascusId, "Damascus", "SY", 33.5102, 36.2913, 1_569_394, "PPLC", "13");
    public static readonly Place DamascusOregon = City(OregonDamascusId, "Damascus", "US", 45.4176, -122.459, 10_952, "PPL", "OR");
    public static readonly Place DamascusMaryland = City(4352728, "Damascus", "US", 39.2884, -77.2039, 15_257, "PPL", "MD");
    public static readonly Place Homs = City(169577, "Homs", "SY", 34.7268, 36.7234, 775_404, "PPLA", "11");
    public static readonly Place Hama = City(170017, "Ḩamāh", "SY", 35.1318, 36.7578, 460_602, "PPLA", "10");
    public static readonly Place Saydnaya = City(164717, "Şaydnāyā", "SY", 33.6958, 36.3772, 0, "PPLA3", "08");
    public static readonly Place Daraa = City(170905, "Dar‘ā", "SY", 32.6189, 36.1021, 97_969, "PPLA", "06");
    public static readonly Place Tartus = City(163345, "Tartouss", "SY", 34.8890, 35.8866, 89_457, "PPLA", "14");
    public static readonly Place Suwayda = City(172408, "As-Suwayda", "SY", 32.7089, 36.5695, 59_052, "PPLA", "05");
    public static readonly Place DeirEzZor = City(170794, "Deir ez-Zor", "SY", 35.3359, 40.1408, 242_565, "PPLA", "07");
    public static readonly Place Muadamiyah = City(166365, "Mu‘aḑḑamīyat ash Shām", "SY", 33.4614, 36.1986, 47_000, "PPLA3", "08");
    public static readonly Place Amman = City(250441, "Amman", "JO", 31.9552, 35.945, 1_275_857, "PPLC", "11");
    public static readonly Place JordanMinnesota = City(5032106, "Jordan", "US", 44.6669, -93.6269, 6_076, "PPL", "MN");
    public static readonly Place Portland = City(5746545, "Portland", "US", 45.5234, -122.6762, 632_309, "PPLA2", "OR");
    public static readonly Place Paris = City(2988507, "Paris", "FR", 48.8534, 2.3488, 2_138_551, "PPLC", "11");
    public static readonly Place ParisTexas = City(4717560, "Paris", "US", 33.6609, -95.5555, 24_782, "PPLA2", "TX");
    public static readonly Place Perth = City(2063523, "Perth", "AU", -31.9522, 115.8614, 1_896_548, "PPLA", "08");
    public static readonly Place Reading = City(2639577, "Reading", "GB", 51.4566, -0.9711, 244_070, "PPL", "ENG");
    public static readonly Place Assad = City(99999901, "Asad", "PK", 30.0, 70.0, 2_000, "PPL", "04");
    public static readonly Place Davis = City(5341704, "Davis", "US", 38.5449, -121.7405, 67_666, "PPL", "CA");
    public static readonly Place WhiteHouse = City(4663494, "White House", "US", 36.4700, -86.6514, 11_226, "PPL", "TN");
    public static readonly Place Clinton = City(4254679, "Clinton", "US", 40.1536, -88.9645, 7_225, "PPLA2", "IL");

    public static IReadOnlyList<Place> All { get; } =
    [
        Syria, UnitedStates, Jordan, Georgia, Chad, UnitedKingdom, Oregon, Damascus, DamascusOregon, DamascusMaryland, Homs, Hama,
        Saydnaya, Daraa, Tartus, Suwayda, DeirEzZor, Muadamiyah, Amman, JordanMinnesota, Portland, Paris, ParisTexas,
        Perth, Reading, Assad, Clinton, Davis, WhiteHouse,
    ];

    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer(All));

    public static Gazetteer Gazetteer => Shared.Value;

    public static IReadOnlyList<string> Names(IEnumerable<PlaceMention> mentions) => [.. mentions.Select(m => $"{m.Surface}={m.Place.CountryCode}")];

    private static Place City(int id, string name, string country, double lat, double lon, int population, string feature, string admin1) =>
        new(id, name, country, lat, lon, population, [])
        {
            FeatureCode = feature,
            Admin1 = admin1,
            RegionName = country == "US" ? UsState(admin1) : "",
        };

    private static string UsState(string admin1) => admin1 switch
    {
        "OR" => "Oregon",
        "MD" => "Maryland",
        "MN" => "Minnesota",
        "TX" => "Texas",
        "CA" => "California",
        "TN" => "Tennessee",
        "IL" => "Illinois",
        _ => "",
    };

    private static Place Country(int id, string name, string code, double lat, double lon, int population, string[] aliases, string[] demonyms) =>
        new(id, name, code, lat, lon, population, aliases) { FeatureCode = Place.CountryFeature, Demonyms = demonyms };
}
