using AlertBot.Detection.Places;
using AlertBot.Storage;
using System.Data.Common;
using Dapper;

namespace AlertBot.Alerts;

/// <summary>Reads alerts for commands, delivery and reports; SQL lives here because this is its one use.</summary>
public sealed class AlertQueries(Database database)
{
    public async Task<AlertView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var list = await LoadAsync([id], cancellationToken);
        return list.Count == 0 ? null : list[0];
    }

    /// <summary>Served by ix_developments_latest: read in index order, stopped after @count.</summary>
    internal const string LatestSql = """
        SELECT id FROM developments WHERE is_alert = 1
        ORDER BY first_seen_utc DESC, significance DESC, id DESC
        LIMIT @count;
        """;

    /// <summary>Newest alerts first.</summary>
    public async Task<IReadOnlyList<AlertView>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(LatestSql, new { count }, cancellationToken: cancellationToken));
        return await LoadAsync(ids.ToList(), cancellationToken);
    }

    /// <summary>Served by ix_development_places_alerts alone (the alert columns are copied there by triggers).</summary>
    internal const string ForPlaceSql = """
        SELECT development_id FROM development_places
        WHERE geoname_id = @geonameId AND is_alert = 1
        ORDER BY first_seen_utc DESC, significance DESC, development_id DESC
        LIMIT @count;
        """;

    /// <summary>Alerts placed at one gazetteer place: newest first, then most significant.</summary>
    public async Task<IReadOnlyList<AlertView>> ForPlaceAsync(long geonameId, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(ForPlaceSql, new { geonameId, count }, cancellationToken: cancellationToken));
        return await LoadAsync(ids.ToList(), cancellationToken);
    }

    /// <summary>Places with alerts since a time, busiest first.</summary>
    public async Task<IReadOnlyList<PlaceCount>> CitiesAsync(DateTimeOffset since, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PlaceCount>(new CommandDefinition("""
            SELECT p.geoname_id AS GeonameId, p.name AS Name, p.country AS Country, COUNT(*) AS Alerts
            FROM development_places p JOIN developments d ON d.id = p.development_id
            WHERE d.is_alert = 1 AND d.first_seen_utc >= @since
            GROUP BY p.geoname_id, p.name, p.country
            ORDER BY Alerts DESC, p.name
            LIMIT @count;
            """, new { since = Iso.Format(since), count }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Alerts at places within a radius of a point, nearest first.</summary>
    public async Task<IReadOnlyList<(AlertView Alert, double Km)>> NearAsync(double latitude, double longitude, double radiusKm, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A bounding box in SQL narrows the rows; the exact great-circle distance is checked below.
        var dLat = radiusKm / 111.0;
        var dLon = radiusKm / Math.Max(1.0, 111.0 * Math.Cos(latitude * Math.PI / 180));
        var rows = await connection.QueryAsync<(long Id, double Latitude, double Longitude)>(new CommandDefinition("""
            SELECT d.id, p.latitude, p.longitude FROM developments d
            JOIN development_places p ON p.development_id = d.id
            WHERE d.is_alert = 1 AND p.latitude BETWEEN @minLat AND @maxLat AND p.longitude BETWEEN @minLon AND @maxLon;
            """, new { minLat = latitude - dLat, maxLat = latitude + dLat, minLon = longitude - dLon, maxLon = longitude + dLon }, cancellationToken: cancellationToken));
        var nearest = rows
            .Select(r => (r.Id, Km: GeoDistance.Kilometres(latitude, longitude, r.Latitude, r.Longitude)))
            .Where(r => r.Km <= radiusKm)
            .GroupBy(r => r.Id)
            .Select(g => (Id: g.Key, Km: g.Min(r => r.Km)))
            .OrderBy(r => r.Km)
            .Take(count)
            .ToList();
        var alerts = (await LoadAsync(nearest.Select(r => r.Id).ToList(), cancellationToken)).ToDictionary(a => a.Id);
        return nearest.Where(r => alerts.ContainsKey(r.Id)).Select(r => (alerts[r.Id], r.Km)).ToList();
    }

    /// <summary>Loads alerts with their places and sources, keeping the order of <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyList<AlertView>> LoadAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        // One read transaction: an alert and its sources come from the same snapshot, even while a
        // second outlet's report is being merged into it.
        await using var snapshot = await database.BeginSnapshotAsync(connection, cancellationToken);
        var idList = ids.ToArray();
        var inIds = database.InList("ids");
        var rows = (await connection.QueryAsync<DevelopmentRow>(new CommandDefinition($"""
            SELECT id AS Id, headline AS Headline, summary AS Summary, certainty AS Certainty, confirmations AS Confirmations,
                   first_seen_utc AS FirstSeen, updated_utc AS Updated, significance AS Significance, version AS Version
            FROM developments WHERE id {inIds};
            """, new { ids = idList }, snapshot, cancellationToken: cancellationToken))).ToDictionary(r => r.Id);
        // In the order they were written: SQLite's rowid, PostgreSQL's seq column.
        var places = (await connection.QueryAsync<(long DevelopmentId, long GeonameId, string Name, string Country, double Latitude, double Longitude)>(new CommandDefinition($"""
            SELECT development_id, geoname_id, name, country, latitude, longitude FROM development_places
            WHERE development_id {inIds} ORDER BY {database.Sql(sqlite: "rowid", postgres: "seq")};
            """, new { ids = idList }, snapshot, cancellationToken: cancellationToken))).ToLookup(p => p.DevelopmentId);
        var sources = await LoadSourcesAsync(connection, snapshot, idList, inIds, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id =>
        {
            var r = rows[id];
            return new AlertView(
                r.Id, r.Headline, r.Summary, r.Certainty, (int)r.Confirmations, Iso.Parse(r.FirstSeen), Iso.Parse(r.Updated), r.Significance,
                places[id].Select(p => new AlertPlace(p.GeonameId, p.Name, p.Country, p.Latitude, p.Longitude)).ToList(),
                sources[id].ToList()) { Version = r.Version };
        }).ToList();
    }

    private static async Task<ILookup<long, AlertSource>> LoadSourcesAsync(DbConnection connection, DbTransaction snapshot, long[] ids, string inIds, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(long DevelopmentId, string Source, string Outlet, string? Url, string Evidence, string Seen)>(new CommandDefinition($"""
            SELECT development_id, source, outlet, url, evidence, seen_utc FROM development_sources
            WHERE development_id {inIds} ORDER BY seen_utc, article_id;
            """, new { ids }, snapshot, cancellationToken: cancellationToken));
        return rows.ToLookup(
            r => r.DevelopmentId,
            r => new AlertSource(r.Source, r.Outlet, r.Url, r.Evidence.Split('\n', StringSplitOptions.RemoveEmptyEntries)) { Seen = Iso.Parse(r.Seen) });
    }

    private sealed record DevelopmentRow(long Id, string Headline, string Summary, string Certainty, long Confirmations, string FirstSeen, string Updated, double Significance, long Version);
}
