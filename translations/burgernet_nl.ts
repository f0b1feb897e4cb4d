<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>burgernet::AboutDialog</name>
    <message>
        <source>About Burgernet Console</source>
        <translation>Over Burgernet Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Burgernet Console %1&lt;/h3&gt;&lt;p&gt;Control-room console for Burgernet citizen-participation alerts: draw an area, reach the participants inside it, close every action with an outcome.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burgernet Console %1&lt;/h3&gt;&lt;p&gt;Meldkamerconsole voor Burgernetacties met burgerparticipatie: teken een gebied, bereik de deelnemers daarin en sluit elke actie af met een resultaat.&lt;/p&gt;&lt;p&gt;Gelicentieerd onder de Europese Unie Publieke Licentie (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>burgernet::ConsoleOptions</name>
    <message>
        <source>Burgernet Console: draw an area, reach the participants inside it.</source>
        <translation>Burgernet Console: teken een gebied, bereik de deelnemers daarin.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulptekst tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>The register: a SQLite file or postgresql://user@host:port/name (default: %1).</source>
        <translation>Het register: een SQLite-bestand of postgresql://user@host:port/name (standaard: %1).</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PAD|URL</translation>
    </message>
    <message>
        <source>Start in training mode (its own database, simulated senders only).</source>
        <translation>Starten in oefenmodus (eigen database, alleen gesimuleerde verzenders).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Het hoofdvenster als PNG-bestand opslaan en afsluiten.</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>BESTAND.png</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Venstergrootte voor --screenshot (standaard 1280x800).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--size only applies to --screenshot.</source>
        <translation>--size geldt alleen voor --screenshot.</translation>
    </message>
</context>
<context>
    <name>burgernet::CtlCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulptekst tonen.</translation>
    </message>
</context>
<context>
    <name>burgernet::CtlRunner</name>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Run &quot;burgernetctl COMMAND --help&quot; for the options of a command.</source>
        <translation>Voer &quot;burgernetctl OPDRACHT --help&quot; uit voor de opties van een opdracht.</translation>
    </message>
    <message>
        <source>Burgernet Console on the command line: the same services as the window, for scripts, tests and administrators.</source>
        <translation>Burgernet Console op de opdrachtregel: dezelfde functies als het venster, voor scripts, tests en beheerders.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulptekst tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>The register: a SQLite file or postgresql://user@host:port/name (default: %1).</source>
        <translation>Het register: een SQLite-bestand of postgresql://user@host:port/name (standaard: %1).</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PAD|URL</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>De uit te voeren opdracht (zie hieronder).</translation>
    </message>
    <message>
        <source>COMMAND [options]</source>
        <translation>OPDRACHT [opties]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>burgernet::Database</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>De Qt SQL-driver voor %1 is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: %2</source>
        <translation>%1 is geen SQLite-database: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, which is newer than this program understands (up to %3). Use a newer Burgernet Console; the database was not changed.</source>
        <translation>De database %1 heeft schemaversie %2; dit programma kan alleen overweg met schemaversies tot en met %3. Gebruik een nieuwere Burgernet Console; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs migrating to %3 first.</source>
        <translation>De database %1 heeft schemaversie %2 en moet eerst naar %3 worden gemigreerd.</translation>
    </message>
    <message>
        <source>Cannot bring the database %1 up to date: %2</source>
        <translation>Kan de database %1 niet bijwerken: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the database: %2</source>
        <translation>Kan %1 niet naar de database schrijven: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Kan de database %1 niet aanmaken: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation>Geen database opgegeven.</translation>
    </message>
    <message>
        <source>Unsupported database address &quot;%1&quot;: use a file path or postgresql://user@host:port/name.</source>
        <translation>Niet-ondersteund databaseadres &quot;%1&quot;: gebruik een bestandspad of postgresql://user@host:port/name.</translation>
    </message>
    <message>
        <source>Invalid PostgreSQL address: %1</source>
        <translation>Ongeldig PostgreSQL-adres: %1</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot; in the database address.</source>
        <translation>Onbekende PostgreSQL-optie &quot;%1&quot; in het databaseadres.</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database: postgresql://host/NAME.</source>
        <translation>Het PostgreSQL-adres noemt geen database: postgresql://host/NAME.</translation>
    </message>
</context>
<context>
    <name>burgernet::DbCommand</name>
    <message>
        <source>Show the register&apos;s schema and size (info), or bring its schema up to date (migrate).</source>
        <translation>Het schema en de omvang van het register tonen (info), of het schema bijwerken (migrate).</translation>
    </message>
    <message>
        <source>info or migrate</source>
        <translation>info of migrate</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use info or migrate.</source>
        <translation>Onbekende actie &quot;%1&quot;: gebruik info of migrate.</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Database:       %1</translation>
    </message>
    <message>
        <source>Register id:    %1</source>
        <translation>Register-id:    %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversie:   %1 (dit programma: %2)</translation>
    </message>
    <message>
        <source>Participants:   %1 (%2 active)</source>
        <translation>Deelnemers:     %1 (%2 actief)</translation>
    </message>
</context>
<context>
    <name>burgernet::MainWindow</name>
    <message>
        <source>Burgernet Console</source>
        <translation>Burgernet Console</translation>
    </message>
    <message>
        <source>Burgernet Console — TRAINING</source>
        <translation>Burgernet Console — OEFENING</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>The map for drawing alert areas appears here: an offline basemap of the Netherlands, online tiles, the participants and the alert areas.</source>
        <translation>Hier verschijnt de kaart voor het tekenen van alarmeringsgebieden: een offline basiskaart van Nederland, online kaarttegels, de deelnemers en de alarmeringsgebieden.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Participant register</source>
        <translation>Deelnemersregister</translation>
    </message>
    <message>
        <source>Search the register and see who is inside the drawn area.</source>
        <translation>Doorzoek het register en zie wie zich in het getekende gebied bevindt.</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Compose and send</source>
        <translation>Opstellen en verzenden</translation>
    </message>
    <message>
        <source>Compose one message, preview it per channel and send it to the participants in the area.</source>
        <translation>Stel één bericht op, bekijk het per kanaal vooraf en verzend het naar de deelnemers in het gebied.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Burgernet actions</source>
        <translation>Burgernetacties</translation>
    </message>
    <message>
        <source>Running and closed actions with their progress, call-back tips and outcome.</source>
        <translation>Lopende en afgesloten acties met hun voortgang, terugbeltips en resultaat.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Every action on this workstation, tamper-evident and verifiable.</source>
        <translation>Elke handeling op deze werkplek, beveiligd tegen ongemerkte wijziging en controleerbaar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Burgernet Console</source>
        <translation>&amp;Over Burgernet Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
    <message>
        <source>participants: ?</source>
        <translation>deelnemers: ?</translation>
    </message>
    <message>
        <source>Active participants in the register</source>
        <translation>Actieve deelnemers in het register</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oefening</translation>
    </message>
</context>
<context>
    <name>burgernet::Migrations</name>
    <message>
        <source>Unknown token %1 in a migration.</source>
        <translation>Onbekend token %1 in een migratie.</translation>
    </message>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql.</source>
        <translation>Migratiebestand %1 heeft geen naam volgens NNNN_name.sql.</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence.</source>
        <translation>Migratie %1 staat niet op volgorde.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Kan migratie %1 niet lezen.</translation>
    </message>
    <message>
        <source>This database is not a Burgernet Console register: it holds other tables (%1) and no schema version.</source>
        <translation>Deze database is geen register van Burgernet Console: ze bevat andere tabellen (%1) en geen schemaversie.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Kan de schemaversie niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot start the schema migration: %1</source>
        <translation>Kan de schemamigratie niet starten: %1</translation>
    </message>
    <message>
        <source>Cannot lock the schema for migration: %1</source>
        <translation>Kan het schema niet vergrendelen voor migratie: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, which is newer than this program understands (up to %2). Use a newer Burgernet Console; the database was not changed.</source>
        <translation>De database heeft schemaversie %1; dit programma kan alleen overweg met schemaversies tot en met %2. Gebruik een nieuwere Burgernet Console; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot create the schema version table: %1</source>
        <translation>Kan de tabel voor de schemaversie niet aanmaken: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migratie %1 (%2) is mislukt: %3</translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation>Kan migratie %1 niet vastleggen: %2</translation>
    </message>
    <message>
        <source>Cannot commit the schema migration: %1</source>
        <translation>Kan de schemamigratie niet doorvoeren: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::ModeIndicator</name>
    <message>
        <source>Live mode: messages go to real participants.</source>
        <translation>Live-modus: berichten gaan naar echte deelnemers.</translation>
    </message>
    <message>
        <source>Training mode: a separate database and simulated senders only. Nothing reaches a real participant.</source>
        <translation>Oefenmodus: een aparte database en alleen gesimuleerde verzenders. Niets bereikt een echte deelnemer.</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <source>TRAINING — simulated senders only, nothing reaches real participants</source>
        <translation>OEFENING — alleen gesimuleerde verzenders, niets bereikt echte deelnemers</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRepository</name>
    <message>
        <source>Cannot count participants: %1</source>
        <translation>Kan de deelnemers niet tellen: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Gelijk aan het systeem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van de console.</translation>
    </message>
</context>
<context>
    <name>burgernet::SettingsCommand</name>
    <message>
        <source>List the settings with their defaults and meaning.</source>
        <translation>De instellingen tonen met hun standaardwaarden en betekenis.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>Stored in: %1</source>
        <translation>Opgeslagen in: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::WindowScreenshot</name>
    <message>
        <source>Invalid size &quot;%1&quot;: use WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>Ongeldige grootte &quot;%1&quot;: gebruik BREEDTExHOOGTE, bijv. 1280x800.</translation>
    </message>
    <message>
        <source>Size %1 is out of range (320x240 to 7680x4320).</source>
        <translation>Grootte %1 valt buiten het bereik (320x240 tot 7680x4320).</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>De map van %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Kan de schermafbeelding niet naar %1 schrijven.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Burgernet Console</source>
        <translation>Burgernet Console</translation>
    </message>
</context>
</TS>
