namespace AlertBot.Storage;

/// <summary>
/// The schema's history. Append only: a released migration is never edited, because databases in the
/// field already ran it.
/// </summary>
public static class Migrations
{
    public const string QuartzTablesName = "Quartz job store tables (PostgreSQL only: on SQLite the schedule lives in memory)";

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial schema", """
            CREATE TABLE articles (
                id             INTEGER PRIMARY KEY,
                source         TEXT NOT NULL,
                outlet         TEXT NOT NULL,
                url            TEXT NULL,
                content_hash   TEXT NOT NULL UNIQUE,
                title          TEXT NOT NULL,
                published_utc  TEXT NOT NULL,
                ingested_utc   TEXT NOT NULL
            );

            CREATE TABLE developments (
                id              INTEGER PRIMARY KEY,
                headline        TEXT NOT NULL,
                summary         TEXT NOT NULL,
                action          TEXT NOT NULL,
                actor           TEXT NULL,
                certainty       TEXT NOT NULL,
                significance    REAL NOT NULL,
                is_alert        INTEGER NOT NULL,
                match_key       TEXT NOT NULL,
                first_seen_utc  TEXT NOT NULL,
                updated_utc     TEXT NOT NULL,
                confirmations   INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX ix_developments_first_seen ON developments (first_seen_utc);

            CREATE TABLE development_places (
                development_id  INTEGER NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
                geoname_id      INTEGER NOT NULL,
                name            TEXT NOT NULL,
                country         TEXT NOT NULL,
                latitude        REAL NOT NULL,
                longitude       REAL NOT NULL,
                PRIMARY KEY (development_id, geoname_id)
            );
            CREATE INDEX ix_development_places_geoname ON development_places (geoname_id);

            CREATE TABLE development_sources (
                development_id  INTEGER NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
                article_id      INTEGER NOT NULL REFERENCES articles (id),
                source          TEXT NOT NULL,
                outlet          TEXT NOT NULL,
                url             TEXT NULL,
                evidence        TEXT NOT NULL,
                seen_utc        TEXT NOT NULL,
                PRIMARY KEY (development_id, article_id)
            );
            CREATE INDEX ix_development_sources_article ON development_sources (article_id);

            CREATE TABLE subscribers (
                chat_id             INTEGER PRIMARY KEY,
                chat_type           TEXT NOT NULL,
                title               TEXT NULL,
                active              INTEGER NOT NULL DEFAULT 1,
                subscribed_utc      TEXT NOT NULL,
                deactivated_utc     TEXT NULL,
                deactivated_reason  TEXT NULL
            );

            CREATE TABLE follows (
                chat_id     INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
                geoname_id  INTEGER NOT NULL,
                name        TEXT NOT NULL,
                PRIMARY KEY (chat_id, geoname_id)
            );

            CREATE TABLE deliveries (
                id                INTEGER PRIMARY KEY,
                development_id    INTEGER NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
                chat_id           INTEGER NOT NULL,
                kind              TEXT NOT NULL,
                status            TEXT NOT NULL,
                attempts          INTEGER NOT NULL DEFAULT 0,
                next_attempt_utc  TEXT NOT NULL,
                message_id        INTEGER NULL,
                last_error        TEXT NULL,
                created_utc       TEXT NOT NULL,
                sent_utc          TEXT NULL
            );
            CREATE UNIQUE INDEX ux_deliveries_alert ON deliveries (development_id, chat_id) WHERE kind = 'alert';
            CREATE INDEX ix_deliveries_due ON deliveries (status, next_attempt_utc);
            CREATE INDEX ix_deliveries_chat ON deliveries (chat_id);

            CREATE TABLE inbox_files (
                path            TEXT PRIMARY KEY,
                size            INTEGER NOT NULL,
                modified_utc    TEXT NOT NULL,
                content_hash    TEXT NULL,
                outcome         TEXT NOT NULL,
                processed_utc   TEXT NOT NULL
            );

            CREATE TABLE bot_state (
                key    TEXT PRIMARY KEY,
                value  TEXT NOT NULL
            );

            CREATE TABLE feed_state (
                feed                  TEXT PRIMARY KEY,
                etag                  TEXT NULL,
                last_modified         TEXT NULL,
                last_polled_utc       TEXT NULL,
                last_success_utc      TEXT NULL,
                consecutive_failures  INTEGER NOT NULL DEFAULT 0,
                healthy               INTEGER NOT NULL DEFAULT 1,
                next_poll_utc         TEXT NULL,
                last_error            TEXT NULL
            );

            CREATE TABLE feed_items (
                item_key        TEXT PRIMARY KEY,
                feed            TEXT NOT NULL,
                link            TEXT NULL,
                first_seen_utc  TEXT NOT NULL
            );
            CREATE INDEX ix_feed_items_link ON feed_items (link);
            """),
        new(2, "stories: which story each article belongs to, and the words that say so", """
            ALTER TABLE articles ADD COLUMN story_id INTEGER NULL REFERENCES developments (id);
            ALTER TABLE articles ADD COLUMN gist TEXT NULL;
            CREATE INDEX ix_articles_story ON articles (story_id, published_utc) WHERE story_id IS NOT NULL;
            CREATE INDEX ix_articles_published ON articles (published_utc);
            """),
        // Keeps the version numbers of both providers' histories in step (see PostgresMigrations).
        new(3, QuartzTablesName, "SELECT 1;"),
        new(4, "alerts held back because every report so far was stale", """
            ALTER TABLE developments ADD COLUMN alert_suppressed INTEGER NOT NULL DEFAULT 0;
            """),
        new(5, "outbox leases: which worker holds a delivery, and until when", """
            ALTER TABLE deliveries ADD COLUMN claimed_by TEXT NULL;
            ALTER TABLE deliveries ADD COLUMN lease_until_utc TEXT NULL;
            """),
        new(6, "telegram: received updates, per-chat settings and keywords, alert versions", """
            CREATE TABLE telegram_updates (
                update_id     INTEGER PRIMARY KEY,
                chat_id       INTEGER NULL,
                body          TEXT NOT NULL,
                received_utc  TEXT NOT NULL,
                handled_utc   TEXT NULL
            );
            CREATE INDEX ix_telegram_updates_pending ON telegram_updates (update_id) WHERE handled_utc IS NULL;
            CREATE INDEX ix_telegram_updates_handled ON telegram_updates (handled_utc) WHERE handled_utc IS NOT NULL;

            ALTER TABLE subscribers ADD COLUMN level TEXT NOT NULL DEFAULT 'every';
            ALTER TABLE subscribers ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE subscribers ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
            ALTER TABLE subscribers ADD COLUMN quiet_from INTEGER NULL;
            ALTER TABLE subscribers ADD COLUMN quiet_to INTEGER NULL;
            ALTER TABLE subscribers ADD COLUMN quiet_mode TEXT NOT NULL DEFAULT 'silent';

            CREATE TABLE chat_keywords (
                chat_id  INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
                kind     TEXT NOT NULL,
                keyword  TEXT NOT NULL,
                PRIMARY KEY (chat_id, kind, keyword)
            );

            ALTER TABLE developments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            """),
        new(7, "telegram rate limits shared by every worker", """
            CREATE TABLE rate_slots (
                scope        TEXT PRIMARY KEY,
                next_ms      INTEGER NOT NULL,
                last_ms      INTEGER NOT NULL,
                previous_ms  INTEGER NOT NULL
            );
            """),
        new(8, "indexes for /latest, /city, the delivery queue and retention", """
            -- /latest reads the newest alerts straight off this index: no scan, no sort.
            CREATE INDEX ix_developments_latest ON developments (first_seen_utc DESC, significance DESC, id DESC) WHERE is_alert = 1;

            -- /city reads a place's newest alerts from development_places alone. The development's alert flag, time
            -- and significance are copied here by the triggers below, so a busy place's newest ten and a quiet place's
            -- two cost the same few index steps, and no plan can walk every alert looking for one place.
            ALTER TABLE development_places ADD COLUMN is_alert INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE development_places ADD COLUMN first_seen_utc TEXT NOT NULL DEFAULT '';
            ALTER TABLE development_places ADD COLUMN significance REAL NOT NULL DEFAULT 0;
            UPDATE development_places
            SET (is_alert, first_seen_utc, significance) =
                (SELECT d.is_alert, d.first_seen_utc, d.significance FROM developments d WHERE d.id = development_places.development_id);
            CREATE INDEX ix_development_places_alerts
                ON development_places (geoname_id, first_seen_utc DESC, significance DESC, development_id DESC) WHERE is_alert = 1;
            CREATE TRIGGER tr_development_places_copy AFTER INSERT ON development_places
            BEGIN
                UPDATE development_places
                SET (is_alert, first_seen_utc, significance) =
                    (SELECT d.is_alert, d.first_seen_utc, d.significance FROM developments d WHERE d.id = NEW.development_id)
                WHERE development_id = NEW.development_id AND geoname_id = NEW.geoname_id;
            END;
            CREATE TRIGGER tr_developments_copy_to_places AFTER UPDATE OF is_alert, first_seen_utc, significance ON developments
            WHEN OLD.is_alert IS NOT NEW.is_alert OR OLD.first_seen_utc IS NOT NEW.first_seen_utc OR OLD.significance IS NOT NEW.significance
            BEGIN
                UPDATE development_places
                SET is_alert = NEW.is_alert, first_seen_utc = NEW.first_seen_utc, significance = NEW.significance
                WHERE development_id = NEW.id;
            END;

            -- A chat's head-of-line check looks at its open deliveries only, not its whole history.
            CREATE INDEX ix_deliveries_open ON deliveries (chat_id, id, status) WHERE status IN ('pending', 'sending');
            -- Deleting a development (retention) cascades to its deliveries; this finds them.
            CREATE INDEX ix_deliveries_development ON deliveries (development_id, chat_id);

            -- Retention finds what is old without a scan.
            CREATE INDEX ix_developments_updated ON developments (updated_utc);
            CREATE INDEX ix_articles_ingested ON articles (ingested_utc);
            CREATE INDEX ix_feed_items_first_seen ON feed_items (first_seen_utc);
            CREATE INDEX ix_inbox_files_processed ON inbox_files (processed_utc);
            """),
        new(9, "grouping: each source's report signal and facts, online word statistics", """
            ALTER TABLE development_sources ADD COLUMN terms TEXT NULL;
            ALTER TABLE development_sources ADD COLUMN names TEXT NULL;
            ALTER TABLE development_sources ADD COLUMN embedding BLOB NULL;
            ALTER TABLE development_sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'Report';
            ALTER TABLE development_sources ADD COLUMN title TEXT NULL;
            ALTER TABLE development_sources ADD COLUMN title_states INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE development_sources ADD COLUMN headline TEXT NOT NULL DEFAULT '';
            ALTER TABLE development_sources ADD COLUMN summary TEXT NOT NULL DEFAULT '';
            ALTER TABLE development_sources ADD COLUMN significance REAL NOT NULL DEFAULT 0;
            ALTER TABLE development_sources ADD COLUMN certainty TEXT NOT NULL DEFAULT 'Stated';
            ALTER TABLE development_sources ADD COLUMN fresh INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE development_sources ADD COLUMN place_ids TEXT NOT NULL DEFAULT '';
            ALTER TABLE development_sources ADD COLUMN report_places TEXT NULL;
            ALTER TABLE development_sources ADD COLUMN report_action TEXT NULL;
            ALTER TABLE development_sources ADD COLUMN report_clause INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_development_sources_seen ON development_sources (seen_utc) WHERE terms IS NOT NULL;
            CREATE TABLE term_stats (
                term       TEXT PRIMARY KEY,
                documents  INTEGER NOT NULL
            ) WITHOUT ROWID;
            """),
        new(10, "telegram sends counted by when they could have reached Telegram", """
            -- Each send from the moment it was let go until Telegram answered it; a second later it stops counting
            -- against the global limit. An unanswered one (a killed worker) counts until its request would have timed out.
            CREATE TABLE rate_sends (
                id           INTEGER PRIMARY KEY,
                started_ms   INTEGER NOT NULL,
                finished_ms  INTEGER NULL
            );

            -- When a chat's last send was answered: a chat whose send is still out waits for it.
            ALTER TABLE rate_slots ADD COLUMN done_ms INTEGER NOT NULL DEFAULT 0;
            UPDATE rate_slots SET done_ms = last_ms;
            """),
        new(11, "word statistics: each merge's counts appended, folded into term_stats in batches", """
            CREATE TABLE term_observations (
                id     INTEGER PRIMARY KEY,
                terms  TEXT NOT NULL
            );
            """),
    ];
}
