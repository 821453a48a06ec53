using AlertBot.Detection;
using AlertBot.Storage;
using System.Data.Common;
using Dapper;

namespace AlertBot.Alerts;

/// <summary>Writes one article's developments inside the pipeline's transaction.</summary>
internal sealed class DevelopmentWriter(Database database, DbConnection connection, DbTransaction transaction, long articleId, IncomingArticle article, DateTimeOffset seen, CancellationToken cancellationToken)
{
    private const string EvidenceSeparator = "\n";

    public async Task<long> InsertAsync(Development development)
    {
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO developments (headline, summary, action, actor, certainty, significance, is_alert, match_key, first_seen_utc, updated_utc, confirmations)
            VALUES (@Headline, @Summary, @Action, @Actor, @Certainty, @Significance, @IsAlert, @MatchKey, @Seen, @Seen, 1)
            RETURNING id;
            """,
            new
            {
                development.Headline,
                development.Summary,
                Action = development.Action.ToString(),
                development.Actor,
                Certainty = development.Certainty.ToString(),
                development.Significance,
                IsAlert = development.IsHeadline ? 1 : 0,
                MatchKey = development.Key.Serialize(),
                Seen = Iso.Format(seen),
            },
            transaction, cancellationToken: cancellationToken));
        await AddPlacesAsync(id, development);
        await AddSourceAsync(id, development);
        return id;
    }

    public async Task MergeAsync(long id, Development development, bool firmer)
    {
        await AddPlacesAsync(id, development);
        await AddSourceAsync(id, development);
        // SQLite's two-argument MAX is PostgreSQL's GREATEST.
        var greatest = database.Sql(sqlite: "MAX", postgres: "GREATEST");
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE developments
            SET confirmations = (SELECT COUNT(DISTINCT source) FROM development_sources WHERE development_id = @id),
                significance  = {greatest}(significance, @Significance),
                updated_utc   = {greatest}(updated_utc, @Seen),
                headline      = CASE WHEN @firmer THEN @Headline ELSE headline END,
                summary       = CASE WHEN @firmer THEN @Summary ELSE summary END,
                certainty     = CASE WHEN @firmer THEN @Certainty ELSE certainty END
            WHERE id = @id;
            """,
            new
            {
                id,
                development.Significance,
                Seen = Iso.Format(seen),
                firmer,
                development.Headline,
                development.Summary,
                Certainty = development.Certainty.ToString(),
            },
            transaction, cancellationToken: cancellationToken));
    }

    public async Task AddEvidenceAsync(long id, Development development)
    {
        await AddPlacesAsync(id, development);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE development_sources SET evidence = evidence || @Separator || @Evidence
            WHERE development_id = @id AND article_id = @articleId;
            """,
            new { id, articleId, Separator = EvidenceSeparator, Evidence = string.Join(EvidenceSeparator, development.Evidence) },
            transaction, cancellationToken: cancellationToken));
    }

    private async Task AddSourceAsync(long id, Development development) =>
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO development_sources (development_id, article_id, source, outlet, url, evidence, seen_utc)
            VALUES (@id, @articleId, @Source, @Outlet, @Url, @Evidence, @Seen)
            ON CONFLICT (development_id, article_id) DO NOTHING;
            """,
            new
            {
                id,
                articleId,
                article.Source,
                article.Outlet,
                article.Url,
                Evidence = string.Join(EvidenceSeparator, development.Evidence),
                Seen = Iso.Format(seen),
            },
            transaction, cancellationToken: cancellationToken));

    private async Task AddPlacesAsync(long id, Development development)
    {
        foreach (var place in development.Places)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO development_places (development_id, geoname_id, name, country, latitude, longitude)
                VALUES (@id, @GeonameId, @Name, @CountryCode, @Latitude, @Longitude)
                ON CONFLICT (development_id, geoname_id) DO NOTHING;
                """,
                new { id, place.GeonameId, Name = place.EnglishName, place.CountryCode, place.Latitude, place.Longitude },
                transaction, cancellationToken: cancellationToken));
        }
    }
}
