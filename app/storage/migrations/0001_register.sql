-- Burgernet Console schema, migration 1: the participant register.
-- Portable between SQLite and PostgreSQL 15. Tokens replaced per dialect by Migrations.cpp:
--   ${ID}     auto-increment primary key    ${REAL}   double precision
--   ${BIGINT} 64-bit integer                ${BLOB}   binary
--   ${WITHOUT_ROWID} SQLite's clustered primary key (nothing on PostgreSQL)
-- Times are milliseconds since the Unix epoch, UTC. Statements end with a semicolon at the end
-- of a line.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per registered person. `pseudonym` is what the audit log and messages refer to;
-- everything else here is personal data and is erased on request.
CREATE TABLE participants (
    id              ${ID},
    pseudonym       TEXT NOT NULL,
    external_id     TEXT,
    name            TEXT NOT NULL,
    language        TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
    -- Comparisons rather than IN: SQLite builds a lookup table for an IN list of three or
    -- more values each time a statement runs, which was a third of a bulk insert's time.
    status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status = 'active' OR status = 'paused' OR status = 'unsubscribed'),
    unsubscribed_at ${BIGINT},
    mobile          TEXT,
    phone           TEXT,
    email           TEXT,
    -- Channels the participant wants: bit 0 SMS, bit 1 voice, bit 2 e-mail.
    channel_prefs   INTEGER NOT NULL DEFAULT 7,
    registered_at   ${BIGINT} NOT NULL,
    consent_at      ${BIGINT},
    updated_at      ${BIGINT} NOT NULL
);
-- Named indexes rather than column constraints, so that a bulk load can build them once at the
-- end (ParticipantWriter); uniqueness is checked all the same when they are built.
CREATE UNIQUE INDEX participants_pseudonym ON participants (pseudonym);
CREATE UNIQUE INDEX participants_external_id ON participants (external_id);
CREATE INDEX participants_name ON participants (name);

-- Home and work addresses with the hours in which each should receive messages: at most one
-- of each per participant, stored next to each other (clustered by participant).
CREATE TABLE locations (
    participant_id ${BIGINT} NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('home', 'work')),
    street         TEXT NOT NULL,
    house_number   TEXT NOT NULL,
    postcode       TEXT NOT NULL,
    place          TEXT NOT NULL,
    municipality   TEXT NOT NULL,
    lat            ${REAL} NOT NULL,
    lon            ${REAL} NOT NULL,
    -- Weekdays bit 0 Monday .. bit 6 Sunday; minutes since midnight, end <= start wraps midnight.
    weekdays       INTEGER NOT NULL DEFAULT 127,
    start_minute   INTEGER NOT NULL DEFAULT 0,
    end_minute     INTEGER NOT NULL DEFAULT 1440,
    PRIMARY KEY (participant_id, kind)
)${WITHOUT_ROWID};
CREATE INDEX locations_postcode ON locations (postcode);
