-- Burgernet Console schema, migration 19: when the trainer's console last showed itself for an
-- exercise (the database's time, ms), so that a trainee's console can tell an exercise whose
-- trainer's console stopped without ending it from one that still runs.
ALTER TABLE exercises ADD COLUMN alive_real ${BIGINT} NOT NULL DEFAULT 0;
