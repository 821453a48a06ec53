namespace AlertBot.Detection;

/// <summary>An article as the engine sees it: already read from its file or feed, not yet cleaned.</summary>
/// <param name="Source">Stable identity of the article (feed item link or file path); used in evidence and reports.</param>
/// <param name="Outlet">Who published it (feed name, site host or file folder); repeated boilerplate is learned per outlet.</param>
/// <param name="Url">The article's address when it has one: its path tells a video, programme or opinion page from a report.</param>
public sealed record ArticleText(string Source, string Title, string Body, DateTimeOffset Published, string Outlet, string? Url = null);
