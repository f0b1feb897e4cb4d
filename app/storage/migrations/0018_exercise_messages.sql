-- Burgernet Console schema, migration 18: an exercise the trainer runs for a trainee at another
-- workstation on the same training register (or at the same one).
--
-- `exercises`: one row per started exercise with its clock, so that the trainee's session runs
-- on the exercise's time: at the database's time `anchor_real` (ms) the exercise's (virtual)
-- time was `anchor_virtual`, and it runs at `rate` times real time (0 while paused or stopped).
-- `state` is an id (running, paused, stopped); `started_at` the virtual time of the report.
CREATE TABLE exercises (
    id             ${ID},
    scenario       TEXT NOT NULL,
    trainer        TEXT NOT NULL,
    started_at     ${BIGINT} NOT NULL,
    state          TEXT NOT NULL,
    rate           ${REAL} NOT NULL,
    anchor_virtual ${BIGINT} NOT NULL,
    anchor_real    ${BIGINT} NOT NULL
);
-- The injects delivered for the trainee (information, a supervisor's question, the person found):
-- the exercise's minute and virtual time, the kind as an id and the scenario's text. Scenario
-- texts only: no participant's data.
CREATE TABLE exercise_messages (
    id          ${ID},
    exercise    ${BIGINT} NOT NULL,
    minute      ${REAL} NOT NULL,
    virtual_at  ${BIGINT} NOT NULL,
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX exercise_messages_exercise ON exercise_messages (exercise, id);
-- The simulated gateways an exercise has made fail, one row per failing channel: every training
-- session's simulated sender on this register refuses that channel's messages while it is here.
CREATE TABLE exercise_gateways (
    channel    TEXT PRIMARY KEY,
    exercise   ${BIGINT} NOT NULL,
    failed_at  ${BIGINT} NOT NULL
);
