-- Burgernet Console schema, migration 9: failed sign-ins counted per workstation and name, so
-- that someone typing a user name at one workstation only slows that workstation down for that
-- name. The account itself (users.failed_attempts) locks only on a stricter count, for every
-- workstation. Names that are no account share one row per workstation (name '*'): what was typed
-- is never stored, it may be a password typed into the wrong field.
CREATE TABLE sign_in_throttle (
    workstation         TEXT NOT NULL,
    name                TEXT NOT NULL,
    failures            INTEGER NOT NULL,
    last_failure_at     ${BIGINT} NOT NULL,
    refused_until       ${BIGINT},
    PRIMARY KEY (workstation, name)
);
