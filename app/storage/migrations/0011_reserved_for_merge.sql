-- Burgernet Console schema, migration 11: on the tips branch only a stand-in, so that
-- migration 13 follows an unbroken sequence; merging replaces it with the real migration 11.
SELECT 1;
