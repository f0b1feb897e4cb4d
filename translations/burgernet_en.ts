<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>burgernet::AboutDialog</name>
    <message>
        <source>About Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Burgernet Console %1&lt;/h3&gt;&lt;p&gt;Control-room console for Burgernet citizen-participation alerts: draw an area, reach the participants inside it, close every action with an outcome.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ConsoleOptions</name>
    <message>
        <source>Burgernet Console: draw an area, reach the participants inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register: a SQLite file or postgresql://user@host:port/name (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in training mode (its own database, simulated senders only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size only applies to --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CtlCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CtlRunner</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;burgernetctl COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet Console on the command line: the same services as the window, for scripts, tests and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register: a SQLite file or postgresql://user@host:port/name (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::Database</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, which is newer than this program understands (up to %3). Use a newer Burgernet Console; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs migrating to %3 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring the database %1 up to date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database address &quot;%1&quot;: use a file path or postgresql://user@host:port/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid PostgreSQL address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot; in the database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database: postgresql://host/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DbCommand</name>
    <message>
        <source>Show the register&apos;s schema and size (info), or bring its schema up to date (migrate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info or migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use info or migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register id:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:   %1 (%2 active)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MainWindow</name>
    <message>
        <source>Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet Console — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map for drawing alert areas appears here: an offline basemap of the Netherlands, online tiles, the participants and the alert areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register and see who is inside the drawn area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose one message, preview it per channel and send it to the participants in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running and closed actions with their progress, call-back tips and outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action on this workstation, tamper-evident and verifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active participants in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::Migrations</name>
    <message>
        <source>Unknown token %1 in a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a Burgernet Console register: it holds other tables (%1) and no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the schema for migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, which is newer than this program understands (up to %2). Use a newer Burgernet Console; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the schema version table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the schema migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ModeIndicator</name>
    <message>
        <source>Live mode: messages go to real participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: a separate database and simulated senders only. Nothing reaches a real participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — simulated senders only, nothing reaches real participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRepository</name>
    <message>
        <source>Cannot count participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SettingsCommand</name>
    <message>
        <source>List the settings with their defaults and meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::WindowScreenshot</name>
    <message>
        <source>Invalid size &quot;%1&quot;: use WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1 is out of range (320x240 to 7680x4320).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
