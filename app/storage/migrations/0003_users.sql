-- Burgernet Console schema, migration 3: the people who sign in to the console.
-- Passwords are stored as libsodium Argon2id strings ("$argon2id$v=19$m=...,t=...,p=1$...").
-- Failed sign-ins are counted here, not in memory, so that restarting the console does not
-- reset the delay or the lock. Times are milliseconds since the Unix epoch, UTC.

CREATE TABLE users (
    id                  ${ID},
    name                TEXT NOT NULL,
    role                TEXT NOT NULL
                        CHECK (role IN ('dispatcher', 'supervisor', 'trainer', 'administrator',
                                        'municipal-editor')),
    -- A municipal editor's own municipality: their notices stay inside it.
    municipality        TEXT,
    password_hash       TEXT NOT NULL,
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    last_failure_at     ${BIGINT},
    locked_until        ${BIGINT},
    disabled            INTEGER NOT NULL DEFAULT 0,
    created_at          ${BIGINT} NOT NULL,
    updated_at          ${BIGINT} NOT NULL,
    CHECK (role <> 'municipal-editor' OR municipality IS NOT NULL)
);
CREATE UNIQUE INDEX users_name ON users (name);
