-- Burgernet Console schema, migration 11: on the boundaries branch only a stand-in, so that
-- migration 12 follows an unbroken sequence; merging replaces it with the real migration 11.
SELECT 1;
