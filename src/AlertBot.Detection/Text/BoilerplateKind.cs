namespace AlertBot.Detection.Text;

/// <summary>Why a line or sentence was dropped; kept for diagnostics and tests.</summary>
internal enum BoilerplateKind
{
    None = 0,
    Label,
    Credit,
    Byline,
    Dateline,
    Timestamp,
    Navigation,
    Copyright,
    CallToAction,
    LiveUpdate,
    Consent,
    Repeated,
    Duplicate,
}
