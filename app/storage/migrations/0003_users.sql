-- Migration 3 is reserved for the users branch (sign-in, roles). This placeholder keeps the
-- migration sequence whole on the dispatch branch; at merge the users branch's file replaces it.
CREATE TABLE reserved_0003 (id INTEGER);
DROP TABLE reserved_0003;
