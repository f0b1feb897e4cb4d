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
        <source>&lt;h3&gt;Burgernet Console %1&lt;/h3&gt;&lt;p&gt;Control-room console for Burgernet citizen-participation alerts: draw an area, reach the participants inside it, close every action with an outcome.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Place data: &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Offline basemap: &lt;a href=&quot;https://www.naturalearthdata.com&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas. Online maps: PDOK BRT-Achtergrondkaart, Kaartgegevens © Kadaster (CC BY 4.0); © OpenStreetMap contributors (ODbL).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;The statistics charts use Qt Charts, licensed under the GNU GPL version 3. The EUPL-1.2 lists the GPL-3 as a compatible licence: this program, linked with Qt Charts, is distributed under the terms of the GPL-3, and its source is available under both.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Burgernet Console %1&lt;/h3&gt;&lt;p&gt;Meldkamerconsole voor Burgernetacties (burgerparticipatie): teken een gebied, bereik de deelnemers daarin en sluit elke actie af met een resultaat.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Plaatsgegevens: &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, beschikbaar onder &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Offline basiskaart: &lt;a href=&quot;https://www.naturalearthdata.com&quot;&gt;Natural Earth&lt;/a&gt; (publiek domein), via world-atlas. Onlinekaarten: PDOK BRT-Achtergrondkaart, Kaartgegevens © Kadaster (CC BY 4.0); © OpenStreetMap-bijdragers (ODbL).&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;&lt;p&gt;De grafieken van de statistiek gebruiken Qt Charts, uitgegeven onder de GNU GPL versie 3. De EUPL-1.2 noemt de GPL-3 een verenigbare licentie: dit programma, gekoppeld met Qt Charts, wordt verspreid onder de voorwaarden van de GPL-3, en de broncode is onder beide beschikbaar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionCap</name>
    <message>
        <source>Action %1 has no messages: nothing has been sent for it.</source>
        <translation>Actie %1 heeft geen berichten: er is nog niets voor verzonden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Actie %1: %2</translation>
    </message>
    <message>
        <source>The action&apos;s number.</source>
        <translation>Het nummer van de actie.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>Only actions not yet closed.</source>
        <translation>Alleen acties die nog niet zijn afgesloten.</translation>
    </message>
    <message>
        <source>Incident type, e.g. straatroof.</source>
        <translation>Soort incident, bijvoorbeeld straatroof.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>A circle: centre and radius in metres.</source>
        <translation>Een cirkel: middelpunt en straal in meters.</translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation>LAT,LON,METERS</translation>
    </message>
    <message>
        <source>A GeoJSON area.</source>
        <translation>Een gebied in GeoJSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>A channel (repeat for more).</source>
        <translation>Een kanaal (herhaal voor meer kanalen).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>A non-urgent notice.</source>
        <translation>Een niet-spoedeisend bericht.</translation>
    </message>
    <message>
        <source>The family consents (vermissing).</source>
        <translation>De familie geeft toestemming (vermissing).</translation>
    </message>
    <message>
        <source>arrested, person_found, useful_information, no_result or other.</source>
        <translation>arrested, person_found, useful_information, no_result of other.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>AFLOOP</translation>
    </message>
    <message>
        <source>--outcome needs arrested, person_found, useful_information, no_result or other.</source>
        <translation>--outcome verwacht arrested, person_found, useful_information, no_result of other.</translation>
    </message>
    <message>
        <source>&quot;action send&quot; needs --type, one of --circle or --geojson, --text and at least one --channel.</source>
        <translation>&quot;action send&quot; verwacht --type, --circle of --geojson, --text en ten minste één --channel.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>Onbekend kanaal &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sending reaches people: add --yes to confirm.</source>
        <translation>Verzenden bereikt mensen: voeg --yes toe om te bevestigen.</translation>
    </message>
    <message>
        <source>--%1 needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.</source>
        <translation>--%1 heeft LAT,LON,METERS nodig, bijvoorbeeld 52.3731,4.8922,5000.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>NOT READY: no configured sender, the messages would wait</source>
        <translation>NIET GEREED: geen ingestelde verzender, de berichten zouden wachten</translation>
    </message>
    <message>
        <source>NOT READY: the gateway keeps failing, the messages would wait</source>
        <translation>NIET GEREED: de gateway faalt steeds, de berichten zouden wachten</translation>
    </message>
    <message>
        <source>waits for a running dispatcher</source>
        <translation>wacht op een draaiende verzender</translation>
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
        <source>Action %1 (%2): alert to %3 participant(s) in the area.</source>
        <translation>Actie %1 (%2): oproep aan %3 deelnemer(s) in het gebied.</translation>
    </message>
    <message>
        <source>Action %1 (%2): update to %3 participant(s), %4 newly in the area.</source>
        <translation>Actie %1 (%2): vervolgbericht aan %3 deelnemer(s), %4 nieuw in het gebied.</translation>
    </message>
    <message>
        <source>Action %1 (%2): closing message to the %3 participant(s) reached, outcome %4.</source>
        <translation>Actie %1 (%2): afsluitbericht aan de %3 bereikte deelnemer(s), uitkomst %4.</translation>
    </message>
    <message>
        <source>Action %1 (%2): cancellation to the %3 participant(s) who may have been reached.</source>
        <translation>Actie %1 (%2): intrekking aan de %3 deelnemer(s) die mogelijk bereikt zijn.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>A second user must approve this action before it goes out.</source>
        <translation>Een tweede gebruiker moet deze actie goedkeuren voordat ze verstuurd wordt.</translation>
    </message>
    <message>
        <source>Action %1: %2.</source>
        <translation>Actie %1: %2.</translation>
    </message>
    <message>
        <source>The messages wait in the outbox for a running dispatcher (the console, or this command with --wait).</source>
        <translation>De berichten wachten in de uitgaande wachtrij op een draaiende verzender (de console, of deze opdracht met --wait).</translation>
    </message>
    <message>
        <source>&quot;action decide ID&quot; needs --uncertain resend|drop or --stale send|drop.</source>
        <translation>&quot;action decide ID&quot; heeft --uncertain resend|drop of --stale send|drop nodig.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) decided.</source>
        <translation>
            <numerusform>Over %n bericht besloten.</numerusform>
            <numerusform>Over %n berichten besloten.</numerusform>
        </translation>
    </message>
    <message>
        <source>update: the area grows to this circle.</source>
        <translation>update: het gebied groeit tot deze cirkel.</translation>
    </message>
    <message>
        <source>update: the area grows to this GeoJSON area.</source>
        <translation>update: het gebied groeit tot dit GeoJSON-gebied.</translation>
    </message>
    <message>
        <source>The description, the update, the outcome&apos;s words or the correction.</source>
        <translation>De beschrijving, het vervolgbericht, de woorden bij de uitkomst of de correctie.</translation>
    </message>
    <message>
        <source>The street or place the message names.</source>
        <translation>De straat of plaats die het bericht noemt.</translation>
    </message>
    <message>
        <source>Send although this channel cannot send now: its messages wait in the outbox (repeat for more).</source>
        <translation>Verzenden hoewel dit kanaal nu niet kan verzenden: de berichten wachten in de uitgaande wachtrij (herhaal voor meer).</translation>
    </message>
    <message>
        <source>Confirm the send (required).</source>
        <translation>De verzending bevestigen (verplicht).</translation>
    </message>
    <message>
        <source>Send in this process until every message is final, with a progress line.</source>
        <translation>In dit proces verzenden tot elk bericht definitief is, met een voortgangsregel.</translation>
    </message>
    <message>
        <source>With --wait: give up waiting after this many seconds (the messages stay queued).</source>
        <translation>Met --wait: na zoveel seconden stoppen met wachten (de berichten blijven in de wachtrij).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>decide: resend or drop the uncertain messages.</source>
        <translation>decide: de onzekere berichten opnieuw verzenden (resend) of laten vervallen (drop).</translation>
    </message>
    <message>
        <source>resend|drop</source>
        <translation>resend|drop</translation>
    </message>
    <message>
        <source>decide: send or drop the stale messages.</source>
        <translation>decide: de verouderde berichten toch verzenden (send) of laten vervallen (drop).</translation>
    </message>
    <message>
        <source>send|drop</source>
        <translation>send|drop</translation>
    </message>
    <message numerus="yes">
        <source>%n failed message(s) queued again.</source>
        <translation>
            <numerusform>%n mislukt bericht opnieuw in de wachtrij gezet.</numerusform>
            <numerusform>%n mislukte berichten opnieuw in de wachtrij gezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>cap: write each CAP 1.2 message to DIR/IDENTIFIER.xml instead of printing them one after another.</source>
        <translation>cap: elk CAP 1.2-bericht naar MAP/IDENTIFIER.xml schrijven in plaats van ze na elkaar af te drukken.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Burgernet actions: list, status, send, review, approve, reject, update, close, cancel, retry-failed, decide, resume, cap, dispatch, failures.</source>
        <translation>Burgernetacties: list, status, send, review, approve, reject, update, close, cancel, retry-failed, decide, resume, cap, dispatch, failures.</translation>
    </message>
    <message>
        <source>Sent back by %1 at %2: %3</source>
        <translation>Teruggestuurd door %1 om %2: %3</translation>
    </message>
    <message>
        <source>Add --allow-duplicate when a second action for this incident is meant.</source>
        <translation>Voeg --allow-duplicate toe als een tweede actie voor dit incident bedoeld is.</translation>
    </message>
    <message>
        <source>reject: why the action goes back to its author (required; the author reads it).</source>
        <translation>reject: waarom de actie teruggaat naar de opsteller (verplicht; de opsteller leest het).</translation>
    </message>
    <message>
        <source>send: the control room&apos;s own number for the incident (free text).</source>
        <translation>send: het eigen nummer van de meldkamer voor het incident (vrije tekst).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>send: a second open action for the same incident number is meant.</source>
        <translation>send: een tweede open actie voor hetzelfde incidentnummer is bedoeld.</translation>
    </message>
    <message>
        <source>Use &quot;action list&quot;, &quot;action status ID&quot;, &quot;action send ...&quot;, &quot;action review|approve|reject|update|close|cancel|retry-failed|decide|resume|cap|dispatch|failures ID ...&quot;; see --help.</source>
        <translation>Gebruik &quot;action list&quot;, &quot;action status ID&quot;, &quot;action send ...&quot;, &quot;action review|approve|reject|update|close|cancel|retry-failed|decide|resume|cap|dispatch|failures ID ...&quot;; zie --help.</translation>
    </message>
    <message>
        <source>&quot;action reject ID&quot; needs --reason TEXT: the author reads why.</source>
        <translation>&quot;action reject ID&quot; heeft --reason TEKST nodig: de opsteller leest waarom.</translation>
    </message>
    <message>
        <source>Action %1 went back to its author as a draft.</source>
        <translation>Actie %1 is als concept teruggegaan naar de opsteller.</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionFailuresCtl</name>
    <message>
        <source>Action %1: no failed recipients.</source>
        <translation>Actie %1: geen mislukte ontvangers.</translation>
    </message>
    <message numerus="yes">
        <source>Action %1: %n failed recipient(s).</source>
        <translation>
            <numerusform>Actie %1: %n mislukte ontvanger.</numerusform>
            <numerusform>Actie %1: %n mislukte ontvangers.</numerusform>
        </translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>%1: the platform reports %2 reached (%3).</source>
        <translation>%1: het platform meldt %2 bereikt (%3).</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionReportText</name>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>submitted for approval</source>
        <translation>ter goedkeuring aangeboden</translation>
    </message>
    <message>
        <source>approved and sent</source>
        <translation>goedgekeurd en verzonden</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>every alert message out</source>
        <translation>alle alarmberichten verstuurd</translation>
    </message>
    <message>
        <source>first message reached</source>
        <translation>eerste bericht aangekomen</translation>
    </message>
    <message>
        <source>tip</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>useful tip</source>
        <translation>bruikbare tip</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>closing message</source>
        <translation>afsluitbericht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Actie %1: %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Waited for approval</source>
        <translation>Wachttijd op goedkeuring</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>%1 (%2 useful)</source>
        <translation>%1 (%2 bruikbaar)</translation>
    </message>
    <message>
        <source>First tip after</source>
        <translation>Eerste tip na</translation>
    </message>
    <message>
        <source>Closing message after</source>
        <translation>Afsluitbericht na</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Delivery per channel</source>
        <translation>Aflevering per kanaal</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 of %2 reached</source>
        <translation>%1 van %2 bereikt</translation>
    </message>
    <message>
        <source>50 %: %1</source>
        <translation>50 %: %1</translation>
    </message>
    <message>
        <source>90 %: %1</source>
        <translation>90 %: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>area of the messages</source>
        <translation>gebied van de berichten</translation>
    </message>
    <message>
        <source>area grown</source>
        <translation>gebied vergroot</translation>
    </message>
    <message>
        <source>sent by the channel (summed up)</source>
        <translation>verstuurd door het kanaal (opgeteld)</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>outbox</translation>
    </message>
    <message>
        <source>tips</source>
        <translation>tips</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>auditlog</translation>
    </message>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source> no. %1</source>
        <translation> nr. %1</translation>
    </message>
    <message>
        <source>, audit no. %1</source>
        <translation>, auditlog nr. %1</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionReportWindow</name>
    <message>
        <source>Action %1: %2 — report and replay</source>
        <translation>Actie %1: %2 — verslag en terugblik</translation>
    </message>
    <message>
        <source>Report: timeline and figures</source>
        <translation>Verslag: tijdlijn en cijfers</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot store the action</source>
        <translation>Kan de actie niet opslaan</translation>
    </message>
    <message>
        <source>Cannot update action %1</source>
        <translation>Kan actie %1 niet bijwerken</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Actie %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot read action %1</source>
        <translation>Kan actie %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot list the actions</source>
        <translation>Kan de acties niet opvragen</translation>
    </message>
    <message>
        <source>Cannot record the action&apos;s step</source>
        <translation>Kan de stap van de actie niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot read the action&apos;s steps</source>
        <translation>Kan de stappen van de actie niet lezen</translation>
    </message>
    <message>
        <source>Cannot store the message texts</source>
        <translation>Kan de berichtteksten niet opslaan</translation>
    </message>
    <message>
        <source>Cannot read message %1</source>
        <translation>Kan bericht %1 niet lezen</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Bericht %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot read the message templates</source>
        <translation>Kan de berichtsjablonen niet lezen</translation>
    </message>
    <message>
        <source>Cannot store the message template</source>
        <translation>Kan het berichtsjabloon niet opslaan</translation>
    </message>
    <message>
        <source>Cannot read the messages of action %1</source>
        <translation>Kan de berichten van actie %1 niet lezen</translation>
    </message>
    <message>
        <source>Message %1 has an unknown type &quot;%2&quot;.</source>
        <translation>Bericht %1 heeft een onbekend type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot look up the incident number</source>
        <translation>Kan het incidentnummer niet opzoeken</translation>
    </message>
    <message>
        <source>Cannot read the recent actions</source>
        <translation>Kan de recente acties niet lezen</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionReview</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>done in about %1</source>
        <translation>klaar in ongeveer %1</translation>
    </message>
    <message>
        <source>about € %1</source>
        <translation>ongeveer € %1</translation>
    </message>
    <message>
        <source>Submitted by %1, waiting for %2.</source>
        <translation>Ingediend door %1, wacht al %2.</translation>
    </message>
    <message>
        <source>Text %1 (%2): %3</source>
        <translation>Tekst %1 (%2): %3</translation>
    </message>
    <message>
        <source>Action %1 is not awaiting approval.</source>
        <translation>Actie %1 wacht niet op goedkeuring.</translation>
    </message>
    <message>
        <source>Action %1 waits for approval: %2 participant(s).</source>
        <translation>Actie %1 wacht op goedkeuring: %2 deelnemer(s).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Approve with &quot;action approve %1 --yes&quot;, or send it back with &quot;action reject %1 --reason TEXT&quot;.</source>
        <translation>Keur goed met &quot;action approve %1 --yes&quot;, of stuur terug met &quot;action reject %1 --reason TEKST&quot;.</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionSteps</name>
    <message>
        <source>Action %1 is %2 and cannot become %3.</source>
        <translation>Actie %1 is %2 en kan niet %3 worden.</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionTableModel</name>
    <message>
        <source>urgent</source>
        <translation>spoed</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Opsteller</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionTimeline</name>
    <message>
        <source>Timeline of the action</source>
        <translation>Tijdlijn van de actie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tip (%1, %2) at %3: %4</source>
        <translation>Tip (%1, %2) op %3: %4</translation>
    </message>
    <message>
        <source>Area of the messages</source>
        <translation>Gebied van de berichten</translation>
    </message>
    <message>
        <source>the platform reports %1 reached on %2</source>
        <translation>het platform meldt %1 bereikt via %2</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionWait</name>
    <message>
        <source> (%1 failed)</source>
        <translation> (%1 mislukt)</translation>
    </message>
    <message>
        <source> ~%1 s</source>
        <translation> ~%1 s</translation>
    </message>
    <message>
        <source>Nothing sends in this process.</source>
        <translation>In dit proces verzendt niets.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for a channel that cannot send now.</source>
        <translation>
            <numerusform>%n bericht wacht op een kanaal dat nu niet kan verzenden.</numerusform>
            <numerusform>%n berichten wachten op een kanaal dat nu niet kan verzenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting after %1 s; the rest stays queued.</source>
        <translation>Na %1 s gestopt met wachten; de rest blijft in de wachtrij.</translation>
    </message>
    <message>
        <source>Action %1: %2.</source>
        <translation>Actie %1: %2.</translation>
    </message>
    <message>
        <source>The register does not answer (%1); waiting for it.</source>
        <translation>Het register antwoordt niet (%1); er wordt op gewacht.</translation>
    </message>
    <message>
        <source>The register answers again after %1 s.</source>
        <translation>Het register antwoordt weer na %1 s.</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionWords</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>vervolgbericht verzonden</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>arrest (aanhouding)</source>
        <translation>aanhouding</translation>
    </message>
    <message>
        <source>missing person found</source>
        <translation>vermiste persoon gevonden</translation>
    </message>
    <message>
        <source>useful information</source>
        <translation>bruikbare informatie</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>geen resultaat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>Residential burglary (woninginbraak)</source>
        <translation>Woninginbraak</translation>
    </message>
    <message>
        <source>Missing person (vermissing)</source>
        <translation>Vermissing</translation>
    </message>
    <message>
        <source>Street robbery (straatroof)</source>
        <translation>Straatroof</translation>
    </message>
    <message>
        <source>Shoplifting (winkeldiefstal)</source>
        <translation>Winkeldiefstal</translation>
    </message>
    <message>
        <source>Robbery of a business (overval)</source>
        <translation>Overval op een bedrijf</translation>
    </message>
    <message>
        <source>Pickpocketing (zakkenrollerij)</source>
        <translation>Zakkenrollerij</translation>
    </message>
    <message>
        <source>Hit-and-run (doorrijden na ongeval)</source>
        <translation>Doorrijden na ongeval</translation>
    </message>
    <message>
        <source>Other (overig)</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionWorkflow</name>
    <message>
        <source>Nothing sends from here: the messages wait in the outbox for a running dispatcher (the console, or burgernetctl with --wait).</source>
        <translation>Vanaf hier verzendt niets: de berichten wachten in de uitgaande wachtrij op een draaiende verzender (de console, of burgernetctl met --wait).</translation>
    </message>
    <message>
        <source>A test message is sent from the senders page, not from an action.</source>
        <translation>Een testbericht gaat via de pagina Verzenders, niet vanuit een actie.</translation>
    </message>
    <message>
        <source>Action %1 has already been sent.</source>
        <translation>Actie %1 is al verzonden.</translation>
    </message>
    <message>
        <source>A missing person may only be sought with the family&apos;s consent.</source>
        <translation>Een vermist persoon mag alleen met toestemming van de familie gezocht worden.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Kies minstens één kanaal.</translation>
    </message>
    <message>
        <source>Draw the alert area on the map first.</source>
        <translation>Teken eerst het alarmgebied op de kaart.</translation>
    </message>
    <message>
        <source>An urgent action needs a description of the person or vehicle, or a text: participants cannot look out for nothing.</source>
        <translation>Een urgente actie heeft een beschrijving van de persoon of het voertuig nodig, of een tekst: deelnemers kunnen niet naar niets uitkijken.</translation>
    </message>
    <message>
        <source>The message names no location.</source>
        <translation>Het bericht noemt geen locatie.</translation>
    </message>
    <message>
        <source>Nobody is registered inside the area at this moment.</source>
        <translation>Op dit moment is niemand binnen het gebied ingeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already had the most alerts allowed today and are left out.</source>
        <translation>
            <numerusform>%n deelnemer heeft vandaag al het maximum aantal oproepen gehad en valt erbuiten.</numerusform>
            <numerusform>%n deelnemers hebben vandaag al het maximum aantal oproepen gehad en vallen erbuiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>An update can only follow a sent action.</source>
        <translation>Een vervolgbericht kan alleen na een verzonden actie.</translation>
    </message>
    <message>
        <source>Write the update first.</source>
        <translation>Schrijf eerst het vervolgbericht.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the first alert have not gone out yet; each of those participants gets the alert first and the update after it.</source>
        <translation>
            <numerusform>%n bericht van de eerste oproep is nog niet verstuurd; die deelnemer krijgt eerst de oproep en daarna het vervolgbericht.</numerusform>
            <numerusform>%n berichten van de eerste oproep zijn nog niet verstuurd; die deelnemers krijgen eerst de oproep en daarna het vervolgbericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a sent action can be closed; action %1 is %2.</source>
        <translation>Alleen een verzonden actie kan afgesloten worden; actie %1 is %2.</translation>
    </message>
    <message>
        <source>Choose the outcome of the action.</source>
        <translation>Kies de uitkomst van de actie.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have not gone out yet and will not be sent.</source>
        <translation>
            <numerusform>%n bericht is nog niet verstuurd en wordt niet verzonden.</numerusform>
            <numerusform>%n berichten zijn nog niet verstuurd en worden niet verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action %1 is %2: there is nothing to cancel.</source>
        <translation>Actie %1 is %2: er is niets in te trekken.</translation>
    </message>
    <message>
        <source>Only a draft can be changed; action %1 is %2.</source>
        <translation>Alleen een concept kan gewijzigd worden; actie %1 is %2.</translation>
    </message>
    <message>
        <source>Only a draft can be withdrawn; action %1 is %2.</source>
        <translation>Alleen een concept kan ingetrokken worden; actie %1 is %2.</translation>
    </message>
    <message>
        <source>The author of an action cannot approve it; ask a second user.</source>
        <translation>De opsteller van een actie kan haar niet goedkeuren; vraag een tweede gebruiker.</translation>
    </message>
    <message>
        <source>Action %1 or the register changed after the confirmation was shown; look at it again before sending.</source>
        <translation>Actie %1 of het register is veranderd nadat de bevestiging getoond werd; bekijk het opnieuw voordat u verzendt.</translation>
    </message>
    <message>
        <source>Nothing was sent: the send was not confirmed.</source>
        <translation>Er is niets verzonden: de verzending is niet bevestigd.</translation>
    </message>
    <message>
        <source>Not sent: %1 cannot send now. Configure the sender, wait for it, or confirm that its messages wait in the outbox.</source>
        <translation>Niet verzonden: %1 kan nu niet verzenden. Stel de verzender in, wacht erop, of bevestig dat de berichten in de uitgaande wachtrij wachten.</translation>
    </message>
    <message>
        <source>A live send to this many recipients needs the password again, and there is no one to ask: sign in with your own account.</source>
        <translation>Een live verzending aan zoveel ontvangers vraagt opnieuw het wachtwoord, en er is niemand om het te vragen: meld u aan met uw eigen account.</translation>
    </message>
    <message>
        <source>Action %1 is not awaiting approval.</source>
        <translation>Actie %1 wacht niet op goedkeuring.</translation>
    </message>
    <message>
        <source>The participants are still loading: prepare again in a moment.</source>
        <translation>De deelnemers worden nog geladen: bereid het zo opnieuw voor.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The area overlaps action %1 (%2, sent %3): %n participant(s) inside both would get a second message.</source>
        <translation>
            <numerusform>Het gebied overlapt actie %1 (%2, verstuurd %3): %n deelnemer binnen beide zou een tweede bericht krijgen.</numerusform>
            <numerusform>Het gebied overlapt actie %1 (%2, verstuurd %3): %n deelnemers binnen beide zouden een tweede bericht krijgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action %1 (%2, by %3) is already open for incident number %4.</source>
        <translation>Actie %1 (%2, door %3) is al open voor incidentnummer %4.</translation>
    </message>
    <message>
        <source>%1 participants are inside the area, more than the %2 at which the console warns. Check the area before sending.</source>
        <translation>Er zijn %1 deelnemers in het gebied, meer dan de %2 waarbij de console waarschuwt. Controleer het gebied voor het versturen.</translation>
    </message>
    <message>
        <source>Reason: say why the action goes back to its author.</source>
        <translation>Reden: zeg waarom de actie teruggaat naar de opsteller.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reden: %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Not sent: action %1 is already open for incident number %2. Confirm that a second action for this incident is meant.</source>
        <translation>Niet verstuurd: actie %1 is al open voor incidentnummer %2. Bevestig dat een tweede actie voor dit incident bedoeld is.</translation>
    </message>
</context>
<context>
    <name>burgernet::ActionsDock</name>
    <message>
        <source>Close action</source>
        <translation>Actie afsluiten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Retry failed only</source>
        <translation>Alleen mislukte opnieuw</translation>
    </message>
    <message>
        <source>Decide uncertain…</source>
        <translation>Besluit over onzekere…</translation>
    </message>
    <message>
        <source>Decide stale…</source>
        <translation>Besluit over verouderde…</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>Vervolgbericht…</translation>
    </message>
    <message>
        <source>Log tip…</source>
        <translation>Tip vastleggen…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Afsluiten…</translation>
    </message>
    <message>
        <source>Cancel / correct…</source>
        <translation>Intrekken / corrigeren…</translation>
    </message>
    <message>
        <source>Select an action.</source>
        <translation>Kies een actie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action %1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;Actie %1&lt;/b&gt; — %2, %3</translation>
    </message>
    <message>
        <source> · ready in %1</source>
        <translation> · klaar over %1</translation>
    </message>
    <message>
        <source>Closing message due in %1</source>
        <translation>Afsluitbericht over %1</translation>
    </message>
    <message>
        <source>Closing message overdue by %1</source>
        <translation>Afsluitbericht %1 te laat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Uncertain messages</source>
        <translation>Onzekere berichten</translation>
    </message>
    <message>
        <source>These messages may or may not have arrived. Send them again (some people may get them twice) or leave them?</source>
        <translation>Deze berichten zijn misschien wel, misschien niet aangekomen. Opnieuw verzenden (sommige mensen krijgen ze dan mogelijk twee keer) of laten rusten?</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw verzenden</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Laten rusten</translation>
    </message>
    <message>
        <source>Stale messages</source>
        <translation>Verouderde berichten</translation>
    </message>
    <message>
        <source>These messages waited too long and may no longer fit the situation. Send them anyway or drop them?</source>
        <translation>Deze berichten hebben te lang gewacht en passen mogelijk niet meer bij de situatie. Toch verzenden of laten vervallen?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Toch verzenden</translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>Laten vervallen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Vervolgbericht</translation>
    </message>
    <message>
        <source>Follow-up text for everyone alerted:</source>
        <translation>Tekst van het vervolgbericht voor iedereen die is gealarmeerd:</translation>
    </message>
    <message>
        <source>The area on the map differs from the action&apos;s area. Alert the participants who are newly inside it as well (they get the full message)?</source>
        <translation>Het gebied op de kaart wijkt af van het gebied van de actie. Ook de deelnemers alarmeren die nu nieuw binnen het gebied vallen (zij krijgen het volledige bericht)?</translation>
    </message>
    <message>
        <source>Grow the area</source>
        <translation>Gebied vergroten</translation>
    </message>
    <message>
        <source>Same recipients only</source>
        <translation>Alleen dezelfde ontvangers</translation>
    </message>
    <message>
        <source>Call-back tip</source>
        <translation>Terugbeltip</translation>
    </message>
    <message>
        <source>What did the caller report?</source>
        <translation>Wat meldde de beller?</translation>
    </message>
    <message>
        <source>Is the tip useful?</source>
        <translation>Is de tip bruikbaar?</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Bruikbaar</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>Niet bruikbaar</translation>
    </message>
    <message>
        <source>Cancel or correct</source>
        <translation>Intrekken of corrigeren</translation>
    </message>
    <message>
        <source>Correction for those already reached (may be empty):</source>
        <translation>Correctie voor wie al bereikt is (mag leeg blijven):</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Terugsturen…</translation>
    </message>
    <message>
        <source> · waits: no configured sender</source>
        <translation> · wacht: geen ingestelde verzender</translation>
    </message>
    <message>
        <source> · waits: the gateway keeps failing</source>
        <translation> · wacht: de gateway faalt steeds</translation>
    </message>
    <message>
        <source> · estimating the time to finish</source>
        <translation> · de resterende tijd wordt geschat</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Terugsturen</translation>
    </message>
    <message>
        <source>Why does this action go back to its author?</source>
        <translation>Waarom gaat deze actie terug naar de opsteller?</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source> · waits: the register takes no writes now (%1)</source>
        <translation> · wacht: het register neemt nu niets aan (%1)</translation>
    </message>
    <message>
        <source>Submit again…</source>
        <translation>Opnieuw indienen…</translation>
    </message>
    <message>
        <source>Sent back by %1 at %2: %3</source>
        <translation>Teruggestuurd door %1 om %2: %3</translation>
    </message>
    <message>
        <source>Second action for this incident?</source>
        <translation>Tweede actie voor dit incident?</translation>
    </message>
    <message>
        <source>Action %1 is already open for incident number %2. Send this one as well?</source>
        <translation>Actie %1 is al open voor incidentnummer %2. Deze ook versturen?</translation>
    </message>
    <message>
        <source>Send as well</source>
        <translation>Ook versturen</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Niet versturen</translation>
    </message>
    <message>
        <source>Action %1 is not awaiting approval.</source>
        <translation>Actie %1 wacht niet op goedkeuring.</translation>
    </message>
    <message>
        <source>Change in composer…</source>
        <translation>Wijzigen in Verzenden…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmCommand</name>
    <message>
        <source>Alarms: list, acknowledge, snooze.</source>
        <translation>Alarmen: tonen, bevestigen, sluimeren.</translation>
    </message>
    <message>
        <source>list, ack KEY or snooze KEY</source>
        <translation>list, ack SLEUTEL of snooze SLEUTEL</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON afdrukken.</translation>
    </message>
    <message>
        <source>list: the answers given to alarms, newest first.</source>
        <translation>list: de antwoorden op alarmen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>snooze: for this many minutes (1 to 120).</source>
        <translation>snooze: voor zoveel minuten (1 tot 120).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Use &quot;alarm list&quot;, &quot;alarm ack KEY&quot; or &quot;alarm snooze KEY --minutes N&quot;.</source>
        <translation>Gebruik &quot;alarm list&quot;, &quot;alarm ack SLEUTEL&quot; of &quot;alarm snooze SLEUTEL --minutes N&quot;.</translation>
    </message>
    <message>
        <source>--minutes: give the number of minutes to snooze.</source>
        <translation>--minutes: geef het aantal minuten om te sluimeren.</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>bevestigd door %1</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>gesluimerd</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIEF</translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation>Alarm %1 bevestigd.</translation>
    </message>
    <message>
        <source>Alarm %1 snoozed for %2 min.</source>
        <translation>Alarm %1 sluimert %2 min.</translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmDock</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Remind me in %1 min</source>
        <translation>Herinner mij over %1 min</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Sluimer %1 min</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <source>Current alarms</source>
        <translation>Huidige alarmen</translation>
    </message>
    <message>
        <source>What was done about alarms</source>
        <translation>Wat met alarmen is gedaan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>actie %1</translation>
    </message>
    <message>
        <source>%1  %2 %3: acknowledged by %4</source>
        <translation>%1  %2 %3: bevestigd door %4</translation>
    </message>
    <message>
        <source>%1  %2 %3: snoozed by %4 until %5</source>
        <translation>%1  %2 %3: gesluimerd door %4 tot %5</translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmRepository</name>
    <message>
        <source>Cannot store the answer to the alarm: %1</source>
        <translation>Kan het antwoord op het alarm niet opslaan: %1</translation>
    </message>
    <message>
        <source>Cannot read the alarms&apos; history: %1</source>
        <translation>Kan de geschiedenis van de alarmen niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmService</name>
    <message>
        <source>There is no alarm &quot;%1&quot; now (its cause may have gone).</source>
        <translation>Er is nu geen alarm &quot;%1&quot; (de oorzaak is misschien weg).</translation>
    </message>
    <message>
        <source>Minutes: snooze for 1 to 120 minutes, not %1.</source>
        <translation>Minuten: sluimer 1 tot 120 minuten, niet %1.</translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmTableModel</name>
    <message>
        <source>Closing message due</source>
        <translation>Afsluitbericht moet nu uit</translation>
    </message>
    <message>
        <source>Gateway keeps failing</source>
        <translation>Gateway faalt steeds</translation>
    </message>
    <message>
        <source>Uncertain messages wait for a decision</source>
        <translation>Onzekere berichten wachten op een besluit</translation>
    </message>
    <message>
        <source>Stale messages wait for a decision</source>
        <translation>Verouderde berichten wachten op een besluit</translation>
    </message>
    <message>
        <source>Action waits for approval</source>
        <translation>Actie wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Messages failed</source>
        <translation>Berichten mislukt</translation>
    </message>
    <message>
        <source>Action %1: the closing message is due; send it to everyone reached.</source>
        <translation>Actie %1: het afsluitbericht moet nu uit; stuur het naar iedereen die bereikt is.</translation>
    </message>
    <message>
        <source>The %1 gateway keeps failing; its messages wait until it recovers.</source>
        <translation>De gateway voor %1 faalt steeds; de berichten wachten tot hij hersteld is.</translation>
    </message>
    <message>
        <source>Action %1: %2 %3 messages may or may not have arrived; decide whether to send them again.</source>
        <translation>Actie %1: van %2 berichten via %3 is onzeker of ze zijn aangekomen; besluit of ze opnieuw gaan.</translation>
    </message>
    <message>
        <source>Action %1: %2 %3 messages waited too long; send them anyway or drop them.</source>
        <translation>Actie %1: %2 berichten via %3 wachtten te lang; toch versturen of laten vallen.</translation>
    </message>
    <message>
        <source>Action %1 waits for your approval.</source>
        <translation>Actie %1 wacht op uw goedkeuring.</translation>
    </message>
    <message>
        <source>Action %1: %2 %3 messages failed; retry the failed ones only.</source>
        <translation>Actie %1: %2 berichten via %3 zijn mislukt; verstuur alleen de mislukte opnieuw.</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Bevestigd door %1 om %2</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Gesluimerd tot %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Gateway does not answer</source>
        <translation>Gateway antwoordt niet</translation>
    </message>
    <message>
        <source>Tip from the app</source>
        <translation>Tip uit de app</translation>
    </message>
    <message>
        <source>The %1 gateway does not answer the periodic check; messages on it may wait.</source>
        <translation>De gateway voor %1 antwoordt niet op de periodieke controle; berichten via dit kanaal kunnen blijven wachten.</translation>
    </message>
    <message numerus="yes">
        <source>Action %1: %n tip(s) came in through the app; read and rate them.</source>
        <translation>
            <numerusform>Actie %1: %n tip kwam binnen via de app; lees en beoordeel hem.</numerusform>
            <numerusform>Actie %1: %n tips kwamen binnen via de app; lees en beoordeel ze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmTray</name>
    <message>
        <source>Burgernet Console alarms</source>
        <translation>Alarmen van Burgernet Console</translation>
    </message>
    <message numerus="yes">
        <source>%n new alarm(s)</source>
        <translation>
            <numerusform>%n nieuw alarm</numerusform>
            <numerusform>%n nieuwe alarmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::AppPushSender</name>
    <message>
        <source>Burgernet app (push)</source>
        <translation>Burgernet-app (push)</translation>
    </message>
    <message>
        <source>Platform endpoint</source>
        <translation>Platformadres</translation>
    </message>
    <message>
        <source>Where the app platform accepts area messages.</source>
        <translation>Waar het app-platform gebiedsberichten aanneemt.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-certificaten controleren</translation>
    </message>
    <message>
        <source>Turn off only for a test platform; the change is recorded.</source>
        <translation>Alleen uitzetten voor een testplatform; de wijziging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Time-out (ms)</translation>
    </message>
    <message>
        <source>The message has no area.</source>
        <translation>Het bericht heeft geen gebied.</translation>
    </message>
</context>
<context>
    <name>burgernet::AppTipRoute</name>
    <message>
        <source>Body: not a JSON object (%1).</source>
        <translation>Inhoud: geen JSON-object (%1).</translation>
    </message>
    <message>
        <source>action: the number of the action the tip is about is missing.</source>
        <translation>action: het nummer van de actie waar de tip over gaat ontbreekt.</translation>
    </message>
    <message>
        <source>lat, lon: both must be numbers.</source>
        <translation>lat, lon: beide moeten getallen zijn.</translation>
    </message>
    <message>
        <source>at: &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>at: &quot;%1&quot; is geen ISO 8601-tijd.</translation>
    </message>
</context>
<context>
    <name>burgernet::ApprovalDialog</name>
    <message>
        <source>less than a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>Send back with this reason</source>
        <translation>Terugsturen met deze reden</translation>
    </message>
    <message>
        <source>Approve action %1 — LIVE</source>
        <translation>Actie %1 goedkeuren — LIVE</translation>
    </message>
    <message>
        <source>Approve action %1 — TRAINING</source>
        <translation>Actie %1 goedkeuren — OEFENING</translation>
    </message>
    <message>
        <source>LIVE — approving sends to real people</source>
        <translation>LIVE — goedkeuren verstuurt naar echte mensen</translation>
    </message>
    <message>
        <source>TRAINING — simulated senders only</source>
        <translation>OEFENING — alleen gesimuleerde verzenders</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Action %1&lt;/b&gt; — %2&lt;br&gt;Written by &lt;b&gt;%3&lt;/b&gt;, submitted at %4, waiting for &lt;b&gt;%5&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Actie %1&lt;/b&gt; — %2&lt;br&gt;Opgesteld door &lt;b&gt;%3&lt;/b&gt;, ingediend om %4, wacht al &lt;b&gt;%5&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Area:&lt;/b&gt; %1 — drawn on the map in orange while this is open.&lt;br&gt;&lt;b&gt;Participants:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gebied:&lt;/b&gt; %1 — in oranje op de kaart getekend zolang dit open is.&lt;br&gt;&lt;b&gt;Deelnemers:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Incident number:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Incidentnummer:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>one message for the area</source>
        <translation>één bericht voor het gebied</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Geen waarschuwingen.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Reason for sending it back (the author reads it):</source>
        <translation>Reden om terug te sturen (de opsteller leest deze):</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaAssistant</name>
    <message>
        <source>Minutes: the minutes since the incident, from 0 to %1; %2 is not.</source>
        <translation>Minuten: de minuten sinds het incident, van 0 tot %1; %2 valt daarbuiten.</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaAssistantBox</name>
    <message>
        <source>on foot</source>
        <translation>te voet</translation>
    </message>
    <message>
        <source>by bike</source>
        <translation>per fiets</translation>
    </message>
    <message>
        <source>by car</source>
        <translation>per auto</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Use this circle</source>
        <translation>Deze cirkel gebruiken</translation>
    </message>
    <message>
        <source> min ago</source>
        <translation> min geleden</translation>
    </message>
    <message>
        <source>Minutes since the incident</source>
        <translation>Minuten sinds het incident</translation>
    </message>
    <message>
        <source>Put the incident on the map first: the circle goes around it.</source>
        <translation>Zet eerst het incident op de kaart: de cirkel komt eromheen.</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2). On foot %3, by bike %4, by car %5.</source>
        <translation>Voorstel: %1 (%2). Te voet %3, per fiets %4, per auto %5.</translation>
    </message>
    <message>
        <source>suggested %1, %2</source>
        <translation>voorstel %1, %2</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaAssistantCommand</name>
    <message>
        <source>The area assistant: a radius from the incident type and the minutes since (suggest, rules, rule).</source>
        <translation>De gebiedsassistent: een straal uit het incidenttype en de minuten sindsdien (suggest, rules, rule).</translation>
    </message>
    <message>
        <source>Incident type, e.g. straatroof.</source>
        <translation>Incidenttype, bijv. straatroof.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Minutes since the incident (0 to %1).</source>
        <translation>Minuten sinds het incident (0 tot %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>rule: the likely way of moving: walking, cycling or car.</source>
        <translation>rule: de waarschijnlijke manier van verplaatsen: walking, cycling of car.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>rule: walking speed, km/h.</source>
        <translation>rule: loopsnelheid, km/u.</translation>
    </message>
    <message>
        <source>KMH</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>rule: cycling speed, km/h.</source>
        <translation>rule: fietssnelheid, km/u.</translation>
    </message>
    <message>
        <source>rule: speed by car, km/h.</source>
        <translation>rule: snelheid per auto, km/u.</translation>
    </message>
    <message>
        <source>rule: the smallest radius, metres.</source>
        <translation>rule: de kleinste straal, meters.</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>METERS</translation>
    </message>
    <message>
        <source>rule: the largest radius, metres.</source>
        <translation>rule: de grootste straal, meters.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON afdrukken.</translation>
    </message>
    <message>
        <source>%1: unknown incident type &quot;%2&quot;; one of %3.</source>
        <translation>%1: onbekend incidenttype &quot;%2&quot;; een van %3.</translation>
    </message>
    <message>
        <source>--type</source>
        <translation>--type</translation>
    </message>
    <message>
        <source>--minutes: the minutes since the incident, e.g. --minutes 10.</source>
        <translation>--minutes: de minuten sinds het incident, bijv. --minutes 10.</translation>
    </message>
    <message>
        <source>%1, %2 minutes after: a circle of %3 m (%4). Walking %5 m, cycling %6 m, by car %7 m.</source>
        <translation>%1, %2 minuten na het incident: een cirkel van %3 m (%4). Te voet %5 m, per fiets %6 m, per auto %7 m.</translation>
    </message>
    <message>
        <source>--mode: walking, cycling or car.</source>
        <translation>--mode: walking, cycling of car.</translation>
    </message>
    <message>
        <source>--%1: a number, not &quot;%2&quot;.</source>
        <translation>--%1: een getal, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The area assistant&apos;s row for %1 is changed.</source>
        <translation>De regel van de gebiedsassistent voor %1 is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaCommand</name>
    <message>
        <source>A circle: centre and radius in metres.</source>
        <translation>Een cirkel: middelpunt en straal in meters.</translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation>LAT,LON,METER</translation>
    </message>
    <message>
        <source>A GeoJSON Polygon (or Point with a radius in metres).</source>
        <translation>Een GeoJSON-Polygon (of Point met een straal in meters).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The moment whose registered hours count (ISO 8601; default now).</source>
        <translation>Het moment waarvoor de opgegeven tijden van de deelnemers gelden (ISO 8601; standaard nu).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>Unknown or missing action: use &quot;area count&quot;.</source>
        <translation>Onbekende of ontbrekende actie: gebruik &quot;area count&quot;.</translation>
    </message>
    <message>
        <source>--circle needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.</source>
        <translation>--circle vereist LAT,LON,METER, bijv. 52.3731,4.8922,5000.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invalid time &quot;%1&quot; for --at: use ISO 8601, e.g. 2026-11-27T14:00:00+01:00.</source>
        <translation>Ongeldige tijd &quot;%1&quot; voor --at: gebruik ISO 8601, bijv. 2026-11-27T14:00:00+01:00.</translation>
    </message>
    <message>
        <source>%1 participants (%2 locations): %3 by SMS, %4 by voice, %5 by e-mail</source>
        <translation>%1 deelnemers (%2 locaties): %3 per sms, %4 per spraakbericht, %5 per e-mail</translation>
    </message>
    <message>
        <source>A municipality from the register&apos;s boundaries, by CBS code (GM0344) or name.</source>
        <translation>Een gemeente uit de grenzen in het register, op CBS-code (GM0344) of naam.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>%1: an approximate boundary (demo), not the real municipality.</source>
        <translation>%1: een benaderde grens (demo), niet de echte gemeente.</translation>
    </message>
    <message>
        <source>Count the participants inside an area or municipality (count); the area library (save, list, export, import, rename, delete); the area assistant (suggest, rules, rule).</source>
        <translation>Tel de deelnemers binnen een gebied of gemeente (count); de gebiedenbibliotheek (save, list, export, import, rename, delete); de gebiedsassistent (suggest, rules, rule).</translation>
    </message>
    <message>
        <source>count; or save, list, export, import, rename, delete (see area save --help)</source>
        <translation>count; of save, list, export, import, rename, delete (zie area save --help)</translation>
    </message>
    <message>
        <source>An area of the area library, by name or id.</source>
        <translation>Een gebied uit de gebiedenbibliotheek, op naam of id.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGIO</translation>
    </message>
    <message>
        <source>Give one of --circle, --geojson, --municipality or --saved.</source>
        <translation>Geef een van --circle, --geojson, --municipality of --saved.</translation>
    </message>
    <message>
        <source>The area library&apos;s region (default: this workstation&apos;s, workstation/region).</source>
        <translation>De regio van de gebiedenbibliotheek (standaard: die van deze werkplek, workstation/region).</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaController</name>
    <message>
        <source>%1 participants are inside the area, more than the %2 at which the console warns. Check the area before use.</source>
        <translation>In het gebied zitten %1 deelnemers, meer dan de %2 waarbij de console waarschuwt. Controleer het gebied voor gebruik.</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Gebied wissen</translation>
    </message>
    <message>
        <source>The repaired area was not used: go on editing the outline.</source>
        <translation>Het herstelde gebied is niet gebruikt: bewerk de omtrek verder.</translation>
    </message>
    <message>
        <source>Not counted: outside what your role or municipality may reach</source>
        <translation>Niet geteld: buiten wat uw rol of gemeente mag bereiken</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 deelnemers</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaCountService</name>
    <message>
        <source>Your role may not count participants.</source>
        <translation>Uw rol mag geen deelnemers tellen.</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaFiles</name>
    <message>
        <source>line %1: coordinate %2 (&quot;%3&quot;) is not lon,lat[,alt]</source>
        <translation>regel %1: coördinaat %2 (&quot;%3&quot;) is geen lon,lat[,alt]</translation>
    </message>
    <message>
        <source>line %1: coordinate %2 (%3, %4) is outside the world</source>
        <translation>regel %1: coördinaat %2 (%3, %4) ligt buiten de wereld</translation>
    </message>
    <message>
        <source>line %1: a ring needs at least three corners, not %2</source>
        <translation>regel %1: een ring heeft minstens drie hoeken nodig, niet %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>line 1: not a KML document (no &lt;kml&gt; element)</source>
        <translation>regel 1: geen KML-document (geen &lt;kml&gt;-element)</translation>
    </message>
    <message>
        <source>The KML file holds no Placemark with a polygon.</source>
        <translation>Het KML-bestand bevat geen Placemark met een polygoon.</translation>
    </message>
    <message>
        <source>line %1: a %2 is not an area; use a Polygon</source>
        <translation>regel %1: een %2 is geen gebied; gebruik een Polygon</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Gebied %1</translation>
    </message>
    <message>
        <source>line %1: %2 is not lat,lon,metres</source>
        <translation>regel %1: %2 is geen lat,lon,meters</translation>
    </message>
    <message>
        <source>line %1: the Placemark &quot;%2&quot; has no Polygon</source>
        <translation>regel %1: de Placemark &quot;%2&quot; heeft geen Polygon</translation>
    </message>
    <message>
        <source>line %1: a Polygon has one outer boundary</source>
        <translation>regel %1: een Polygon heeft één buitenrand</translation>
    </message>
    <message>
        <source>line %1: the Polygon has no outer boundary</source>
        <translation>regel %1: de Polygon heeft geen buitenrand</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Geen geldige JSON op positie %1: %2</translation>
    </message>
    <message>
        <source>The FeatureCollection holds no features.</source>
        <translation>De FeatureCollection bevat geen features.</translation>
    </message>
    <message>
        <source>feature %1 (&quot;%2&quot;): %3</source>
        <translation>feature %1 (&quot;%2&quot;): %3</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaGeometry</name>
    <message>
        <source>The area needs at least three corners.</source>
        <translation>Het gebied heeft minstens drie hoekpunten nodig.</translation>
    </message>
    <message>
        <source>The area cannot be read as a polygon: %1</source>
        <translation>Het gebied is niet als veelhoek te lezen: %1</translation>
    </message>
    <message>
        <source>The area is not valid (%1) and cannot be repaired.</source>
        <translation>Het gebied is ongeldig (%1) en kan niet worden hersteld.</translation>
    </message>
    <message>
        <source>The area is not valid (%1): nothing of it is left after repair.</source>
        <translation>Het gebied is ongeldig (%1): na herstel blijft er niets van over.</translation>
    </message>
    <message>
        <source>The area crossed itself (%1); it was repaired.</source>
        <translation>Het gebied snijdt zichzelf (%1); het is hersteld.</translation>
    </message>
    <message>
        <source>A corridor needs a route of at least two points.</source>
        <translation>Een corridor heeft een route van minstens twee punten nodig.</translation>
    </message>
    <message>
        <source>A corridor needs a width above 0 metres.</source>
        <translation>Een corridor heeft een breedte van meer dan 0 meter nodig.</translation>
    </message>
    <message>
        <source>The corridor cannot be made: %1</source>
        <translation>De corridor kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The corridor cannot be made from this route.</source>
        <translation>Van deze route kan geen corridor worden gemaakt.</translation>
    </message>
    <message>
        <source>The area cannot be measured: %1</source>
        <translation>Het gebied kan niet worden gemeten: %1</translation>
    </message>
    <message>
        <source>The area&apos;s parts cannot be joined: %1</source>
        <translation>De delen van het gebied kunnen niet worden samengevoegd: %1</translation>
    </message>
    <message>
        <source>parts overlap</source>
        <translation>delen overlappen</translation>
    </message>
    <message>
        <source>The area crossed itself (%1) and now has %2 parts; every part is kept. Check the area before use.</source>
        <translation>Het gebied kruiste zichzelf (%1) en heeft nu %2 delen; elk deel blijft behouden. Controleer het gebied voor gebruik.</translation>
    </message>
    <message>
        <source>The geometry is not valid WKB: %1</source>
        <translation>De geometrie is geen geldige WKB: %1</translation>
    </message>
    <message>
        <source>The geometry is a %1, not a polygon or multipolygon.</source>
        <translation>De geometrie is een %1, geen polygoon of multipolygoon.</translation>
    </message>
    <message>
        <source>The geometry is empty.</source>
        <translation>De geometrie is leeg.</translation>
    </message>
    <message>
        <source>The areas cannot be compared: %1</source>
        <translation>De gebieden kunnen niet worden vergeleken: %1</translation>
    </message>
    <message>
        <source>The clipping area cannot be read: %1</source>
        <translation>Het afsnijgebied kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The Voronoi diagram cannot be made: %1</source>
        <translation>Het Voronoi-diagram kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The circle&apos;s centre is not a place on earth.</source>
        <translation>Het middelpunt van de cirkel is geen plaats op aarde.</translation>
    </message>
    <message>
        <source>The circle&apos;s radius must be a number of metres above 0, not %1.</source>
        <translation>De straal van de cirkel moet een aantal meters boven 0 zijn, niet %1.</translation>
    </message>
    <message>
        <source>The area&apos;s corner %1 is not a place on earth (%2, %3).</source>
        <translation>Hoek %1 van het gebied is geen plaats op aarde (%2, %3).</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaLayer</name>
    <message>
        <source>Alert area and incident</source>
        <translation>Alarmgebied en incident</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaLibraryPanel</name>
    <message>
        <source>Area library</source>
        <translation>Gebiedenbibliotheek</translation>
    </message>
    <message>
        <source>Areas (*.geojson *.json *.kml)</source>
        <translation>Gebieden (*.geojson *.json *.kml)</translation>
    </message>
    <message>
        <source>Export areas</source>
        <translation>Gebieden exporteren</translation>
    </message>
    <message>
        <source>Import areas</source>
        <translation>Gebieden importeren</translation>
    </message>
    <message>
        <source>Click an area to make it the alert area.</source>
        <translation>Klik op een gebied om het tot alarmgebied te maken.</translation>
    </message>
    <message>
        <source>Save drawn area…</source>
        <translation>Getekend gebied opslaan…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Areas of region %1:</source>
        <translation>Gebieden van regio %1:</translation>
    </message>
    <message>
        <source> (municipality %1)</source>
        <translation> (gemeente %1)</translation>
    </message>
    <message>
        <source> (circle, %1 m)</source>
        <translation> (cirkel, %1 m)</translation>
    </message>
    <message>
        <source> (%1 parts)</source>
        <translation> (%1 delen)</translation>
    </message>
    <message>
        <source>Area &quot;%1&quot; from the library</source>
        <translation>Gebied &quot;%1&quot; uit de bibliotheek</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the alert area.</source>
        <translation>&quot;%1&quot; is het alarmgebied.</translation>
    </message>
    <message>
        <source>Draw an area on the map first.</source>
        <translation>Teken eerst een gebied op de kaart.</translation>
    </message>
    <message>
        <source>Name of the area:</source>
        <translation>Naam van het gebied:</translation>
    </message>
    <message>
        <source>Replace the area &quot;%1&quot; in the library?</source>
        <translation>Het gebied &quot;%1&quot; in de bibliotheek vervangen?</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; opgeslagen.</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Nieuwe naam van &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Hernoemd tot &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Delete the area &quot;%1&quot; from the library?</source>
        <translation>Het gebied &quot;%1&quot; uit de bibliotheek verwijderen?</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s).</source>
        <translation>
            <numerusform>%n gebied geïmporteerd.</numerusform>
            <numerusform>%n gebieden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s).</source>
        <translation>
            <numerusform>%n gebied geëxporteerd.</numerusform>
            <numerusform>%n gebieden geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved areas</source>
        <translation>Opgeslagen gebieden</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaMapImage</name>
    <message>
        <source>The action has no area.</source>
        <translation>De actie heeft geen gebied.</translation>
    </message>
    <message>
        <source>Places: GeoNames (CC BY 4.0)</source>
        <translation>Plaatsen: GeoNames (CC BY 4.0)</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaRadiusRules</name>
    <message>
        <source>Walking: a speed above 0 and at most 15 km/h.</source>
        <translation>Te voet: een snelheid boven 0 en hoogstens 15 km/u.</translation>
    </message>
    <message>
        <source>Cycling: a speed above 0 and at most 50 km/h.</source>
        <translation>Fiets: een snelheid boven 0 en hoogstens 50 km/u.</translation>
    </message>
    <message>
        <source>Car: a speed above 0 and at most 150 km/h.</source>
        <translation>Auto: een snelheid boven 0 en hoogstens 150 km/u.</translation>
    </message>
    <message>
        <source>Smallest radius: from %1 to %2 metres.</source>
        <translation>Kleinste straal: van %1 tot %2 meter.</translation>
    </message>
    <message>
        <source>Largest radius: from the smallest radius to %1 metres.</source>
        <translation>Grootste straal: van de kleinste straal tot %1 meter.</translation>
    </message>
    <message>
        <source>Cannot read the area assistant&apos;s table: %1</source>
        <translation>Kan de tabel van de gebiedsassistent niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot store the area assistant&apos;s table: %1</source>
        <translation>Kan de tabel van de gebiedsassistent niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaSizeText</name>
    <message>
        <source>radius %1 m</source>
        <translation>straal %1 m</translation>
    </message>
    <message>
        <source>radius %1 km</source>
        <translation>straal %1 km</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
</context>
<context>
    <name>burgernet::AreaText</name>
    <message>
        <source>Circle of %1 m around %2, %3</source>
        <translation>Cirkel van %1 m rond %2, %3</translation>
    </message>
    <message>
        <source>Area drawn on the map, %1 km²</source>
        <translation>Gebied getekend op de kaart, %1 km²</translation>
    </message>
    <message>
        <source>Area drawn on the map</source>
        <translation>Gebied getekend op de kaart</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditAnchors</name>
    <message>
        <source>Cannot read the audit anchors: %1</source>
        <translation>Kan de auditankers niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit anchors: %1</source>
        <translation>Kan de auditankers niet schrijven: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditCommand</name>
    <message>
        <source>Verify the audit log (verify), list records (show), export them to CSV (export) or export the workstation&apos;s public key for the checker (export-key).</source>
        <translation>Het auditlog controleren (verify), registraties tonen (show), ze exporteren naar CSV (export) of de publieke sleutel van de werkplek exporteren voor wie het log controleert (export-key).</translation>
    </message>
    <message>
        <source>verify [LOG], show, export FILE.csv or export-key FILE</source>
        <translation>verify [LOG], show, export BESTAND.csv of export-key BESTAND</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>Verify the checkpoints against this exported public key instead of the key the log names.</source>
        <translation>De controlepunten controleren met deze geëxporteerde publieke sleutel in plaats van met de sleutel die het log noemt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Records from this time (ISO 8601).</source>
        <translation>Registraties vanaf dit tijdstip (ISO 8601).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>Records up to this time (ISO 8601).</source>
        <translation>Registraties tot dit tijdstip (ISO 8601).</translation>
    </message>
    <message>
        <source>Records of this user.</source>
        <translation>Registraties van deze gebruiker.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>GEBRUIKER</translation>
    </message>
    <message>
        <source>Records of this action, or of all actions starting with a prefix ending in a dot (&quot;action.&quot;).</source>
        <translation>Registraties van deze handeling, of van alle handelingen die beginnen met een voorvoegsel dat op een punt eindigt (&quot;action.&quot;).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>HANDELING</translation>
    </message>
    <message>
        <source>The timeline of one Burgernet action.</source>
        <translation>De tijdlijn van één Burgernetactie.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>At most this many records, newest first (show; default 50).</source>
        <translation>Hoogstens dit aantal registraties, nieuwste eerst (show; standaard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Invalid time &quot;%1&quot; for --%2: use ISO 8601, e.g. 2026-11-27T14:00:00+01:00.</source>
        <translation>Ongeldige tijd &quot;%1&quot; voor --%2: gebruik ISO 8601, bijv. 2026-11-27T14:00:00+01:00.</translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use verify, show, export or export-key.</source>
        <translation>Onbekende of ontbrekende actie &quot;%1&quot;: gebruik verify, show, export of export-key.</translation>
    </message>
    <message>
        <source>audit %1 needs the file to write.</source>
        <translation>audit %1 vereist het bestand waarnaar geschreven moet worden.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit vereist een positief getal.</translation>
    </message>
    <message>
        <source>Public key %1 written to %2.</source>
        <translation>Publieke sleutel %1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>%1 records written to %2.</source>
        <translation>%1 registraties geschreven naar %2.</translation>
    </message>
    <message>
        <source>This verification could not be recorded: %1</source>
        <translation>Deze controle kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>Records of live or of training sessions only (live, training). With --action-id it defaults to this command&apos;s mode: the two number their actions separately.</source>
        <translation>Alleen registraties van live- of van oefensessies (live, training). Met --action-id is de standaard de modus van deze opdracht: beide nummeren hun acties apart.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot; for --mode: use live or training.</source>
        <translation>Onbekende modus &quot;%1&quot; voor --mode: gebruik live of training.</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditDock</name>
    <message>
        <source>Select a record to see all its fields.</source>
        <translation>Selecteer een registratie om alle velden ervan te zien.</translation>
    </message>
    <message>
        <source>Timeline of this action</source>
        <translation>Tijdlijn van deze actie</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>alle gebruikers</translation>
    </message>
    <message>
        <source>all actions, or a prefix such as action.</source>
        <translation>alle handelingen, of een voorvoegsel zoals action.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>e.g. BN-2026-0042</source>
        <translation>bijv. BN-2026-0042</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Ha&amp;ndeling:</translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation>Objectt&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Object:</translation>
    </message>
    <message>
        <source>&amp;Burgernet action:</source>
        <translation>Burgernet&amp;actie:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>He&amp;rstellen</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Het begin van de periode ligt na het einde.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registraties</translation>
    </message>
    <message>
        <source>Timeline of action %1, oldest first:</source>
        <translation>Tijdlijn van actie %1, oudste eerst:</translation>
    </message>
    <message>
        <source>… more: see the table.</source>
        <translation>… meer: zie de tabel.</translation>
    </message>
    <message>
        <source>Export audit records as CSV</source>
        <translation>Auditregistraties exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export audit records as PDF</source>
        <translation>Auditregistraties exporteren als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>%1 records exported to %2</source>
        <translation>%1 registraties geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditLog</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot create the audit log %1: %2</source>
        <translation>Kan het auditlog %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Kan het auditlog %1 niet openen: %2</translation>
    </message>
    <message>
        <source>The audit log was written by a newer program (format %1).</source>
        <translation>Het auditlog is geschreven door een nieuwer programma (formaat %1).</translation>
    </message>
    <message>
        <source>An audit record needs an actor and an action.</source>
        <translation>Een auditregistratie vereist een gebruiker en een handeling.</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Kan niet naar het auditlog schrijven: %1</translation>
    </message>
    <message>
        <source>The audit record &quot;%1&quot; was refused: %2</source>
        <translation>Het auditrecord &quot;%1&quot; is geweigerd: %2</translation>
    </message>
    <message>
        <source>The audit log %1 is signed with another key than this workstation&apos;s, and cannot be set aside as %2.</source>
        <translation>Het auditlog %1 is ondertekend met een andere sleutel dan die van deze werkplek, en kan niet opzij worden gezet als %2.</translation>
    </message>
    <message>
        <source>The last checkpoint of the audit log %1 cannot be read.</source>
        <translation>Het laatste controlepunt van het auditlog %1 is onleesbaar.</translation>
    </message>
    <message>
        <source>Checkpoints are written by the audit log itself.</source>
        <translation>Controlepunten schrijft het auditlog zelf.</translation>
    </message>
    <message>
        <source>A checkpoint of the audit log %1 cannot be read.</source>
        <translation>Een controlepunt van het auditlog %1 is onleesbaar.</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditPdfReport</name>
    <message>
        <source>Verification: the audit log is intact</source>
        <translation>Controle: het auditlog is intact</translation>
    </message>
    <message>
        <source>Verification: THE AUDIT LOG IS DAMAGED</source>
        <translation>Controle: HET AUDITLOG IS BESCHADIGD</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (namens %2)</translation>
    </message>
    <message>
        <source>End of report: %1 records listed.</source>
        <translation>Einde van het rapport: %1 registraties vermeld.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objecttype</translation>
    </message>
    <message>
        <source>Burgernet action</source>
        <translation>Burgernetactie</translation>
    </message>
    <message>
        <source>none (all records)</source>
        <translation>geen (alle registraties)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Burgernet Console: audit log report</source>
        <translation>Burgernet Console: auditlograpport</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Werkplek: %1</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Auditlog: %1</translation>
    </message>
    <message>
        <source>Exported by %1 (%2) at %3, audit record no. %4</source>
        <translation>Geëxporteerd door %1 (%2) op %3, auditregistratie nr. %4</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Matching records: %1</source>
        <translation>Overeenkomende registraties: %1</translation>
    </message>
    <message>
        <source>%1 records matched; this report lists only the first (oldest) %2. Narrow the filter, or export CSV for all of them.</source>
        <translation>%1 registraties komen overeen; dit rapport vermeldt alleen de eerste (oudste) %2. Verfijn het filter of exporteer naar CSV voor alle registraties.</translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>Er zijn geen registraties die overeenkomen met het filter.</translation>
    </message>
    <message>
        <source>Audit log report</source>
        <translation>Auditlograpport</translation>
    </message>
    <message>
        <source>the PDF cannot be started</source>
        <translation>het PDF-bestand kan niet worden aangemaakt</translation>
    </message>
    <message>
        <source>Audit log report, workstation %1, audit record no. %2</source>
        <translation>Auditlograpport, werkplek %1, auditregistratie nr. %2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>training</source>
        <translation>oefening</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditQuery</name>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>Het auditlog %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Kan het auditlog %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Action %1 exists in live and in training: choose the mode to search.</source>
        <translation>Actie %1 bestaat live en in de oefenomgeving: kies de modus om te zoeken.</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Uw rol (%1) mag niet: %2.</translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation>centralist</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trainer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>municipal editor</source>
        <translation>gemeentelijk redacteur</translation>
    </message>
    <message>
        <source>workstation, nobody signed in</source>
        <translation>werkplek, niemand aangemeld</translation>
    </message>
    <message>
        <source>see the participants</source>
        <translation>de deelnemers inzien</translation>
    </message>
    <message>
        <source>open a participant&apos;s full record</source>
        <translation>het volledige gegevensrecord van een deelnemer openen</translation>
    </message>
    <message>
        <source>import participants</source>
        <translation>deelnemers importeren</translation>
    </message>
    <message>
        <source>export participants</source>
        <translation>deelnemers exporteren</translation>
    </message>
    <message>
        <source>erase participants</source>
        <translation>deelnemers wissen</translation>
    </message>
    <message>
        <source>see the actions</source>
        <translation>de acties inzien</translation>
    </message>
    <message>
        <source>compose an action</source>
        <translation>een actie opstellen</translation>
    </message>
    <message>
        <source>send an action</source>
        <translation>een actie versturen</translation>
    </message>
    <message>
        <source>approve an action</source>
        <translation>een actie goedkeuren</translation>
    </message>
    <message>
        <source>close an action</source>
        <translation>een actie afsluiten</translation>
    </message>
    <message>
        <source>send a non-urgent message</source>
        <translation>een niet-spoedeisend bericht versturen</translation>
    </message>
    <message>
        <source>review the audit log</source>
        <translation>het auditlogboek nakijken</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>het auditlogboek exporteren</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>de instellingen wijzigen</translation>
    </message>
    <message>
        <source>change the message templates</source>
        <translation>de berichtsjablonen wijzigen</translation>
    </message>
    <message>
        <source>configure the senders</source>
        <translation>de verzenders instellen</translation>
    </message>
    <message>
        <source>see the reports</source>
        <translation>de rapportages inzien</translation>
    </message>
    <message>
        <source>run an exercise</source>
        <translation>een oefening leiden</translation>
    </message>
    <message>
        <source>manage the municipal boundaries</source>
        <translation>de gemeentegrenzen beheren</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditTableModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation>Nr.: %1</translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation>Tijd: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>On behalf of: %1</source>
        <translation>Namens: %1</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>Werkplek: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Handeling: %1</translation>
    </message>
    <message>
        <source>Object: %1 %2</source>
        <translation>Object: %1 %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>Vorige hash: %1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (namens %2)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objecttype</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditVerification</name>
    <message>
        <source>DAMAGED at sequence number %1 (%2): %3</source>
        <translation>BESCHADIGD bij volgnummer %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 records after the last checkpoint are not signed yet.</source>
        <translation>%1 registraties na het laatste controlepunt zijn nog niet ondertekend.</translation>
    </message>
    <message>
        <source>Intact: %1 records (last %2), %3 checkpoints, last signed up to %4 at %5.</source>
        <translation>Intact: %1 records (laatste %2), %3 controlepunten, laatst ondertekend tot en met %4 om %5.</translation>
    </message>
    <message>
        <source>Signatures checked against the given public key %1.</source>
        <translation>Handtekeningen gecontroleerd met de opgegeven publieke sleutel %1.</translation>
    </message>
    <message>
        <source>Signatures checked against this workstation&apos;s own key %1.</source>
        <translation>Handtekeningen gecontroleerd met de eigen sleutel van deze werkplek, %1.</translation>
    </message>
    <message>
        <source>Signatures checked against the key the log itself names, %1; it was not compared with an exported public key (give one with --public-key).</source>
        <translation>Handtekeningen gecontroleerd met de sleutel die het log zelf noemt, %1; die is niet vergeleken met een geëxporteerde publieke sleutel (geef er een met --public-key).</translation>
    </message>
    <message>
        <source>Not compared with the register&apos;s anchors.</source>
        <translation>Niet vergeleken met de ankers in het register.</translation>
    </message>
    <message>
        <source>The register holds no anchor of this log yet.</source>
        <translation>Het register heeft nog geen anker van dit log.</translation>
    </message>
    <message>
        <source>It agrees with the register&apos;s %1 anchors, the last for record %2 (%3).</source>
        <translation>Het klopt met de %1 ankers in het register, het laatste voor record %2 (%3).</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditVerifier</name>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation>Het auditlog %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Kan het auditlog %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Kan het auditlog %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Burgernet audit log.</source>
        <translation>%1 is geen Burgernet-auditlog.</translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation>registratie %1 ontbreekt</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing</source>
        <translation>registraties %1 tot en met %2 ontbreken</translation>
    </message>
    <message>
        <source>record %1 is not part of the chain: it was inserted</source>
        <translation>registratie %1 hoort niet bij de keten: ze is ingevoegd</translation>
    </message>
    <message>
        <source>records %1 and %2 are in the wrong order</source>
        <translation>registraties %1 en %2 staan in de verkeerde volgorde</translation>
    </message>
    <message>
        <source>record %1 was rewritten: record %2 no longer links to it</source>
        <translation>registratie %1 is herschreven: registratie %2 verwijst er niet meer naar</translation>
    </message>
    <message>
        <source>the content of record %1 does not match its hash</source>
        <translation>de inhoud van registratie %1 komt niet overeen met de hash ervan</translation>
    </message>
    <message>
        <source>the checkpoint up to record %1 (%2) is signed with key %3, not with the workstation&apos;s key %4</source>
        <translation>het controlepunt tot en met registratie %1 (%2) is ondertekend met sleutel %3, niet met de sleutel %4 van de werkplek</translation>
    </message>
    <message>
        <source>the signature of the checkpoint up to record %1 (%2) is not valid</source>
        <translation>de handtekening van het controlepunt tot en met registratie %1 (%2) is ongeldig</translation>
    </message>
    <message>
        <source>records %1 to %2 are gone: the checkpoint of %3 was signed up to record %2</source>
        <translation>registraties %1 tot en met %2 zijn verdwenen: het controlepunt van %3 was ondertekend tot en met registratie %2</translation>
    </message>
    <message>
        <source>records %1 to %2 were rewritten after the checkpoint of %3</source>
        <translation>registraties %1 tot en met %2 zijn na het controlepunt van %3 herschreven</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Kan het auditlog niet lezen: %1</translation>
    </message>
    <message>
        <source>the checkpoint of %1 is signed with key %2, earlier ones with key %3: one log never holds two keys</source>
        <translation>het controlepunt van %1 is ondertekend met sleutel %2, eerdere met sleutel %3: één log heeft nooit twee sleutels</translation>
    </message>
    <message>
        <source>records %1 to %2 carry no checkpoint, though the program signs at least every %3 records: checkpoints were taken out</source>
        <translation>records %1 tot en met %2 hebben geen controlepunt, terwijl het programma minstens elke %3 records ondertekent: er zijn controlepunten weggehaald</translation>
    </message>
    <message>
        <source>record %1 is not the one the register&apos;s anchor of %2 holds: the log was rewritten, or another copy was put in its place</source>
        <translation>record %1 is niet het record dat het anker van %2 in het register vastlegt: het log is herschreven, of er is een andere kopie voor in de plaats gezet</translation>
    </message>
    <message>
        <source>the register&apos;s anchor of record %1 (%2) is not signed with the log&apos;s key: the register was written to</source>
        <translation>het anker in het register voor record %1 (%2) is niet ondertekend met de sleutel van het log: er is in het register geschreven</translation>
    </message>
    <message>
        <source>records %1 to %2 were rewritten after the checkpoint before them: checkpoint %3 no longer signs them</source>
        <translation>records %1 tot en met %2 zijn herschreven na het controlepunt ervoor: controlepunt %3 ondertekent ze niet meer</translation>
    </message>
    <message>
        <source>the log ends at record %1, but the register holds its checkpoint of record %2 (%3): records %4 to %2 are gone (cut off, or an older copy put back)</source>
        <translation>het log eindigt bij record %1, maar het register heeft het controlepunt van record %2 (%3): records %4 tot en met %2 zijn weg (afgeknipt, of een oudere kopie teruggezet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Dit bestand</translation>
    </message>
    <message>
        <source>the register holds this workstation&apos;s anchors of another log (%1, up to record %2, signed %3): that log is missing, and this one was put in its place</source>
        <translation>het register bevat ankers van deze werkplek van een ander logboek (%1, tot registratie %2, ondertekend %3): dat logboek ontbreekt en dit is ervoor in de plaats gezet</translation>
    </message>
</context>
<context>
    <name>burgernet::AuditedChange</name>
    <message>
        <source>The register is not available: %1</source>
        <translation>Het register is niet beschikbaar: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::BasemapLayer</name>
    <message>
        <source>Basemap (offline)</source>
        <translation>Basiskaart (offline)</translation>
    </message>
    <message>
        <source>The basemap %1 cannot be read: %2</source>
        <translation>De basiskaart %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The basemap %1 holds no countries.</source>
        <translation>De basiskaart %1 bevat geen landen.</translation>
    </message>
    <message>
        <source>Natural Earth</source>
        <translation>Natural Earth</translation>
    </message>
</context>
<context>
    <name>burgernet::BoundariesCommand</name>
    <message>
        <source>Municipal boundaries: import, list, within.</source>
        <translation>Gemeentegrenzen: import, list, within.</translation>
    </message>
    <message>
        <source>import FILE, list or within</source>
        <translation>import BESTAND, list of within</translation>
    </message>
    <message>
        <source>import: the GeoPackage layer (default: the municipal one).</source>
        <translation>import: de laag in de GeoPackage (standaard: die van de gemeenten).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>within: the municipality (code or name).</source>
        <translation>within: de gemeente (code of naam).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>within: the area as a GeoJSON file.</source>
        <translation>within: het gebied als GeoJSON-bestand.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON afdrukken.</translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use import, list or within.</source>
        <translation>Onbekende of ontbrekende actie &quot;%1&quot;: gebruik import, list of within.</translation>
    </message>
    <message>
        <source>boundaries import needs the file (GeoPackage or GeoJSON).</source>
        <translation>boundaries import heeft het bestand nodig (GeoPackage of GeoJSON).</translation>
    </message>
    <message>
        <source>boundaries within needs --municipality and --geojson.</source>
        <translation>boundaries within heeft --municipality en --geojson nodig.</translation>
    </message>
    <message>
        <source>%1 municipalities imported (%2 replaced).</source>
        <translation>%1 gemeenten geïmporteerd (%2 vervangen).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>binnen</translation>
    </message>
    <message>
        <source>not inside</source>
        <translation>niet binnen</translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryFile</name>
    <message>
        <source>%1: &quot;%2&quot; is not a CBS municipality code like GM0344.</source>
        <translation>%1: &quot;%2&quot; is geen CBS-gemeentecode zoals GM0344.</translation>
    </message>
    <message>
        <source>%1 (%2): the name is empty.</source>
        <translation>%1 (%2): de naam is leeg.</translation>
    </message>
    <message>
        <source>Not a readable GeoPackage: %1</source>
        <translation>Geen leesbare GeoPackage: %1</translation>
    </message>
    <message>
        <source>%1: the geometry is not a GeoPackage geometry.</source>
        <translation>%1: de geometrie is geen GeoPackage-geometrie.</translation>
    </message>
    <message>
        <source>%1: the geometry is empty.</source>
        <translation>%1: de geometrie is leeg.</translation>
    </message>
    <message>
        <source>%1: the geometry header is damaged.</source>
        <translation>%1: de kop van de geometrie is beschadigd.</translation>
    </message>
    <message>
        <source>%1: the geometry is cut short.</source>
        <translation>%1: de geometrie is afgebroken.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a GeoPackage: %2</source>
        <translation>Kan %1 niet openen als GeoPackage: %2</translation>
    </message>
    <message>
        <source>%1 has no municipal layer (a table named gemeente...); its layers: %2. Name one with --layer.</source>
        <translation>%1 heeft geen gemeentelaag (een tabel met de naam gemeente...); de lagen: %2. Noem er een met --layer.</translation>
    </message>
    <message>
        <source>%1 has no layer %2; its layers: %3.</source>
        <translation>%1 heeft geen laag %2; de lagen: %3.</translation>
    </message>
    <message>
        <source>Layer %1 is in %2:%3; only EPSG:28992 (RD New) and EPSG:4326 (WGS84) are read.</source>
        <translation>Laag %1 is in %2:%3; alleen EPSG:28992 (RD New) en EPSG:4326 (WGS84) worden gelezen.</translation>
    </message>
    <message>
        <source>Layer %1 has no %2 column; its columns: %3.</source>
        <translation>Laag %1 heeft geen kolom %2; de kolommen: %3.</translation>
    </message>
    <message>
        <source>%1 feature %2</source>
        <translation>%1 object %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 is geen geldige JSON op positie %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection.</source>
        <translation>%1 is geen GeoJSON-FeatureCollection.</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>object %1</translation>
    </message>
    <message>
        <source>%1 has no %2 property.</source>
        <translation>%1 heeft geen eigenschap %2.</translation>
    </message>
    <message>
        <source>%1 (%2), geometry: %3</source>
        <translation>%1 (%2), geometrie: %3</translation>
    </message>
    <message>
        <source>%1 (%2), geometry: a %3, not a Polygon or MultiPolygon.</source>
        <translation>%1 (%2), geometrie: een %3, geen Polygon of MultiPolygon.</translation>
    </message>
    <message>
        <source>%1 holds no municipalities.</source>
        <translation>%1 bevat geen gemeenten.</translation>
    </message>
    <message>
        <source>%1 holds municipality %2 twice.</source>
        <translation>%1 bevat gemeente %2 twee keer.</translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryLayer</name>
    <message>
        <source>Municipal boundaries</source>
        <translation>Gemeentegrenzen</translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <translation>%1 (benadering)</translation>
    </message>
    <message>
        <source>Municipal boundaries (approximate)</source>
        <translation>Gemeentegrenzen (benadering)</translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryRepository</name>
    <message>
        <source>The stored boundary of %1 cannot be read: %2</source>
        <translation>De opgeslagen grens van %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Cannot remove the old boundaries: %1</source>
        <translation>Kan de oude grenzen niet verwijderen: %1</translation>
    </message>
    <message>
        <source>Cannot store the boundary of %1: %2</source>
        <translation>Kan de grens van %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Cannot read the boundaries: %1</source>
        <translation>Kan de grenzen niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryService</name>
    <message>
        <source>Municipality %1: %2</source>
        <translation>Gemeente %1: %2</translation>
    </message>
    <message>
        <source>No municipal boundaries are in the register: import them first (burgernetctl boundaries import FILE).</source>
        <translation>Er staan geen gemeentegrenzen in het register: importeer ze eerst (burgernetctl boundaries import BESTAND).</translation>
    </message>
    <message>
        <source>No municipality &quot;%1&quot; in the register&apos;s boundaries.</source>
        <translation>Geen gemeente &quot;%1&quot; in de grenzen van het register.</translation>
    </message>
    <message>
        <source>Your municipality %1 has no boundary in the register, so the area cannot be checked: an administrator imports the boundaries (burgernetctl boundaries import).</source>
        <translation>Voor uw gemeente %1 staat geen grens in het register, dus het gebied kan niet worden gecontroleerd: een beheerder importeert de grenzen (burgernetctl boundaries import).</translation>
    </message>
    <message>
        <source>The area reaches outside %1: a municipal editor sends only inside their own municipality.</source>
        <translation>Het gebied reikt buiten %1: een gemeentelijk redacteur verstuurt alleen binnen de eigen gemeente.</translation>
    </message>
    <message>
        <source>The area cannot be checked against the boundary of %1: %2</source>
        <translation>Het gebied kan niet worden getoetst aan de grens van %1: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::CallbackSecrets</name>
    <message>
        <source>The callback secret of %1 cannot be read: %2</source>
        <translation>Het callbackgeheim van %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The callback secret of %1 cannot be stored: %2</source>
        <translation>Het callbackgeheim van %1 kan niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::CapFeedSender</name>
    <message>
        <source>CAP 1.2 feed</source>
        <translation>CAP 1.2-feed</translation>
    </message>
    <message>
        <source>Feed folder</source>
        <translation>Feedmap</translation>
    </message>
    <message>
        <source>Where the CAP files and feed.atom are written; empty: the console&apos;s data folder.</source>
        <translation>Waar de CAP-bestanden en feed.atom worden geschreven; leeg: de gegevensmap van de console.</translation>
    </message>
    <message>
        <source>CAP sender</source>
        <translation>CAP-afzender</translation>
    </message>
    <message>
        <source>Identifies the control room in every message.</source>
        <translation>Identificeert de meldkamer in elk bericht.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Afzendernaam</translation>
    </message>
    <message>
        <source>Information page</source>
        <translation>Informatiepagina</translation>
    </message>
    <message>
        <source>Public feed URL</source>
        <translation>Openbare feed-URL</translation>
    </message>
    <message>
        <source>The address under which others fetch the feed; empty: the console&apos;s listener.</source>
        <translation>Het adres waarop anderen de feed ophalen; leeg: de luisterpoort van de console.</translation>
    </message>
    <message>
        <source>Valid for (minutes)</source>
        <translation>Geldig gedurende (minuten)</translation>
    </message>
    <message>
        <source>Burgernet action</source>
        <translation>Burgernetactie</translation>
    </message>
    <message>
        <source>Alert area</source>
        <translation>Alarmeringsgebied</translation>
    </message>
    <message>
        <source>The message has no area.</source>
        <translation>Het bericht heeft geen gebied.</translation>
    </message>
    <message>
        <source>The CAP file could not be written: %1</source>
        <translation>Het CAP-bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The feed could not be written: %1</source>
        <translation>De feed kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The feed folder is not writable: %1</source>
        <translation>In de feedmap kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Feed folder writable</source>
        <translation>Feedmap beschrijfbaar</translation>
    </message>
</context>
<context>
    <name>burgernet::Channel</name>
    <message>
        <source>Voice</source>
        <translation>Spraak</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
</context>
<context>
    <name>burgernet::ChannelHealthLights</name>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>gateway keeps failing</source>
        <translation>gateway faalt steeds</translation>
    </message>
    <message>
        <source>nothing sends here</source>
        <translation>hier verstuurt niets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failing gateway: %1. Its messages wait until it recovers.</source>
        <translation>Gateway faalt: %1. De berichten wachten tot hij hersteld is.</translation>
    </message>
    <message>
        <source>%1: the gateway %2</source>
        <translation>%1: de gateway %2</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>antwoordt niet</translation>
    </message>
    <message>
        <source>answers with errors</source>
        <translation>antwoordt met fouten</translation>
    </message>
    <message>
        <source>Gateway does not answer: %1.</source>
        <translation>Gateway antwoordt niet: %1.</translation>
    </message>
</context>
<context>
    <name>burgernet::ChannelPreview</name>
    <message numerus="yes">
        <source>GSM-7: %1 characters, %n part(s)</source>
        <translation>
            <numerusform>GSM-7: %1 tekens, %n deel</numerusform>
            <numerusform>GSM-7: %1 tekens, %n delen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UCS-2: %1 characters, %n part(s) — %2 highlighted character(s) force UCS-2 and triple the cost</source>
        <translation>
            <numerusform>UCS-2: %1 tekens, %n deel — %2 gemarkeerde teken(s) dwingen UCS-2 af en verdrievoudigen de kosten</numerusform>
            <numerusform>UCS-2: %1 tekens, %n delen — %2 gemarkeerde teken(s) dwingen UCS-2 af en verdrievoudigen de kosten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 tekens</translation>
    </message>
    <message>
        <source>About %1 seconds spoken</source>
        <translation>Ongeveer %1 seconden gesproken</translation>
    </message>
    <message>
        <source>CAP 1.2 fields</source>
        <translation>CAP 1.2-velden</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <source>%1 text as it will be sent</source>
        <translation>%1-tekst zoals die verstuurd wordt</translation>
    </message>
</context>
<context>
    <name>burgernet::ChannelProgressBar</name>
    <message>
        <source>queued</source>
        <translation>in wachtrij</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wordt verzonden</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>afgeleverd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>onzeker</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>nothing queued</source>
        <translation>niets in de wachtrij</translation>
    </message>
</context>
<context>
    <name>burgernet::CircleTool</name>
    <message>
        <source>Draw circle</source>
        <translation>Cirkel tekenen</translation>
    </message>
    <message>
        <source>Type the radius in metres, then Enter</source>
        <translation>Typ de straal in meters, dan Enter</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
</context>
<context>
    <name>burgernet::CommonOptions</name>
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
        <source>This workstation&apos;s audit log (default: %1).</source>
        <translation>Het auditlog van deze werkplek (standaard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Training mode: its own register and simulated senders only.</source>
        <translation>Oefenmodus: een eigen register en alleen gesimuleerde verzenders.</translation>
    </message>
    <message>
        <source>The training register (default: %1). The accounts are always those of the live register (--db).</source>
        <translation>Het oefenregister (standaard: %1). De accounts zijn altijd die van het live register (--db).</translation>
    </message>
</context>
<context>
    <name>burgernet::ConfirmDispatchDialog</name>
    <message>
        <source>LIVE — this reaches real people</source>
        <translation>LIVE — dit bereikt echte mensen</translation>
    </message>
    <message>
        <source>TRAINING — simulated senders only, nobody is reached</source>
        <translation>OEFENING — alleen gesimuleerde verzenders, niemand wordt bereikt</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <source>one message for the area</source>
        <translation>één bericht voor het gebied</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n participant(s) left out: daily limit reached.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n deelnemer overgeslagen: daglimiet bereikt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n deelnemers overgeslagen: daglimiet bereikt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A second user must approve this action before it is sent.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Een tweede gebruiker moet deze actie goedkeuren voordat die wordt verzonden.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Typ %1 om te bevestigen:</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Ter goedkeuring aanbieden</translation>
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
        <source>Approve and send the alert</source>
        <translation>De oproep goedkeuren en verzenden</translation>
    </message>
    <message>
        <source>Send the alert</source>
        <translation>De oproep verzenden</translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation>Een vervolgbericht verzenden</translation>
    </message>
    <message>
        <source>Close the action</source>
        <translation>De actie afsluiten</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>De actie intrekken</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>cannot send: no configured sender</source>
        <translation>kan niet verzenden: geen ingestelde verzender</translation>
    </message>
    <message>
        <source>cannot send now: the gateway keeps failing</source>
        <translation>kan nu niet verzenden: de gateway faalt steeds</translation>
    </message>
    <message>
        <source>waits for a dispatcher</source>
        <translation>wacht op een verzender</translation>
    </message>
    <message>
        <source>%1 — LIVE</source>
        <translation>%1 — LIVE</translation>
    </message>
    <message>
        <source>%1 — TRAINING</source>
        <translation>%1 — OEFENING</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Area:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Participants:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gebied:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Deelnemers:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n participant(s) newly inside the grown area get the full alert.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n deelnemer die nieuw binnen het gegroeide gebied valt, krijgt de volledige oproep.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n deelnemers die nieuw binnen het gegroeide gebied vallen, krijgen de volledige oproep.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have not gone out yet and will NOT be sent.</source>
        <translation>
            <numerusform>%n bericht is nog niet verstuurd en wordt NIET verzonden.</numerusform>
            <numerusform>%n berichten zijn nog niet verstuurd en worden NIET verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Your password is asked once more after this.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hierna wordt nog één keer uw wachtwoord gevraagd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>send anyway: the messages wait until it works</source>
        <translation>toch verzenden: de berichten wachten tot het kanaal werkt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Outcome:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uitkomst:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tekst:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>done in about %n s</source>
        <translation>
            <numerusform>klaar in ongeveer %n s</numerusform>
            <numerusform>klaar in ongeveer %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done in about %n min</source>
        <translation>
            <numerusform>klaar in ongeveer %n min</numerusform>
            <numerusform>klaar in ongeveer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about € %1</source>
        <translation>ongeveer € %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Incident number:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Incidentnummer:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Action %1 (by %2) is already open for this incident number.</source>
        <translation>Actie %1 (door %2) is al open voor dit incidentnummer.</translation>
    </message>
</context>
<context>
    <name>burgernet::ConsoleOptions</name>
    <message>
        <source>Burgernet Console: draw an area, reach the participants inside it.</source>
        <translation>Burgernet Console: teken een gebied, bereik de deelnemers daarin.</translation>
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
    <message>
        <source>How many demo participants a new embedded register gets (default 1,250,000; 0 for none).</source>
        <translation>Het aantal demodeelnemers dat een nieuw ingebouwd register krijgt (standaard 1.250.000; 0 voor geen).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--demo-participants needs a number from 0 to 20,000,000.</source>
        <translation>--demo-participants vereist een getal van 0 tot en met 20.000.000.</translation>
    </message>
    <message>
        <source>Draw this alert circle and the incident at its centre at start, and zoom to it (demonstrations, screenshots).</source>
        <translation>Teken bij de start deze alarmeringscirkel met het incident in het midden en zoom erop in (demonstraties, schermafdrukken).</translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation>BR,LG,METERS</translation>
    </message>
    <message>
        <source>Sign in as this account without the dialog (with --password-file; or BURGERNET_USER).</source>
        <translation>Met dit account aanmelden zonder het venster (met --password-file; of BURGERNET_USER).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>The file whose first line is the password for --user (or BURGERNET_PASSWORD_FILE).</source>
        <translation>Het bestand waarvan de eerste regel het wachtwoord voor --user is (of BURGERNET_PASSWORD_FILE).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>--user needs --password-file (the password never goes on the command line).</source>
        <translation>--user vraagt om --password-file (het wachtwoord komt nooit op de opdrachtregel).</translation>
    </message>
    <message>
        <source>--map-circle needs LAT,LON,METRES, e.g. 52.3731,4.8932,1500.</source>
        <translation>--map-circle verwacht BR,LG,METERS, bijvoorbeeld 52.3731,4.8932,1500.</translation>
    </message>
    <message>
        <source>Training only: compose an action of this incident type in the Dispatch dock, send it in --map-circle, wait until every message is final, print its state and exit.</source>
        <translation>Alleen oefenen: stel in het Verzenden-paneel een actie van dit type op, verzend die in --map-circle, wacht tot elk bericht definitief is, toon de toestand en sluit af.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The description for --send-action.</source>
        <translation>De beschrijving voor --send-action.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>A channel for --send-action (repeat for more).</source>
        <translation>Een kanaal voor --send-action (herhaal voor meer).</translation>
    </message>
    <message>
        <source>--send-action works in training mode only (--training).</source>
        <translation>--send-action werkt alleen in oefenmodus (--training).</translation>
    </message>
    <message>
        <source>--send-action needs --map-circle, at least one --send-channel and --user with --password-file.</source>
        <translation>--send-action heeft --map-circle, minstens één --send-channel en --user met --password-file nodig.</translation>
    </message>
</context>
<context>
    <name>burgernet::ConsoleSession</name>
    <message>
        <source>Draw circle</source>
        <translation>Cirkel tekenen</translation>
    </message>
</context>
<context>
    <name>burgernet::CorridorTool</name>
    <message>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <source>Draw corridor</source>
        <translation>Corridor tekenen</translation>
    </message>
</context>
<context>
    <name>burgernet::CsvRecordReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>regel %1: een veld tussen aanhalingstekens is niet afgesloten</translation>
    </message>
    <message>
        <source>line %1: a record longer than %2 MB; is a quote not closed?</source>
        <translation>regel %1: een record langer dan %2 MB; is er een aanhalingsteken niet afgesloten?</translation>
    </message>
    <message>
        <source>Cannot make a temporary file to convert %1: %2</source>
        <translation>Kan geen tijdelijk bestand maken om %1 om te zetten: %2</translation>
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
    <message>
        <source>Act as this account (its role applies) instead of the workstation&apos;s operating-system user.</source>
        <translation>Optreden als dit account (met zijn rol) in plaats van de besturingssysteemgebruiker van de werkplek.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>With --user: the file whose first line is the password (default: standard input).</source>
        <translation>Met --user: het bestand waarvan de eerste regel het wachtwoord is (standaard: de standaardinvoer).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The training register must not be the live register.</source>
        <translation>Het oefenregister mag niet het live register zijn.</translation>
    </message>
    <message>
        <source>burgernetctl: not enough memory to start (no thread can be created). Nothing was done.</source>
        <translation>burgernetctl: niet genoeg geheugen om te starten (er kan geen thread worden gemaakt). Er is niets gedaan.</translation>
    </message>
    <message>
        <source>burgernetctl: out of memory; the command was stopped. The step in progress was rolled back, so nothing is half-queued; &apos;burgernetctl action list&apos; shows what was done. A smaller area, or more memory, lets it through.</source>
        <translation>burgernetctl: geen geheugen meer; de opdracht is gestopt. De stap die bezig was is teruggedraaid, dus niets staat half in de wachtrij; &apos;burgernetctl action list&apos; toont wat er gedaan is. Een kleiner gebied, of meer geheugen, laat hem door.</translation>
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
    <message>
        <source>Invalid host &quot;%1&quot; in the PostgreSQL address.</source>
        <translation>Ongeldige host &quot;%1&quot; in het PostgreSQL-adres.</translation>
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
    <name>burgernet::DebriefDialog</name>
    <message>
        <source>Debrief: %1</source>
        <translation>Nabespreking: %1</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Opslaan als JSON…</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>De nabespreking opslaan</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>After-action: observations and corrective actions</source>
        <translation>Evaluatie: waarnemingen en verbeteracties</translation>
    </message>
    <message>
        <source>What the trainer saw besides the facts measured, for the discussion.</source>
        <translation>Wat de trainer naast de gemeten feiten zag, voor het gesprek.</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Verbeteractie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Save observations</source>
        <translation>Waarnemingen opslaan</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>Observations:</source>
        <translation>Waarnemingen:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Export the debrief</source>
        <translation>De nabespreking exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This run is not stored: its observations cannot be saved.</source>
        <translation>Deze oefening is niet bewaard: de waarnemingen kunnen niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>burgernet::DebriefPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nabespreking: %1</translation>
    </message>
    <message>
        <source>TRAINING — exercise debrief</source>
        <translation>TRAINING — nabespreking van een oefening</translation>
    </message>
</context>
<context>
    <name>burgernet::DebriefReport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nabespreking: %1</translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation>Cursist: %1</translation>
    </message>
    <message>
        <source>Exercise time of the report: %1</source>
        <translation>Oefentijd van de melding: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Oefening %1</translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation>Scenariobestand: %1</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>First send at minute %1</source>
        <translation>Eerste verzending op minuut %1</translation>
    </message>
    <message>
        <source>Closing message at minute %1</source>
        <translation>Afsluitbericht op minuut %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Person inside the area at the send: %1</source>
        <translation>Persoon in het gebied bij verzending: %1</translation>
    </message>
    <message>
        <source>Path covered in the next 15 minutes: %1 %</source>
        <translation>Deel van de route in de volgende 15 minuten gedekt: %1 %</translation>
    </message>
    <message>
        <source>Participants reached: %1</source>
        <translation>Bereikte deelnemers: %1</translation>
    </message>
    <message>
        <source>Participants in the reference area: %1</source>
        <translation>Deelnemers in het referentiegebied: %1</translation>
    </message>
    <message>
        <source>Call-backs: %1</source>
        <translation>Terugmeldingen: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Description slots filled: %1 %</source>
        <translation>Signalementvelden ingevuld: %1 %</translation>
    </message>
    <message>
        <source>Sent despite the warning: %1</source>
        <translation>Verstuurd ondanks de waarschuwing: %1</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <source>Family&apos;s consent: %1</source>
        <translation>Toestemming van de familie: %1</translation>
    </message>
    <message>
        <source>Updates after new information: %1 of %2</source>
        <translation>Updates na nieuwe informatie: %1 van %2</translation>
    </message>
    <message>
        <source>Closing message sent: %1</source>
        <translation>Afsluitbericht verstuurd: %1</translation>
    </message>
    <message>
        <source>Failed messages retried: %1</source>
        <translation>Mislukte berichten opnieuw verstuurd: %1</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <source>Learning goal and what was seen</source>
        <translation>Leerdoel en wat er gezien is</translation>
    </message>
    <message>
        <source>Earlier runs of this scenario</source>
        <translation>Eerdere oefeningen met dit scenario</translation>
    </message>
    <message>
        <source>Run %1 (%2): average %3</source>
        <translation>Oefening %1 (%2): gemiddeld %3</translation>
    </message>
    <message>
        <source>Average now %1, last time %2.</source>
        <translation>Gemiddelde nu %1, vorige keer %2.</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterke punten</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Verbeterpunten</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Trainer&apos;s observations</source>
        <translation>Waarnemingen van de trainer</translation>
    </message>
</context>
<context>
    <name>burgernet::DeliveryCurves</name>
    <message>
        <source>%1 min after the alert</source>
        <translation>%1 min na de alarmering</translation>
    </message>
    <message>
        <source>Nothing delivered</source>
        <translation>Niets afgeleverd</translation>
    </message>
</context>
<context>
    <name>burgernet::DemoBoundaries</name>
    <message>
        <source>No demo boundaries could be made.</source>
        <translation>Er konden geen demogrenzen worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>burgernet::DemoCommand</name>
    <message>
        <source>Fill the register with a made-up population spread like the Dutch one.</source>
        <translation>Het register vullen met een verzonnen populatie, verspreid zoals de Nederlandse bevolking.</translation>
    </message>
    <message>
        <source>How many (default 1,250,000).</source>
        <translation>Het aantal (standaard 1.250.000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same population (default 1).</source>
        <translation>De seed (startwaarde): dezelfde seed geeft dezelfde populatie (standaard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--participants needs a number from 1 to 20,000,000 and --seed a non-negative number.</source>
        <translation>--participants vereist een getal van 1 tot en met 20.000.000 en --seed een niet-negatief getal.</translation>
    </message>
    <message>
        <source>Demo population: %1 of %2 (%3 %)</source>
        <translation>Demopopulatie: %1 van %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 participants written in %2 s.</source>
        <translation>%1 deelnemers geschreven in %2 s.</translation>
    </message>
    <message>
        <source>Also add this many months of past actions (demo or training register; a register that already holds the demo population gets only the history).</source>
        <translation>Voeg ook zoveel maanden eerdere acties toe (demo- of oefenregister; een register dat de demopopulatie al bevat krijgt alleen de geschiedenis).</translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation>MAANDEN</translation>
    </message>
    <message>
        <source>--history needs a number of months from 1 to 36.</source>
        <translation>--history vraagt een aantal maanden van 1 tot 36.</translation>
    </message>
    <message>
        <source>%1 past actions written in %2 s.</source>
        <translation>%1 eerdere acties geschreven in %2 s.</translation>
    </message>
</context>
<context>
    <name>burgernet::DemoHistory</name>
    <message>
        <source>Cannot write the demo history: %1</source>
        <translation>Kan de demogeschiedenis niet schrijven: %1</translation>
    </message>
    <message>
        <source>Your role (%1) may not add a demo history.</source>
        <translation>Uw rol (%1) mag geen demogeschiedenis toevoegen.</translation>
    </message>
    <message>
        <source>A demo history goes into a demo register or a training register only; this register holds real participants.</source>
        <translation>Een demogeschiedenis gaat alleen in een demoregister of een oefenregister; dit register bevat echte deelnemers.</translation>
    </message>
    <message>
        <source>--history needs a number of months from 1 to 36.</source>
        <translation>--history vraagt een aantal maanden van 1 tot 36.</translation>
    </message>
</context>
<context>
    <name>burgernet::DemoPopulation</name>
    <message>
        <source>The demo population was cancelled; the register is unchanged.</source>
        <translation>De demopopulatie is geannuleerd; het register is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>burgernet::DemoRegister</name>
    <message>
        <source>Your role (%1) may not fill the register.</source>
        <translation>Uw rol (%1) mag het register niet vullen.</translation>
    </message>
    <message>
        <source>The register already holds participants; the demo population goes into an empty register only.</source>
        <translation>Het register bevat al deelnemers; de demopopulatie komt alleen in een leeg register.</translation>
    </message>
</context>
<context>
    <name>burgernet::DialogReauthPrompt</name>
    <message>
        <source>Confirm with your password</source>
        <translation>Bevestigen met uw wachtwoord</translation>
    </message>
</context>
<context>
    <name>burgernet::DispatchDock</name>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Send LIVE…</source>
        <translation>LIVE verzenden…</translation>
    </message>
    <message>
        <source>Send TRAINING…</source>
        <translation>OEFENING verzenden…</translation>
    </message>
    <message>
        <source>Urgent action</source>
        <translation>Spoedeisende actie</translation>
    </message>
    <message>
        <source>Non-urgent notice</source>
        <translation>Niet-spoedeisend bericht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Verzenden op</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Broadcast language</source>
        <translation>Taal van gebiedsberichten</translation>
    </message>
    <message>
        <source>Street or place, as the message names it</source>
        <translation>Straat of plaats, zoals het bericht die noemt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Lengte</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Postuur</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Kleding</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Merk</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Kenteken</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vrije tekst</translation>
    </message>
    <message>
        <source>The family consents to this search</source>
        <translation>De familie geeft toestemming voor deze zoekactie</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>The %1 text is longer than the channel allows.</source>
        <translation>De tekst voor %1 is langer dan het kanaal toestaat.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>not set: put the incident on the map</source>
        <translation>niet ingesteld: zet het incident op de kaart</translation>
    </message>
    <message>
        <source>Incident at</source>
        <translation>Incident op</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>breedtegraad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>lengtegraad</translation>
    </message>
    <message>
        <source>radius (m)</source>
        <translation>straal (m)</translation>
    </message>
    <message>
        <source>Circle: lat, lon, m</source>
        <translation>Cirkel: breedte, lengte, m</translation>
    </message>
    <message>
        <source>Circle around the incident</source>
        <translation>Cirkel rond het incident</translation>
    </message>
    <message>
        <source>The latitude must be a number from 50.5 to 53.8 (the Netherlands).</source>
        <translation>De breedtegraad moet een getal van 50,5 tot 53,8 zijn (Nederland).</translation>
    </message>
    <message>
        <source>The longitude must be a number from 3.2 to 7.3 (the Netherlands).</source>
        <translation>De lengtegraad moet een getal van 3,2 tot 7,3 zijn (Nederland).</translation>
    </message>
    <message>
        <source>The radius must be from %1 to %2 metres; %3 is not.</source>
        <translation>De straal moet van %1 tot %2 meter zijn; %3 is dat niet.</translation>
    </message>
    <message>
        <source>Put the incident on the map first (right-click, or search a place and choose Incident here).</source>
        <translation>Zet eerst het incident op de kaart (rechtsklik, of zoek een plaats en kies Incident hier).</translation>
    </message>
    <message>
        <source>No area yet: draw one on the map, type a centre and radius, or make a circle around the incident.</source>
        <translation>Nog geen gebied: teken er een op de kaart, typ een middelpunt en straal, of maak een cirkel rond het incident.</translation>
    </message>
    <message>
        <source>Nobody is selected until there is an area.</source>
        <translation>Niemand is geselecteerd zolang er geen gebied is.</translation>
    </message>
    <message>
        <source>Action %1 submitted.</source>
        <translation>Actie %1 ingediend.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verzonden: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>Queuing…</source>
        <translation>In de wachtrij zetten…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) in the area — SMS %1, voice %2, e-mail %3</source>
        <translation>
            <numerusform>%Ln deelnemer in het gebied — sms %1, spraak %2, e-mail %3</numerusform>
            <numerusform>%Ln deelnemers in het gebied — sms %1, spraak %2, e-mail %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Second action for this incident?</source>
        <translation>Tweede actie voor dit incident?</translation>
    </message>
    <message>
        <source>Action %1 (by %2) is already open for incident number %3. Start a second action for the same incident?</source>
        <translation>Actie %1 (door %2) is al open voor incidentnummer %3. Een tweede actie voor hetzelfde incident starten?</translation>
    </message>
    <message>
        <source>The control room&apos;s number, e.g. P-2026-123456</source>
        <translation>Het nummer van de meldkamer, bijv. P-2026-123456</translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation>Incidentnummer</translation>
    </message>
    <message>
        <source>Area assistant</source>
        <translation>Gebiedsassistent</translation>
    </message>
    <message>
        <source>Nobody can be selected: %1</source>
        <translation>Niemand kan worden geselecteerd: %1</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Action %1 is no longer a draft.</source>
        <translation>Actie %1 is geen concept meer.</translation>
    </message>
    <message>
        <source>Changing action %1, sent back by %2: %3</source>
        <translation>Actie %1 wordt gewijzigd, teruggestuurd door %2: %3</translation>
    </message>
    <message>
        <source>Changing draft %1</source>
        <translation>Concept %1 wordt gewijzigd</translation>
    </message>
    <message>
        <source>Warnings about the text</source>
        <translation>Waarschuwingen bij de tekst</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Versturen (%1)</translation>
    </message>
    <message>
        <source>Circle centre latitude</source>
        <translation>Breedtegraad van het middelpunt van de cirkel</translation>
    </message>
    <message>
        <source>Circle centre longitude</source>
        <translation>Lengtegraad van het middelpunt van de cirkel</translation>
    </message>
    <message>
        <source>Circle radius in metres</source>
        <translation>Straal van de cirkel in meters</translation>
    </message>
    <message>
        <source>At the send time, %1: %2</source>
        <translation>Op het verzendmoment, %1: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::EditTool</name>
    <message>
        <source>Move corner</source>
        <translation>Hoekpunt verplaatsen</translation>
    </message>
    <message>
        <source>Change radius</source>
        <translation>Straal wijzigen</translation>
    </message>
    <message>
        <source>Move area</source>
        <translation>Gebied verplaatsen</translation>
    </message>
    <message>
        <source>Edit area</source>
        <translation>Gebied bewerken</translation>
    </message>
</context>
<context>
    <name>burgernet::EncryptedFileSecretStore</name>
    <message>
        <source>The secrets key %1 is damaged.</source>
        <translation>De geheimensleutel %1 is beschadigd.</translation>
    </message>
    <message>
        <source>The secrets key could not be written to %1.</source>
        <translation>De geheimensleutel kon niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; cannot be decrypted.</source>
        <translation>Het geheim &quot;%1&quot; kan niet worden ontsleuteld.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; cannot be decrypted (wrong key or changed file).</source>
        <translation>Het geheim &quot;%1&quot; kan niet worden ontsleuteld (verkeerde sleutel of gewijzigd bestand).</translation>
    </message>
    <message>
        <source>The secrets file %1 could not be written.</source>
        <translation>Het geheimenbestand %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseBoard</name>
    <message>
        <source>Exercises run in training mode only.</source>
        <translation>Oefeningen draaien alleen in de oefenmodus.</translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseDebrief</name>
    <message>
        <source>First send at minute %1 (within %2 expected).</source>
        <translation>Eerste verzending op minuut %1 (binnen %2 verwacht).</translation>
    </message>
    <message>
        <source>The person was inside the area when it was sent.</source>
        <translation>De persoon was in het gebied toen het werd verstuurd.</translation>
    </message>
    <message>
        <source>The person was not inside the area when it was sent.</source>
        <translation>De persoon was niet in het gebied toen het werd verstuurd.</translation>
    </message>
    <message>
        <source>The area covered %1 % of the path in the next 15 minutes.</source>
        <translation>Het gebied dekte %1 % van de route in de volgende 15 minuten.</translation>
    </message>
    <message numerus="yes">
        <source>%n call-back(s) from participants reached.</source>
        <translation>
            <numerusform>%n terugmelding van bereikte deelnemers.</numerusform>
            <numerusform>%n terugmeldingen van bereikte deelnemers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the caller&apos;s description was in the message.</source>
        <translation>%1 % van het signalement van de melder stond in het bericht.</translation>
    </message>
    <message>
        <source>Sent despite the warning: %1</source>
        <translation>Verstuurd ondanks de waarschuwing: %1</translation>
    </message>
    <message>
        <source>A send without the family&apos;s consent was tried.</source>
        <translation>Er is geprobeerd te versturen zonder toestemming van de familie.</translation>
    </message>
    <message>
        <source>Sent with the family&apos;s consent.</source>
        <translation>Verstuurd met toestemming van de familie.</translation>
    </message>
    <message>
        <source>No send with the family&apos;s consent.</source>
        <translation>Niet verstuurd met toestemming van de familie.</translation>
    </message>
    <message>
        <source>%1 of %2 new facts passed on within 10 minutes.</source>
        <translation>%1 van %2 nieuwe feiten binnen 10 minuten doorgegeven.</translation>
    </message>
    <message>
        <source>Closing message at minute %1.</source>
        <translation>Afsluitbericht op minuut %1.</translation>
    </message>
    <message>
        <source>No closing message.</source>
        <translation>Geen afsluitbericht.</translation>
    </message>
    <message>
        <source>No message failed on the failing gateway.</source>
        <translation>Geen bericht mislukt op de gestoorde gateway.</translation>
    </message>
    <message>
        <source>The failed messages were retried (failed only).</source>
        <translation>De mislukte berichten zijn opnieuw verstuurd (alleen de mislukte).</translation>
    </message>
    <message>
        <source>Failed messages were left unsent.</source>
        <translation>Mislukte berichten zijn niet verstuurd.</translation>
    </message>
    <message>
        <source>Debrief: %1 (%2)</source>
        <translation>Nabespreking: %1 (%2)</translation>
    </message>
    <message>
        <source>First send at minute %1, closing message at minute %2.</source>
        <translation>Eerste verzending op minuut %1, afsluitbericht op minuut %2.</translation>
    </message>
    <message>
        <source>Area: person inside at send %1; %2 % of the next 15 minutes of the path covered; %3 participants reached; %4 call-back(s).</source>
        <translation>Gebied: persoon in het gebied bij verzending %1; %2 % van de volgende 15 minuten van de route gedekt; %3 deelnemers bereikt; %4 terugmelding(en).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Practise &quot;%1&quot; again in an exercise</source>
        <translation>&quot;%1&quot; opnieuw oefenen</translation>
    </message>
    <message numerus="yes">
        <source>Trainee %1, run %2; %n earlier run(s) of this scenario.</source>
        <translation>
            <numerusform>Cursist %1, oefening %2; %n eerdere oefening met dit scenario.</numerusform>
            <numerusform>Cursist %1, oefening %2; %n eerdere oefeningen met dit scenario.</numerusform>
        </translation>
    </message>
    <message>
        <source>(last time %1)</source>
        <translation>(vorige keer %1)</translation>
    </message>
    <message>
        <source>Corrective action: %1 (%2, by %3)</source>
        <translation>Verbeteractie: %1 (%2, uiterlijk %3)</translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseEngine</name>
    <message>
        <source>This exercise has already been started.</source>
        <translation>Deze oefening is al gestart.</translation>
    </message>
    <message>
        <source>Exercises run in training mode only.</source>
        <translation>Oefeningen draaien alleen in de oefenmodus.</translation>
    </message>
    <message>
        <source>The exercise is not running.</source>
        <translation>De oefening loopt niet.</translation>
    </message>
    <message>
        <source>The exercise is not paused.</source>
        <translation>De oefening is niet gepauzeerd.</translation>
    </message>
    <message>
        <source>The exercise&apos;s stop could not be recorded.</source>
        <translation>Het stoppen van de oefening kon niet worden vastgelegd.</translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseInboxDock</name>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Sighting</source>
        <translation>Waarneming</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Chef van dienst</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>No exercise yet.</source>
        <translation>Nog geen oefening.</translation>
    </message>
    <message>
        <source>Exercise running (trainer: %1)</source>
        <translation>Oefening loopt (trainer: %1)</translation>
    </message>
    <message>
        <source>Exercise ended (trainer: %1)</source>
        <translation>Oefening beëindigd (trainer: %1)</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Oefening: %1</translation>
    </message>
    <message>
        <source>Exercise messages</source>
        <translation>Oefenberichten</translation>
    </message>
    <message numerus="yes">
        <source>Exercise interrupted: nothing heard from the trainer&apos;s console for %n second(s) (trainer: %1). Ask the trainer.</source>
        <translation>
            <numerusform>Oefening onderbroken: al %n seconde niets gehoord van de console van de trainer (trainer: %1). Vraag het de trainer.</numerusform>
            <numerusform>Oefening onderbroken: al %n seconden niets gehoord van de console van de trainer (trainer: %1). Vraag het de trainer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseRepository</name>
    <message>
        <source>Exercise (%1): %2</source>
        <translation>Oefening (%1): %2</translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseRun</name>
    <message>
        <source>Exercise %1 started at %2 (exercise time).</source>
        <translation>Oefening %1 gestart om %2 (oefentijd).</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseRuns</name>
    <message>
        <source>Exercise runs (%1): %2</source>
        <translation>Oefeningen (%1): %2</translation>
    </message>
    <message>
        <source>trainee: the trainee&apos;s user name is needed to keep the run (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation>trainee: de gebruikersnaam van de cursist is nodig om de oefening te bewaren (letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;).</translation>
    </message>
    <message>
        <source>corrective[%1]: an action needs what, an owner and a date.</source>
        <translation>corrective[%1]: een actie heeft een omschrijving, een eigenaar en een datum nodig.</translation>
    </message>
    <message>
        <source>There is no exercise run %1.</source>
        <translation>Er is geen oefening %1.</translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseWindow</name>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Gateway fails (trainer only)</source>
        <translation>Gateway valt uit (alleen trainer)</translation>
    </message>
    <message>
        <source>Gateway recovers</source>
        <translation>Gateway werkt weer</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>Terugmelding</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Chef van dienst</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Exercises (TRAINING)</source>
        <translation>Oefeningen (OEFENING)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Bestand openen…</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Stop and debrief</source>
        <translation>Stoppen en nabespreken</translation>
    </message>
    <message>
        <source>Choose a scenario and start.</source>
        <translation>Kies een scenario en start.</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Snelheid:</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Een scenario openen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenario&apos;s (*.json)</translation>
    </message>
    <message>
        <source>The scenario&apos;s last minute has come: stop it for the debrief.</source>
        <translation>De laatste minuut van het scenario is bereikt: stop voor de nabespreking.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 minutes, %4×%5</source>
        <translation>%1 — %2 van %3 minuten, %4×%5</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, gepauzeerd</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Actie %1</translation>
    </message>
    <message>
        <source>the trainee&apos;s user name</source>
        <translation>gebruikersnaam van de cursist</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>Cursist:</translation>
    </message>
    <message>
        <source>True path and the trainee&apos;s areas (trainer only)</source>
        <translation>Ware pad en de gebieden van de cursist (alleen trainer)</translation>
    </message>
    <message>
        <source>What the trainee does</source>
        <translation>Wat de cursist doet</translation>
    </message>
    <message>
        <source>Action %1: %2, %3</source>
        <translation>Actie %1: %2, %3</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>verzonden op %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verzonden</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Gebied: %1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Cursist</translation>
    </message>
</context>
<context>
    <name>burgernet::FailuresPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation>Mislukte ontvangers</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Gateway&apos;s reason</source>
        <translation>Reden van de gateway</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Action %1: open this tab or press Refresh to read who was not reached.</source>
        <translation>Actie %1: open dit tabblad of kies Vernieuwen om te lezen wie niet bereikt is.</translation>
    </message>
    <message>
        <source>Select an action.</source>
        <translation>Kies een actie.</translation>
    </message>
    <message>
        <source>Action %1: every message went out or is still under way.</source>
        <translation>Actie %1: elk bericht is verstuurd of nog onderweg.</translation>
    </message>
    <message numerus="yes">
        <source>Action %1: %n recipient(s) not reached.</source>
        <translation>
            <numerusform>Actie %1: %n ontvanger niet bereikt.</numerusform>
            <numerusform>Actie %1: %n ontvangers niet bereikt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>%1: the platform reports %2 app users reached (%3).</source>
        <translation>%1: het platform meldt %2 app-gebruikers bereikt (%3).</translation>
    </message>
</context>
<context>
    <name>burgernet::FaultInjectingSender</name>
    <message>
        <source>Simulated gateway failure (exercise)</source>
        <translation>Gesimuleerde storing van de gateway (oefening)</translation>
    </message>
</context>
<context>
    <name>burgernet::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator — Burgernet Console</source>
        <translation>Beheerder aanmaken — Burgernet Console</translation>
    </message>
    <message>
        <source>This register has no accounts yet. Create the administrator account; the administrator then adds the dispatchers, supervisors and others.</source>
        <translation>Dit register heeft nog geen accounts. Maak het beheerdersaccount aan; de beheerder voegt daarna de centralisten, calamiteitencoördinatoren en anderen toe.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>burgernet::FirstStart</name>
    <message>
        <source>Filling the new register with demo participants…</source>
        <translation>Het nieuwe register wordt gevuld met demodeelnemers…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Burgernet Console</source>
        <translation>Burgernet Console</translation>
    </message>
    <message>
        <source>Adding six months of past actions…</source>
        <translation>Zes maanden eerdere acties toevoegen…</translation>
    </message>
</context>
<context>
    <name>burgernet::GeoArea</name>
    <message>
        <source>Ring %1 has a position that is not [longitude, latitude].</source>
        <translation>Ring %1 heeft een positie die geen [lengtegraad, breedtegraad] is.</translation>
    </message>
    <message>
        <source>Ring %1 has a position outside the world: [%2, %3].</source>
        <translation>Ring %1 heeft een positie buiten de wereld: [%2, %3].</translation>
    </message>
    <message>
        <source>Ring %1 has fewer than three distinct positions.</source>
        <translation>Ring %1 heeft minder dan drie verschillende posities.</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Geen geldige JSON op positie %1: %2</translation>
    </message>
    <message>
        <source>A FeatureCollection must hold exactly one area, not %1.</source>
        <translation>Een FeatureCollection moet precies één gebied bevatten, niet %1.</translation>
    </message>
    <message>
        <source>A circle is a Point with a positive &quot;radius&quot; in metres.</source>
        <translation>Een cirkel is een Point met een positieve &quot;radius&quot; in meters.</translation>
    </message>
    <message>
        <source>The circle&apos;s centre is outside the world.</source>
        <translation>Het middelpunt van de cirkel ligt buiten de wereld.</translation>
    </message>
    <message>
        <source>The polygon has no rings.</source>
        <translation>De veelhoek heeft geen ringen.</translation>
    </message>
    <message>
        <source>The multipolygon has no parts.</source>
        <translation>De multipolygoon heeft geen delen.</translation>
    </message>
    <message>
        <source>Part %1: </source>
        <translation>Deel %1: </translation>
    </message>
    <message>
        <source>Unsupported geometry &quot;%1&quot;: use Polygon, MultiPolygon, or Point with a radius.</source>
        <translation>Geometrie &quot;%1&quot; wordt niet ondersteund: gebruik Polygon, MultiPolygon of Point met een straal.</translation>
    </message>
</context>
<context>
    <name>burgernet::GuideLayer</name>
    <message>
        <source>Area assistant and review</source>
        <translation>Gebiedsassistent en beoordeling</translation>
    </message>
</context>
<context>
    <name>burgernet::GuideMapFeed</name>
    <message>
        <source>action %1 under review</source>
        <translation>actie %1 in beoordeling</translation>
    </message>
</context>
<context>
    <name>burgernet::ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>A CSV export of the registration system</source>
        <translation>Een CSV-export van het aanmeldsysteem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Rejected rows and warnings go here</source>
        <translation>Hier komen de geweigerde regels en waarschuwingen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Verslag:</translation>
    </message>
    <message>
        <source>Every row is checked; valid rows are imported in one go, rejected rows are listed in the report with their line number and reason.</source>
        <translation>Elke regel wordt gecontroleerd; geldige regels worden in één keer geïmporteerd, geweigerde regels staan met regelnummer en reden in het verslag.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>%1 wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows…</source>
        <translation>%1 van %2 regels gecontroleerd…</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 updated), %4 rejected</source>
        <translation>%1 regels: %2 geïmporteerd (%3 bijgewerkt), %4 geweigerd</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 waarschuwingen</translation>
    </message>
    <message>
        <source> — see %1</source>
        <translation> — zie %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>burgernet::KannelSmsSender</name>
    <message>
        <source>SMS (Kannel)</source>
        <translation>Sms (Kannel)</translation>
    </message>
    <message>
        <source>sendsms URL</source>
        <translation>sendsms-URL</translation>
    </message>
    <message>
        <source>Kannel smsbox&apos;s sendsms interface.</source>
        <translation>De sendsms-interface van Kannels smsbox.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>The sendsms-user in kannel.conf.</source>
        <translation>De sendsms-user in kannel.conf.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Afzender-id</translation>
    </message>
    <message>
        <source>Shown as the sender on the phone.</source>
        <translation>Verschijnt als afzender op de telefoon.</translation>
    </message>
    <message>
        <source>SMSC id</source>
        <translation>SMSC-id</translation>
    </message>
    <message>
        <source>Route through this smsc-id; empty lets Kannel choose.</source>
        <translation>Via deze smsc-id versturen; leeg laat Kannel kiezen.</translation>
    </message>
    <message>
        <source>Maximum parts</source>
        <translation>Maximaal aantal delen</translation>
    </message>
    <message>
        <source>Longer texts are refused; Kannel&apos;s max-messages must allow as many.</source>
        <translation>Langere teksten worden geweigerd; max-messages van Kannel moet er evenveel toestaan.</translation>
    </message>
    <message>
        <source>Delivery report mask</source>
        <translation>Afleverrapportmasker</translation>
    </message>
    <message>
        <source>Kannel dlr-mask: 1 delivered, 2 failed, 4 buffered, 8 SMSC accepted, 16 SMSC rejected.</source>
        <translation>Kannel dlr-mask: 1 afgeleverd, 2 mislukt, 4 gebufferd, 8 SMSC aangenomen, 16 SMSC geweigerd.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-certificaten controleren</translation>
    </message>
    <message>
        <source>Turn off only for a test gateway; the change is recorded.</source>
        <translation>Alleen uitzetten voor een testgateway; de wijziging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>A site&apos;s own certificate authority, in PEM.</source>
        <translation>De eigen certificaatautoriteit van de organisatie, in PEM.</translation>
    </message>
    <message>
        <source>Unexpected answer from Kannel: %1</source>
        <translation>Onverwacht antwoord van Kannel: %1</translation>
    </message>
    <message>
        <source>The participant has no mobile number.</source>
        <translation>De deelnemer heeft geen mobiel nummer.</translation>
    </message>
    <message>
        <source>The text needs %1 SMS parts; at most %2 are allowed.</source>
        <translation>De tekst heeft %1 sms-delen nodig; er zijn er hoogstens %2 toegestaan.</translation>
    </message>
    <message>
        <source>Kannel answers</source>
        <translation>Kannel antwoordt</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Time-out (ms)</translation>
    </message>
</context>
<context>
    <name>burgernet::KeychainSecretStore</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>De sleutelbos kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The keychain could not be written: %1</source>
        <translation>Er kon niet in de sleutelbos worden geschreven: %1</translation>
    </message>
    <message>
        <source>The keychain entry could not be removed: %1</source>
        <translation>De vermelding in de sleutelbos kon niet worden verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::LayerListWidget</name>
    <message>
        <source>Drag a layer, or use its context menu, to change the order and opacity.</source>
        <translation>Sleep een laag, of gebruik het contextmenu, om de volgorde en dekking te wijzigen.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Map layers</source>
        <translation>Kaartlagen</translation>
    </message>
</context>
<context>
    <name>burgernet::ListenButton</name>
    <message>
        <source>Listen</source>
        <translation>Beluisteren</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed on this computer (for example the Debian package qt6-speech-speechd-plugin or qt6-speech-flite-plugin).</source>
        <translation>Op deze computer is geen spraaksynthese geïnstalleerd (bijvoorbeeld het Debian-pakket qt6-speech-speechd-plugin of qt6-speech-flite-plugin).</translation>
    </message>
    <message>
        <source>Hear the text as the voice message will say it.</source>
        <translation>Hoor de tekst zoals het spraakbericht hem uitspreekt.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>burgernet::LiveChannelSender</name>
    <message>
        <source>Training messages never go to a live sender.</source>
        <translation>Oefenberichten gaan nooit naar een live verzender.</translation>
    </message>
</context>
<context>
    <name>burgernet::LocatieserverClient</name>
    <message>
        <source>The geocoding service did not answer within %1 s.</source>
        <translation>De geocodeerdienst antwoordde niet binnen %1 s.</translation>
    </message>
    <message>
        <source>The geocoding service cannot be reached (%1).</source>
        <translation>De geocodeerdienst is niet bereikbaar (%1).</translation>
    </message>
    <message>
        <source>The geocoding service answered with HTTP status %1.</source>
        <translation>De geocodeerdienst antwoordde met HTTP-status %1.</translation>
    </message>
    <message>
        <source>The geocoding service answered with HTTP status %1: %2</source>
        <translation>De geocodeerdienst antwoordde met HTTP-status %1: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::LocatieserverFormat</name>
    <message>
        <source>The geocoding service&apos;s answer is not JSON: %1 at byte %2.</source>
        <translation>Het antwoord van de geocodeerdienst is geen JSON: %1 bij byte %2.</translation>
    </message>
    <message>
        <source>The geocoding service&apos;s answer has no response.docs list.</source>
        <translation>Het antwoord van de geocodeerdienst heeft geen lijst response.docs.</translation>
    </message>
    <message>
        <source>Result %1 of the geocoding service has no weergavenaam.</source>
        <translation>Resultaat %1 van de geocodeerdienst heeft geen weergavenaam.</translation>
    </message>
    <message>
        <source>Result %1 of the geocoding service (%2) has no usable centroide_ll: &quot;%3&quot; is not POINT(longitude latitude).</source>
        <translation>Resultaat %1 van de geocodeerdienst (%2) heeft geen bruikbare centroide_ll: &quot;%3&quot; is geen POINT(lengtegraad breedtegraad).</translation>
    </message>
</context>
<context>
    <name>burgernet::LocationParser</name>
    <message>
        <source>%1 %2 lies outside the RD grid of the Netherlands.</source>
        <translation>%1 %2 ligt buiten het RD-stelsel van Nederland.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place or coordinates this console knows. Type a place name, WGS84 (52.3731, 4.8932 or 52°22&apos;23&quot;N 4°53&apos;35&quot;E) or RD (121400 487400).</source>
        <translation>&quot;%1&quot; is geen bekende plaats of coördinaat. Typ een plaatsnaam, WGS84 (52.3731, 4.8932 of 52°22&apos;23&quot;N 4°53&apos;35&quot;O) of RD (121400 487400).</translation>
    </message>
    <message>
        <source>%1, %2 are not valid WGS84 degrees.</source>
        <translation>%1, %2 zijn geen geldige WGS84-graden.</translation>
    </message>
</context>
<context>
    <name>burgernet::LockPanel</name>
    <message>
        <source>The console is locked</source>
        <translation>De console is vergrendeld</translation>
    </message>
    <message>
        <source>Personal data is hidden until you type your password again.</source>
        <translation>Persoonsgegevens blijven verborgen tot u uw wachtwoord opnieuw invoert.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Aangemeld: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>burgernet::MainWindow</name>
    <message>
        <source>Burgernet Console</source>
        <translation>Burgernet Console</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
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
        <source>participants: ?</source>
        <translation>deelnemers: ?</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van de console.</translation>
    </message>
    <message>
        <source>&amp;Senders…</source>
        <translation>&amp;Verzenders…</translation>
    </message>
    <message>
        <source>Your role does not see the participant register.</source>
        <translation>Uw rol heeft geen inzage in het deelnemersregister.</translation>
    </message>
    <message>
        <source>Map layers</source>
        <translation>Kaartlagen</translation>
    </message>
    <message>
        <source>%1 participants exported to %2</source>
        <translation>%1 deelnemers geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export participants…</source>
        <translation>Deelnemers &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user</source>
        <translation>&amp;Afmelden / andere gebruiker</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed in on %1</source>
        <translation>Aangemeld op %1</translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation>Meld u af en opnieuw aan.</translation>
    </message>
    <message>
        <source>Circle from the composer</source>
        <translation>Cirkel uit het Verzenden-paneel</translation>
    </message>
    <message>
        <source>P&amp;olicy…</source>
        <translation>Be&amp;leid…</translation>
    </message>
    <message>
        <source>Click the tip&apos;s place on the map (Escape: none).</source>
        <translation>Klik op de kaart waar de tip over gaat (Escape: geen plaats).</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmen</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Alarmen (%1)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Oefenen</translation>
    </message>
    <message>
        <source>&amp;Exercises…</source>
        <translation>&amp;Oefeningen…</translation>
    </message>
    <message>
        <source>Active participants in the register: those who get messages</source>
        <translation>Actieve deelnemers in het register: zij die berichten krijgen</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 actief</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <source>Area library</source>
        <translation>Gebiedenbibliotheek</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Scenario &amp;editor…</source>
        <translation>Scenario-&amp;editor…</translation>
    </message>
    <message>
        <source>&amp;Find a place</source>
        <translation>&amp;Plaats zoeken</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Opstellen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Actions list</source>
        <translation>&amp;Actielijst</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Exercise inbox</source>
        <translation>Oefeninbox</translation>
    </message>
    <message numerus="yes">
        <source>Exercise inbox (%n new)</source>
        <translation>
            <numerusform>Oefeninbox (%n nieuw)</numerusform>
            <numerusform>Oefeninbox (%n nieuw)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::MapCanvas</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>burgernet::MapToolRegistry</name>
    <message>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
    <message>
        <source>Move the map: drag, wheel to zoom, arrow keys</source>
        <translation>Kaart verschuiven: slepen, scrollwiel om te zoomen, pijltoetsen</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Click the centre and drag, or click and type the radius in metres, then Enter</source>
        <translation>Klik het middelpunt en sleep, of klik en typ de straal in meters, dan Enter</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Veelhoek</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter closes, Backspace removes the last</source>
        <translation>Klik de hoekpunten; dubbelklik of Enter sluit, Backspace verwijdert het laatste</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
    <message>
        <source>Drag from one corner to the other</source>
        <translation>Sleep van de ene hoek naar de andere</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <source>Click along the escape route; double-click or Enter finishes</source>
        <translation>Klik langs de vluchtroute; dubbelklik of Enter rondt af</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Drag a corner, the circle&apos;s edge, or the whole area</source>
        <translation>Sleep een hoekpunt, de rand van de cirkel of het hele gebied</translation>
    </message>
    <message>
        <source>Tip place</source>
        <translation>Plaats van tip</translation>
    </message>
    <message>
        <source>Click where the caller saw something: the place of the tip being logged</source>
        <translation>Klik waar de beller iets zag: de plaats van de tip die u vastlegt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meten</translation>
    </message>
    <message>
        <source>Click along a route to measure it; double-click or Enter finishes, Esc clears</source>
        <translation>Klik langs een route om die te meten; dubbelklik of Enter rondt af, Esc wist</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Click on the map: the municipality there becomes the area</source>
        <translation>Klik op de kaart: de gemeente daar wordt het gebied</translation>
    </message>
</context>
<context>
    <name>burgernet::MapView</name>
    <message>
        <source>Map tools</source>
        <translation>Tekengereedschap</translation>
    </message>
    <message>
        <source>Map navigation</source>
        <translation>Kaartnavigatie</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Width of the corridor</source>
        <translation>Breedte van de corridor</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Gebied wissen</translation>
    </message>
    <message>
        <source>Zoom to area</source>
        <translation>Zoom naar gebied</translation>
    </message>
    <message>
        <source>Zoom to Netherlands</source>
        <translation>Zoom naar Nederland</translation>
    </message>
    <message>
        <source>Incident here</source>
        <translation>Incident hier</translation>
    </message>
    <message>
        <source>Put the incident marker on the place found (or the map&apos;s centre)</source>
        <translation>Zet de incidentmarkering op de gevonden plek (of het midden van de kaart)</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
    <message>
        <source>The map&apos;s background: the offline basemap, or online tiles</source>
        <translation>Achtergrond van de kaart: de offline basiskaart of onlinetegels</translation>
    </message>
    <message>
        <source>Offline basemap</source>
        <translation>Offline basiskaart</translation>
    </message>
    <message>
        <source>Custom tiles</source>
        <translation>Eigen tegels</translation>
    </message>
    <message>
        <source>MBTiles…</source>
        <translation>MBTiles…</translation>
    </message>
    <message>
        <source>Offline tiles</source>
        <translation>Offline tegels</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>MBTiles-bestanden (*.mbtiles);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Show tiles from an MBTiles file, without network</source>
        <translation>Tegels uit een MBTiles-bestand tonen, zonder netwerk</translation>
    </message>
    <message>
        <source>%1° N %2° E</source>
        <translation>%1° NB %2° OL</translation>
    </message>
    <message>
        <source>%1 · RD %2 %3</source>
        <translation>%1 · RD %2 %3</translation>
    </message>
    <message>
        <source>No alert area</source>
        <translation>Geen alarmeringsgebied</translation>
    </message>
    <message>
        <source>In the area: %1 participants (SMS %2, voice %3, e-mail %4)</source>
        <translation>In het gebied: %1 deelnemers (sms %2, spraak %3, e-mail %4)</translation>
    </message>
    <message>
        <source>In the area: counting once the participants have loaded…</source>
        <translation>In het gebied: geteld zodra de deelnemers geladen zijn…</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Municipality…</source>
        <translation>Gemeente…</translation>
    </message>
    <message>
        <source>Choose a municipality from the list as the area</source>
        <translation>Kies een gemeente uit de lijst als gebied</translation>
    </message>
    <message>
        <source>The municipality as the area:</source>
        <translation>De gemeente als gebied:</translation>
    </message>
    <message>
        <source>No municipal boundaries are in the register: an administrator imports them (burgernetctl boundaries import FILE).</source>
        <translation>Er staan geen gemeentegrenzen in het register: een beheerder importeert ze (burgernetctl boundaries import BESTAND).</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Afstand: %1</translation>
    </message>
    <message>
        <source>Circle here</source>
        <translation>Cirkel hier</translation>
    </message>
    <message>
        <source>Make the alert area a circle around the place found (the current circle&apos;s radius, else 1 km)</source>
        <translation>Maak van het alarmgebied een cirkel rond de gevonden plek (met de straal van de huidige cirkel, anders 1 km)</translation>
    </message>
    <message>
        <source>Map background offline: %1 cannot be reached, the offline tiles and basemap are shown</source>
        <translation>Achtergrondkaart offline: %1 is niet bereikbaar, de offline tegels en basiskaart worden getoond</translation>
    </message>
    <message>
        <source>Map background offline: %1 cannot be reached, the offline basemap is shown</source>
        <translation>Achtergrondkaart offline: %1 is niet bereikbaar, de offline basiskaart wordt getoond</translation>
    </message>
    <message>
        <source>Address search offline: places and postcodes only</source>
        <translation>Adres zoeken offline: alleen plaatsen en postcodes</translation>
    </message>
    <message>
        <source>Circle around the place found</source>
        <translation>Cirkel rond de gevonden plek</translation>
    </message>
    <message>
        <source>Prepare offline map…</source>
        <translation>Offline kaart voorbereiden…</translation>
    </message>
    <message>
        <source>Download the map&apos;s background for this area into an MBTiles file</source>
        <translation>Download de achtergrond van de kaart voor dit gebied naar een MBTiles-bestand</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Achtergrond</translation>
    </message>
    <message>
        <source>Count at</source>
        <translation>Tellen op</translation>
    </message>
    <message>
        <source>Count those whose registered hours include this moment (unticked: now)</source>
        <translation>Tel de deelnemers wier opgegeven uren dit moment omvatten (niet aangevinkt: nu)</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>Op %1: %2</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
</context>
<context>
    <name>burgernet::MarkerLayer</name>
    <message>
        <source>Shown places</source>
        <translation>Getoonde plaatsen</translation>
    </message>
</context>
<context>
    <name>burgernet::MbtilesLayer</name>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>Het MBTiles-bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Offline tiles: %1</source>
        <translation>Offline tegels: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::MbtilesReader</name>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>Het MBTiles-bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>no metadata table (%1)</source>
        <translation>geen metadata-tabel (%1)</translation>
    </message>
    <message>
        <source>tiles in %1, not raster images</source>
        <translation>tegels in %1, geen rasterafbeeldingen</translation>
    </message>
    <message>
        <source>no tiles table</source>
        <translation>geen tegeltabel</translation>
    </message>
    <message>
        <source>%1 is not a usable MBTiles file: %2</source>
        <translation>%1 is geen bruikbaar MBTiles-bestand: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::MbtilesTileProvider</name>
    <message>
        <source>not in the file</source>
        <translation>niet in het bestand</translation>
    </message>
</context>
<context>
    <name>burgernet::MeasureTool</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meten</translation>
    </message>
</context>
<context>
    <name>burgernet::MessageTypeText</name>
    <message>
        <source>alert</source>
        <translation>alarmering</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>closing message</source>
        <translation>afsluitbericht</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>intrekking</translation>
    </message>
    <message>
        <source>test message</source>
        <translation>testbericht</translation>
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
    <name>burgernet::MunicipalBoundary</name>
    <message>
        <source>%1, approximate</source>
        <translation>%1, benaderd</translation>
    </message>
</context>
<context>
    <name>burgernet::MunicipalityTool</name>
    <message>
        <source>No municipality here: the register&apos;s boundaries do not cover this point.</source>
        <translation>Hier ligt geen gemeente: de grenzen in het register dekken dit punt niet.</translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>%1: an approximate boundary (demo), not the real municipality.</source>
        <translation>%1: een benaderde grens (demo), niet de echte gemeente.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>burgernet::NationalBorder</name>
    <message>
        <source>Basemap line %1: a ring before its polygon.</source>
        <translation>Basiskaart regel %1: een ring voor zijn polygoon.</translation>
    </message>
    <message>
        <source>Basemap line %1: &quot;%2&quot; is not lon,lat.</source>
        <translation>Basiskaart regel %1: &quot;%2&quot; is geen lon,lat.</translation>
    </message>
    <message>
        <source>The basemap has no country %1.</source>
        <translation>De basiskaart heeft geen land %1.</translation>
    </message>
    <message>
        <source>The land polygon cannot be read: %1</source>
        <translation>De landpolygoon kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The land polygon cannot be buffered: %1</source>
        <translation>De landpolygoon kan niet worden gebufferd: %1</translation>
    </message>
    <message>
        <source>The buffered land polygon is empty.</source>
        <translation>De gebufferde landpolygoon is leeg.</translation>
    </message>
    <message>
        <source>%1, %2 lies outside the Netherlands (more than 1 km from its land)</source>
        <translation>%1, %2 ligt buiten Nederland (meer dan 1 km van het land)</translation>
    </message>
</context>
<context>
    <name>burgernet::OfflinePlaces</name>
    <message>
        <source>Postcode area %1 (centre of %2 addresses in the register)</source>
        <translation>Postcodegebied %1 (midden van %2 adressen in het register)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>burgernet::OnlineTileLayer</name>
    <message>
        <source>%1 (offline: basemap shown)</source>
        <translation>%1 (offline: basiskaart getoond)</translation>
    </message>
</context>
<context>
    <name>burgernet::OpenActionsGuard</name>
    <message>
        <source>Actions are still open</source>
        <translation>Er staan nog acties open</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Blijven</translation>
    </message>
    <message>
        <source>&amp;Leave anyway</source>
        <translation>&amp;Toch verlaten</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <source>waiting for its closing message</source>
        <translation>wacht op het afsluitbericht</translation>
    </message>
    <message>
        <source>Action %1, %2: %3</source>
        <translation>Actie %1, %2: %3</translation>
    </message>
    <message>
        <source>Sign out with these actions still open?</source>
        <translation>Afmelden terwijl deze acties nog openstaan?</translation>
    </message>
    <message>
        <source>Quit the console with these actions still open?</source>
        <translation>De console afsluiten terwijl deze acties nog openstaan?</translation>
    </message>
    <message>
        <source>Their messages stay queued in the register; the closing messages still need to be sent by someone.</source>
        <translation>Hun berichten blijven in de wachtrij van het register; de afsluitberichten moeten nog door iemand verstuurd worden.</translation>
    </message>
</context>
<context>
    <name>burgernet::Outbox</name>
    <message>
        <source>Invalid channel or language in the outbox.</source>
        <translation>Ongeldig kanaal of ongeldige taal in de verzendwachtrij.</translation>
    </message>
    <message>
        <source>Cannot write the outbox</source>
        <translation>Kan de verzendwachtrij niet schrijven</translation>
    </message>
    <message>
        <source>Cannot claim outbox rows: %1</source>
        <translation>Kan geen berichten uit de verzendwachtrij nemen: %1</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Kan de verzendwachtrij niet lezen</translation>
    </message>
    <message>
        <source>Cannot mark outbox rows as sending</source>
        <translation>Kan berichten niet als &quot;wordt verzonden&quot; markeren</translation>
    </message>
    <message>
        <source>Cannot record send results: %1</source>
        <translation>Kan de verzendresultaten niet vastleggen: %1</translation>
    </message>
    <message>
        <source>Cannot record send results</source>
        <translation>Kan de verzendresultaten niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot record a delivery report</source>
        <translation>Kan een afleverbericht niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot recover the outbox</source>
        <translation>Kan de verzendwachtrij niet herstellen</translation>
    </message>
    <message>
        <source>Cannot change outbox rows</source>
        <translation>Kan berichten in de verzendwachtrij niet wijzigen</translation>
    </message>
    <message>
        <source>Cannot count the outbox</source>
        <translation>Kan de verzendwachtrij niet tellen</translation>
    </message>
    <message>
        <source>Cannot count earlier messages</source>
        <translation>Kan eerdere berichten niet tellen</translation>
    </message>
    <message>
        <source>Cannot hold back stale messages</source>
        <translation>Kan verouderde berichten niet tegenhouden</translation>
    </message>
    <message>
        <source>Stale messages changed while they were held back; nothing was moved.</source>
        <translation>Verouderde berichten veranderden terwijl ze werden tegengehouden; er is niets verplaatst.</translation>
    </message>
    <message>
        <source>Cannot read the channel&apos;s rate</source>
        <translation>Kan de snelheid van het kanaal niet lezen</translation>
    </message>
    <message>
        <source>Cannot write the channel&apos;s rate</source>
        <translation>Kan de snelheid van het kanaal niet schrijven</translation>
    </message>
    <message>
        <source>Cannot renew the claim on outbox rows</source>
        <translation>Kan de claim op berichten in de verzendwachtrij niet verlengen</translation>
    </message>
    <message>
        <source>Cannot hand back outbox rows</source>
        <translation>Kan berichten niet teruggeven aan de verzendwachtrij</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s clock</source>
        <translation>Kan de klok van de database niet lezen</translation>
    </message>
    <message>
        <source>Cannot mark outbox rows as uncertain</source>
        <translation>Kan berichten niet als onzeker markeren</translation>
    </message>
    <message>
        <source>Cannot read the failed messages</source>
        <translation>Kan de mislukte berichten niet lezen</translation>
    </message>
</context>
<context>
    <name>burgernet::PanTool</name>
    <message>
        <source>Pan</source>
        <translation>Verschuiven</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantCommand</name>
    <message>
        <source>One participant&apos;s record: correct fields (edit --set COLUMN=VALUE), pause, resume, unsubscribe or erase.</source>
        <translation>Het gegevensrecord van één deelnemer: velden corrigeren (edit --set KOLOM=WAARDE), pauzeren, hervatten, afmelden of wissen.</translation>
    </message>
    <message>
        <source>edit, pause, resume, unsubscribe or erase, then the external id or pseudonym</source>
        <translation>edit, pause, resume, unsubscribe of erase, dan het externe id of pseudoniem</translation>
    </message>
    <message>
        <source>edit: the new value of a column of the import format, e.g. --set mobile=06-12345678 --set home_postcode=&quot;3511 AB&quot;; an empty value clears it.</source>
        <translation>edit: de nieuwe waarde van een kolom van het importformaat, bijv. --set mobile=06-12345678 --set home_postcode=&quot;3511 AB&quot;; een lege waarde wist hem.</translation>
    </message>
    <message>
        <source>COLUMN=VALUE</source>
        <translation>KOLOM=WAARDE</translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use edit, pause, resume, unsubscribe or erase.</source>
        <translation>Onbekende of ontbrekende actie &quot;%1&quot;: gebruik edit, pause, resume, unsubscribe of erase.</translation>
    </message>
    <message>
        <source>participant %1 needs the external id or pseudonym, and nothing else.</source>
        <translation>participant %1 heeft het externe id of pseudoniem nodig, en verder niets.</translation>
    </message>
    <message>
        <source>--set belongs to participant edit.</source>
        <translation>--set hoort bij participant edit.</translation>
    </message>
    <message>
        <source>Erased %1.</source>
        <translation>%1 gewist.</translation>
    </message>
    <message>
        <source>%1: %2, status %3.</source>
        <translation>%1: %2, status %3.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row with the columns %2.</source>
        <translation>%1 is leeg: er is een kopregel met de kolommen %2 nodig.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the register: %1</source>
        <translation>Kan het register niet lezen: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; the register is unchanged.</source>
        <translation>De import is geannuleerd; het register is ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 new, %4 updated), %5 rejected, %6 superseded by a later row with the same external_id, %7 warnings; %8, separator &quot;%9&quot;</source>
        <translation>%1 rijen: %2 geïmporteerd (%3 nieuw, %4 bijgewerkt), %5 afgewezen, %6 vervangen door een latere rij met dezelfde external_id, %7 waarschuwingen; %8, scheidingsteken &quot;%9&quot;</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>No participant has the external id or pseudonym &quot;%1&quot;.</source>
        <translation>Er is geen deelnemer met het externe id of het pseudoniem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the external id of one participant and the pseudonym of another: give the pseudonym.</source>
        <translation>&quot;%1&quot; is het externe id van de ene deelnemer en het pseudoniem van een andere: geef het pseudoniem op.</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantCsvFormat</name>
    <message>
        <source>not a number (%1)</source>
        <translation>geen getal (%1)</translation>
    </message>
    <message>
        <source>outside the Netherlands (%1; %2)</source>
        <translation>buiten Nederland (%1; %2)</translation>
    </message>
    <message>
        <source>not a postcode like 1234 AB (%1)</source>
        <translation>geen postcode zoals 1234 AB (%1)</translation>
    </message>
    <message>
        <source>SA, SD and SS are not used in postcodes (%1)</source>
        <translation>SA, SD en SS worden niet gebruikt in postcodes (%1)</translation>
    </message>
    <message>
        <source>latitude 50.70 to 53.60</source>
        <translation>breedtegraad 50.70 tot en met 53.60</translation>
    </message>
    <message>
        <source>longitude 3.30 to 7.25</source>
        <translation>lengtegraad 3.30 tot en met 7.25</translation>
    </message>
    <message>
        <source>not a date like 2024-03-01 or 2024-03-01T09:30:00+01:00 (%1)</source>
        <translation>geen datum zoals 2024-03-01 of 2024-03-01T09:30:00+01:00 (%1)</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (use sms, voice, email)</source>
        <translation>onbekend kanaal &quot;%1&quot; (gebruik sms, voice, email)</translation>
    </message>
    <message>
        <source>no channel chosen (use sms, voice, email)</source>
        <translation>geen kanaal gekozen (gebruik sms, voice, email)</translation>
    </message>
    <message>
        <source>not hours like &quot;mo-fr 08:00-18:00&quot;, &quot;sa,su&quot; or &quot;always&quot; (%1)</source>
        <translation>geen tijden zoals &quot;mo-fr 08:00-18:00&quot;, &quot;sa,su&quot; of &quot;always&quot; (%1)</translation>
    </message>
    <message>
        <source>the hours start and end at the same time (%1)</source>
        <translation>de tijden beginnen en eindigen op hetzelfde moment (%1)</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantDetailsDialog</name>
    <message>
        <source>Participant %1</source>
        <translation>Deelnemer %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudoniem:</translation>
    </message>
    <message>
        <source>Registration no.:</source>
        <translation>Registratienr.:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Unsubscribed:</source>
        <translation>Afgemeld:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobiel:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Geregistreerd:</translation>
    </message>
    <message>
        <source>Consent given:</source>
        <translation>Toestemming gegeven:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode and place</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>%1–%2 (next day)</source>
        <translation>%1–%2 (volgende dag)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>voice call</source>
        <translation>spraakbericht</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantEdit</name>
    <message>
        <source>&quot;%1&quot; is not COLUMN=VALUE.</source>
        <translation>&quot;%1&quot; is geen KOLOM=WAARDE.</translation>
    </message>
    <message>
        <source>%1: no such field (the fields are %2)</source>
        <translation>%1: dat veld bestaat niet (de velden zijn %2)</translation>
    </message>
    <message>
        <source>%1: this field cannot be changed</source>
        <translation>%1: dit veld kan niet worden gewijzigd</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one COLUMN=VALUE.</source>
        <translation>Niets te wijzigen: geef minstens één KOLOM=WAARDE.</translation>
    </message>
    <message>
        <source>This participant has no external id; correct the record in the registration system and import it.</source>
        <translation>Deze deelnemer heeft geen extern id; corrigeer het record in het registratiesysteem en importeer het.</translation>
    </message>
    <message>
        <source>Cannot read the register: %1</source>
        <translation>Kan het register niet lezen: %1</translation>
    </message>
    <message>
        <source>No participant has the external id or pseudonym &quot;%1&quot;.</source>
        <translation>Geen deelnemer heeft het externe id of pseudoniem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the external id of one participant and the pseudonym of another: give the pseudonym.</source>
        <translation>&quot;%1&quot; is het externe id van de ene deelnemer en het pseudoniem van een andere: geef het pseudoniem.</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantEditorDialog</name>
    <message>
        <source>Street:</source>
        <translation>Straat:</translation>
    </message>
    <message>
        <source>House number:</source>
        <translation>Huisnummer:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Gemeente:</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Breedtegraad:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Lengtegraad:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Uren:</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Deelnemer %1 bewerken</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobiel:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Channels (sms,voice,email):</source>
        <translation>Kanalen (sms,voice,email):</translation>
    </message>
    <message>
        <source>Language (nl, en):</source>
        <translation>Taal (nl, en):</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Woonadres</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Werkadres</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Op kaart tonen</translation>
    </message>
    <message>
        <source>Every change is checked as an import row would be and recorded in the audit log (with the pseudonym and the names of the changed fields).</source>
        <translation>Elke wijziging wordt gecontroleerd zoals een importregel en vastgelegd in het auditlog (met het pseudoniem en de namen van de gewijzigde velden).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Unsubscribe %1? They get no more messages; the record is erased after the retention period.</source>
        <translation>%1 afmelden? Er komen geen berichten meer; het record wordt na de bewaartermijn gewist.</translation>
    </message>
    <message>
        <source>Erase %1 and all their data now? This cannot be undone.</source>
        <translation>%1 en al diens gegevens nu wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantIndexLoader</name>
    <message>
        <source>Cannot read the participants: %1</source>
        <translation>Kan de deelnemers niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot read the locations: %1</source>
        <translation>Kan de locaties niet lezen: %1</translation>
    </message>
    <message>
        <source>Not enough memory to load the participants into the index.</source>
        <translation>Niet genoeg geheugen om de deelnemers in de index te laden.</translation>
    </message>
    <message>
        <source>The database sent rows in an unexpected form.</source>
        <translation>De database stuurde rijen in een onverwachte vorm.</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantLayer</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRecordService</name>
    <message>
        <source>The record is not opened because the audit log cannot record the opening: %1</source>
        <translation>Het record wordt niet geopend omdat het auditlog het openen niet kan vastleggen: %1</translation>
    </message>
    <message>
        <source>The place is not shown because the audit log cannot record it: %1</source>
        <translation>De plaats wordt niet getoond omdat het auditlog dit niet kan vastleggen: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRepository</name>
    <message>
        <source>Cannot count participants: %1</source>
        <translation>Kan de deelnemers niet tellen: %1</translation>
    </message>
    <message>
        <source>Cannot read the participant register: %1</source>
        <translation>Kan het deelnemersregister niet lezen: %1</translation>
    </message>
    <message>
        <source>Participant %1 is not in the register.</source>
        <translation>Deelnemer %1 staat niet in het register.</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRowParser</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>unknown columns in the header: %1 (the columns are %2)</source>
        <translation>onbekende kolommen in de kopregel: %1 (de kolommen zijn %2)</translation>
    </message>
    <message>
        <source>columns named twice in the header: %1</source>
        <translation>dubbel genoemde kolommen in de kopregel: %1</translation>
    </message>
    <message>
        <source>mobile, phone or email</source>
        <translation>mobile, phone of email</translation>
    </message>
    <message>
        <source>home_lat and home_lon (or work_lat and work_lon)</source>
        <translation>home_lat en home_lon (of work_lat en work_lon)</translation>
    </message>
    <message>
        <source>the header lacks required columns: %1</source>
        <translation>de kopregel mist verplichte kolommen: %1</translation>
    </message>
    <message>
        <source>warning: %1 appears again on line %2; the later row counts</source>
        <translation>waarschuwing: %1 komt opnieuw voor op regel %2; de latere rij geldt</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 velden, terwijl de kopregel er %2 heeft</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>not nl or en (%1)</source>
        <translation>niet nl of en (%1)</translation>
    </message>
    <message>
        <source>not active, paused or unsubscribed (%1)</source>
        <translation>niet active, paused of unsubscribed (%1)</translation>
    </message>
    <message>
        <source>missing: status unsubscribed needs the date</source>
        <translation>ontbreekt: status unsubscribed vereist de datum</translation>
    </message>
    <message>
        <source>not an e-mail address (%1)</source>
        <translation>geen e-mailadres (%1)</translation>
    </message>
    <message>
        <source>no mobile, phone or e-mail address</source>
        <translation>geen mobiel nummer, telefoonnummer of e-mailadres</translation>
    </message>
    <message>
        <source>no address: fill in home_lat and home_lon (or work_lat and work_lon)</source>
        <translation>geen adres: vul home_lat en home_lon in (of work_lat en work_lon)</translation>
    </message>
    <message>
        <source>missing: the home address needs coordinates</source>
        <translation>ontbreekt: het huisadres vereist coördinaten</translation>
    </message>
    <message>
        <source>missing: the work address needs coordinates</source>
        <translation>ontbreekt: het werkadres vereist coördinaten</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantService</name>
    <message>
        <source>The details are not shown because the audit log cannot record the opening: %1</source>
        <translation>De gegevens worden niet getoond, omdat de auditlog het openen niet kan vastleggen: %1</translation>
    </message>
    <message>
        <source>The purge period must be at least one day.</source>
        <translation>De bewaartermijn moet minstens één dag zijn.</translation>
    </message>
    <message>
        <source>Cannot read the participant register: %1</source>
        <translation>Kan het deelnemersregister niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registratienr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantWriter</name>
    <message>
        <source>No transaction to commit.</source>
        <translation>Geen transactie om door te voeren.</translation>
    </message>
    <message>
        <source>Cannot write participants: %1</source>
        <translation>Kan de deelnemers niet schrijven: %1</translation>
    </message>
    <message>
        <source>Cannot erase the participant: %1</source>
        <translation>Kan de deelnemer niet wissen: %1</translation>
    </message>
    <message>
        <source>the connection&apos;s encoding is not UTF-8</source>
        <translation>de codering van de verbinding is geen UTF-8</translation>
    </message>
    <message>
        <source>participants.id has no sequence</source>
        <translation>participants.id heeft geen reeks</translation>
    </message>
    <message>
        <source>Cannot write participants: %1 has two %2 addresses.</source>
        <translation>Kan de deelnemers niet schrijven: %1 heeft twee %2-adressen.</translation>
    </message>
    <message>
        <source>Cannot write participants: the text of %1 holds a NUL character, which PostgreSQL cannot store.</source>
        <translation>Kan de deelnemers niet schrijven: de tekst van %1 bevat een NUL-teken, dat PostgreSQL niet kan opslaan.</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantsCommand</name>
    <message>
        <source>Columns: %1</source>
        <translation>Kolommen: %1</translation>
    </message>
    <message>
        <source>import: write the rejected rows and warnings here (default: FILE-report.csv next to FILE).</source>
        <translation>import: de afgewezen rijen en waarschuwingen hierheen schrijven (standaard: BESTAND-report.csv naast BESTAND).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>participants erase needs the external id or pseudonym.</source>
        <translation>participants erase vereist het externe id of het pseudoniem.</translation>
    </message>
    <message>
        <source>participants %1 needs the CSV file.</source>
        <translation>participants %1 vereist het CSV-bestand.</translation>
    </message>
    <message>
        <source>Import: %1 of %2 rows (%3 %)</source>
        <translation>Import: %1 van %2 rijen (%3 %)</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 updated), %4 rejected</source>
        <translation>%1 rijen: %2 geïmporteerd (%3 bijgewerkt), %4 afgewezen</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 waarschuwingen</translation>
    </message>
    <message>
        <source> — see %1</source>
        <translation> — zie %1</translation>
    </message>
    <message>
        <source>%1 participants written to %2.</source>
        <translation>%1 deelnemers geschreven naar %2.</translation>
    </message>
    <message>
        <source>Participant %1 and their addresses erased.</source>
        <translation>Deelnemer %1 en de bijbehorende adressen zijn gewist.</translation>
    </message>
    <message>
        <source>purge: participants unsubscribed more than this many days ago (default: the setting security/purgeUnsubscribedDays).</source>
        <translation>purge: deelnemers die meer dan zoveel dagen geleden zijn afgemeld (standaard: de instelling security/purgeUnsubscribedDays).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--days belongs to participants purge.</source>
        <translation>--days hoort bij participants purge.</translation>
    </message>
    <message>
        <source>--days needs a positive number.</source>
        <translation>--days vraagt om een positief getal.</translation>
    </message>
    <message>
        <source>%1 participants unsubscribed more than %2 days ago erased.</source>
        <translation>%1 deelnemers gewist die meer dan %2 dagen geleden zijn afgemeld.</translation>
    </message>
    <message>
        <source>List participants with masked contact data (list), import them from CSV (import), export them (export), erase one (erase) or purge those unsubscribed long ago (purge).</source>
        <translation>Deelnemers tonen met gemaskeerde contactgegevens (list), importeren uit CSV (import), exporteren (export), één wissen (erase) of lang geleden afgemelden opschonen (purge).</translation>
    </message>
    <message>
        <source>list, import FILE.csv, export FILE.csv, erase EXTERNAL_ID|PSEUDONYM or purge</source>
        <translation>list, import BESTAND.csv, export BESTAND.csv, erase EXTERN_ID|PSEUDONIEM of purge</translation>
    </message>
    <message>
        <source>import, list: print the summary or the rows as JSON.</source>
        <translation>import, list: de samenvatting of de rijen als JSON tonen.</translation>
    </message>
    <message>
        <source>list: only those whose name or place contains TEXT, or whose postcode or phone number starts with it.</source>
        <translation>list: alleen wie TEKST in naam of plaats heeft, of van wie postcode of telefoonnummer ermee begint.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>list: order by name (default), pseudonym, external-id, status, postcode or place.</source>
        <translation>list: sorteren op name (standaard), pseudonym, external-id, status, postcode of place.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>KOLOM</translation>
    </message>
    <message>
        <source>list: in descending order.</source>
        <translation>list: in aflopende volgorde.</translation>
    </message>
    <message>
        <source>list: start at this row (0 is the first).</source>
        <translation>list: beginnen bij deze rij (0 is de eerste).</translation>
    </message>
    <message>
        <source>list: at most this many rows (default 50, at most 10000).</source>
        <translation>list: hoogstens zoveel rijen (standaard 50, hoogstens 10000).</translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use list, import, export, erase or purge.</source>
        <translation>Onbekende of ontbrekende actie &quot;%1&quot;: gebruik list, import, export, erase of purge.</translation>
    </message>
    <message>
        <source>--%1 belongs to participants list.</source>
        <translation>--%1 hoort bij participants list.</translation>
    </message>
    <message>
        <source>participants %1 takes no further arguments.</source>
        <translation>participants %1 neemt geen verdere argumenten.</translation>
    </message>
    <message>
        <source>--report belongs to participants import.</source>
        <translation>--report hoort bij participants import.</translation>
    </message>
    <message>
        <source>--json belongs to participants import and list.</source>
        <translation>--json hoort bij participants import en list.</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;; use name, pseudonym, external-id, status, postcode or place.</source>
        <translation>--sort: onbekende kolom &quot;%1&quot;; gebruik name, pseudonym, external-id, status, postcode of place.</translation>
    </message>
    <message>
        <source>--from needs a row number, 0 or more.</source>
        <translation>--from vraagt een rijnummer, 0 of meer.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 10000.</source>
        <translation>--limit vraagt een getal van 1 tot 10000.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3.</source>
        <translation>Rijen %1 tot %2 van %3.</translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantsDock</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Search name, place, postcode or phone number</source>
        <translation>Zoek op naam, plaats, postcode of telefoonnummer</translation>
    </message>
    <message>
        <source>Only the drawn area</source>
        <translation>Alleen het getekende gebied</translation>
    </message>
    <message>
        <source>Draw an area on the map first.</source>
        <translation>Teken eerst een gebied op de kaart.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show all of this participant&apos;s data. The opening is recorded in the audit log.</source>
        <translation>Toon alle gegevens van deze deelnemer. Het openen wordt vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>You are not allowed to open participants&apos; details.</source>
        <translation>U mag de details van deelnemers niet openen.</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Register wordt gelezen…</translation>
    </message>
    <message>
        <source>Your role does not open participants&apos; details.</source>
        <translation>Uw rol opent geen gegevens van deelnemers.</translation>
    </message>
    <message>
        <source>More than %1 participants, any status</source>
        <translation>Meer dan %1 deelnemers, elke status</translation>
    </message>
    <message>
        <source>1 participant, any status</source>
        <translation>1 deelnemer, elke status</translation>
    </message>
    <message>
        <source>%1 participants, any status</source>
        <translation>%1 deelnemers, elke status</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Correct this participant&apos;s record, pause, unsubscribe or erase them. Every change is recorded in the audit log.</source>
        <translation>Het record van deze deelnemer corrigeren, pauzeren, afmelden of wissen. Elke wijziging wordt vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Op kaart tonen</translation>
    </message>
    <message>
        <source>Show this participant&apos;s addresses on the map. This is recorded in the audit log.</source>
        <translation>De adressen van deze deelnemer op de kaart tonen. Dit wordt vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Deelnemers zoeken</translation>
    </message>
</context>
<context>
    <name>burgernet::PasswordHasher</name>
    <message>
        <source>The cryptography library libsodium could not be initialised.</source>
        <translation>De cryptografiebibliotheek libsodium kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Te weinig geheugen om het wachtwoord te hashen.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Een wachtwoord heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <source>A password may not start or end with a space.</source>
        <translation>Een wachtwoord mag niet met een spatie beginnen of eindigen.</translation>
    </message>
</context>
<context>
    <name>burgernet::PasswordInput</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Kan het wachtwoordbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Geen wachtwoord op de standaardinvoer.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>burgernet::PersonalDataGuard</name>
    <message>
        <source>Audit detail &quot;%1&quot; looks like an e-mail address: the audit log takes pseudonymous ids only.</source>
        <translation>Auditdetail &quot;%1&quot; lijkt op een e-mailadres: het auditlog accepteert alleen pseudonieme id&apos;s.</translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; looks like a phone number: the audit log takes pseudonymous ids only.</source>
        <translation>Auditdetail &quot;%1&quot; lijkt op een telefoonnummer: het auditlog accepteert alleen pseudonieme id&apos;s.</translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; looks like a postcode: the audit log takes pseudonymous ids only.</source>
        <translation>Auditdetail &quot;%1&quot; lijkt op een postcode: het auditlog accepteert alleen pseudonieme id&apos;s.</translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; is personal data: the audit log takes pseudonymous ids only.</source>
        <translation>Auditdetail &quot;%1&quot; is een persoonsgegeven: het auditlog accepteert alleen pseudonieme id&apos;s.</translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; is not of the kind its service declared; the record is refused.</source>
        <translation>Auditgegeven &quot;%1&quot; is niet van de soort die de dienst opgaf; het record wordt geweigerd.</translation>
    </message>
</context>
<context>
    <name>burgernet::PgCopyIn</name>
    <message>
        <source>No COPY in progress.</source>
        <translation>Er loopt geen COPY.</translation>
    </message>
</context>
<context>
    <name>burgernet::PhoneNumbers</name>
    <message>
        <source>not a phone number (%1)</source>
        <translation>geen telefoonnummer (%1)</translation>
    </message>
    <message>
        <source>not a valid phone number (%1)</source>
        <translation>geen geldig telefoonnummer (%1)</translation>
    </message>
    <message>
        <source>not a mobile number (%1)</source>
        <translation>geen mobiel nummer (%1)</translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceFinder</name>
    <message>
        <source>No geocoding service is configured.</source>
        <translation>Er is geen geocodeerdienst ingesteld.</translation>
    </message>
    <message>
        <source>The geocoding service could not be reached.</source>
        <translation>De geocodeerdienst was niet bereikbaar.</translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceLabelLayer</name>
    <message>
        <source>Place names</source>
        <translation>Plaatsnamen</translation>
    </message>
    <message>
        <source>GeoNames (CC BY 4.0)</source>
        <translation>GeoNames (CC BY 4.0)</translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceSearchBox</name>
    <message>
        <source>%1° N %2° E</source>
        <translation>%1° NB %2° OL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>Address, postcode, place or coordinates</source>
        <translation>Adres, postcode, plaats of coördinaten</translation>
    </message>
    <message>
        <source>An address (Oudegracht 12 Utrecht), a postcode (3511 AB), a street, a place (Den Bosch, &apos;s-Gravenhage), WGS84 (52.3731, 4.8932 or 52°22&apos;23&quot;N 4°53&apos;35&quot;E) or RD (121400 487400); Enter</source>
        <translation>Een adres (Oudegracht 12 Utrecht), een postcode (3511 AB), een straat, een plaats (Den Bosch, &apos;s-Gravenhage), WGS84 (52.3731, 4.8932 of 52°22&apos;23&quot;N 4°53&apos;35&quot;E) of RD (121400 487400); Enter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Offline: from the place list and postcode centres</source>
        <translation>Offline: uit de plaatsenlijst en de postcodemiddens</translation>
    </message>
    <message>
        <source>PDOK Locatieserver</source>
        <translation>PDOK Locatieserver</translation>
    </message>
    <message>
        <source>No place or postcode &quot;%1&quot; in the offline place list (%2)</source>
        <translation>Geen plaats of postcode &quot;%1&quot; in de offline plaatsenlijst (%2)</translation>
    </message>
    <message>
        <source>PDOK Locatieserver found no address or place &quot;%1&quot;.</source>
        <translation>PDOK Locatieserver vond geen adres of plaats &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1, offline: from the place list and postcode centres</source>
        <translation>%1, offline: uit de plaatsenlijst en de postcodemiddens</translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceTable</name>
    <message>
        <source>Cannot read the place table %1: %2</source>
        <translation>Kan de plaatsentabel %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 line %2: expected 10 columns, found %3.</source>
        <translation>%1 regel %2: 10 kolommen verwacht, %3 gevonden.</translation>
    </message>
    <message>
        <source>%1 line %2: invalid coordinates.</source>
        <translation>%1 regel %2: ongeldige coördinaten.</translation>
    </message>
    <message>
        <source>The place table %1 is empty.</source>
        <translation>De plaatsentabel %1 is leeg.</translation>
    </message>
</context>
<context>
    <name>burgernet::PointTool</name>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>burgernet::PolicyDialog</name>
    <message>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <source>These settings are kept in the register and apply to every workstation that shares it. Each change is recorded in the audit log.</source>
        <translation>Deze instellingen staan in het register en gelden voor elke werkplek die het deelt. Elke wijziging wordt in het auditlog vastgelegd.</translation>
    </message>
</context>
<context>
    <name>burgernet::PolicyStore</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Kan de instellingen niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot store the setting %1: %2</source>
        <translation>Kan de instelling %1 niet opslaan: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::PolygonTool</name>
    <message>
        <source>Polygon</source>
        <translation>Veelhoek</translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>Veelhoek tekenen</translation>
    </message>
</context>
<context>
    <name>burgernet::PostcodeCentroids</name>
    <message>
        <source>Cannot compute the postcode centres: %1</source>
        <translation>Kan de postcodemiddens niet berekenen: %1</translation>
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
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Night (dark, for a dimmed room)</source>
        <translation>Nacht (donker, voor een gedimde ruimte)</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Kleuren:</translation>
    </message>
</context>
<context>
    <name>burgernet::PrepareOfflineMapDialog</name>
    <message>
        <source>Prepare offline map</source>
        <translation>Offline kaart voorbereiden</translation>
    </message>
    <message>
        <source>Downloads %1 for use without network. The tiles are kept in an MBTiles file that the map shows when the service cannot be reached.</source>
        <translation>Downloadt %1 voor gebruik zonder netwerk. De tegels worden bewaard in een MBTiles-bestand dat de kaart toont als de dienst niet bereikbaar is.</translation>
    </message>
    <message>
        <source>The visible map</source>
        <translation>De zichtbare kaart</translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Zoom levels</source>
        <translation>Zoomniveaus</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Offline map file</source>
        <translation>Bestand voor de offline kaart</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>MBTiles-bestanden (*.mbtiles)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>%1 tiles, about %2 on disk (estimate; the download takes as long as the service needs)</source>
        <translation>%1 tegels, ongeveer %2 op schijf (schatting; het downloaden duurt zo lang als de dienst nodig heeft)</translation>
    </message>
    <message>
        <source>%1 may not be downloaded for offline use: its tiles stay online only.</source>
        <translation>%1 mag niet voor offline gebruik worden gedownload: de tegels blijven alleen online.</translation>
    </message>
    <message>
        <source>More than %1 tiles: choose a smaller area or fewer zoom levels.</source>
        <translation>Meer dan %1 tegels: kies een kleiner gebied of minder zoomniveaus.</translation>
    </message>
    <message>
        <source>%1 of %2 tiles, %3</source>
        <translation>%1 van %2 tegels, %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Done: %1 is shown on the map.</source>
        <translation>Klaar: %1 wordt op de kaart getoond.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Geannuleerd; er is niets bewaard.</translation>
    </message>
    <message>
        <source>Failed; nothing was kept. %1</source>
        <translation>Mislukt; er is niets bewaard. %1</translation>
    </message>
</context>
<context>
    <name>burgernet::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Kan de map %1 niet afschermen voor anderen.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation>Kan %1 niet afschermen voor anderen: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::RdProjection</name>
    <message>
        <source>RD New (EPSG:28992) is not available: %1</source>
        <translation>RD New (EPSG:28992) is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>The point cannot be converted to or from RD New.</source>
        <translation>Het punt kan niet van of naar RD New worden omgerekend.</translation>
    </message>
</context>
<context>
    <name>burgernet::ReauthGate</name>
    <message numerus="yes">
        <source>A live send to more than %n recipient(s) needs the password again, and there is no one to ask.</source>
        <translation>
            <numerusform>Een live verzending aan meer dan %n ontvanger vraagt opnieuw om het wachtwoord, en er is niemand om het te vragen.</numerusform>
            <numerusform>Een live verzending aan meer dan %n ontvangers vraagt opnieuw om het wachtwoord, en er is niemand om het te vragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to send a LIVE message to %n recipient(s). Type your password to confirm.</source>
        <translation>
            <numerusform>U staat op het punt een LIVE bericht te verzenden aan %n ontvanger. Voer uw wachtwoord in om te bevestigen.</numerusform>
            <numerusform>U staat op het punt een LIVE bericht te verzenden aan %n ontvangers. Voer uw wachtwoord in om te bevestigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation>Het verzenden is geannuleerd.</translation>
    </message>
    <message>
        <source>The password was wrong three times; nothing was sent.</source>
        <translation>Het wachtwoord was drie keer onjuist; er is niets verzonden.</translation>
    </message>
</context>
<context>
    <name>burgernet::RecipientResolver</name>
    <message>
        <source>Cannot read the recipients: %1</source>
        <translation>Kan de ontvangers niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::RectangleTool</name>
    <message>
        <source>Draw rectangle</source>
        <translation>Rechthoek tekenen</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechthoek</translation>
    </message>
</context>
<context>
    <name>burgernet::RegisterHealthLabel</name>
    <message numerus="yes">
        <source>%n workstation(s) on the register</source>
        <translation>
            <numerusform>%n werkplek op het register</numerusform>
            <numerusform>%n werkplekken op het register</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared register answers; changes made at the other workstations show here within a second.</source>
        <translation>Het gedeelde register antwoordt; wijzigingen op de andere werkplekken verschijnen hier binnen een seconde.</translation>
    </message>
    <message>
        <source>Register connection lost at %1 — reconnecting…</source>
        <translation>Verbinding met het register verbroken om %1 — opnieuw verbinden…</translation>
    </message>
    <message>
        <source>Nothing is lost: messages being sent are written when the register answers again; a change you make now fails with a message and can be made again.</source>
        <translation>Er gaat niets verloren: berichten die worden verzonden, worden vastgelegd zodra het register weer antwoordt; een wijziging die u nu maakt, mislukt met een melding en kan opnieuw worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>burgernet::RegisterTransfers</name>
    <message>
        <source>Export participants</source>
        <translation>Deelnemers exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>burgernet::RepairConfirmDialog</name>
    <message>
        <source>Repaired area</source>
        <translation>Hersteld gebied</translation>
    </message>
    <message>
        <source>Parts: %1. Participants inside the repaired area: %2.</source>
        <translation>Delen: %1. Deelnemers in het herstelde gebied: %2.</translation>
    </message>
    <message>
        <source>Use the repaired area</source>
        <translation>Het herstelde gebied gebruiken</translation>
    </message>
    <message>
        <source>Go on editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>burgernet::ReplayLayer</name>
    <message>
        <source>Replay</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Closing message sent: %1</source>
        <translation>Afsluitbericht verstuurd: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::ReplayPanel</name>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <source>Area %1 of %2: %3 km²</source>
        <translation>Gebied %1 van %2: %3 km²</translation>
    </message>
    <message>
        <source>%1 of %2 recipients reached</source>
        <translation>%1 van %2 ontvangers bereikt</translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s)</source>
        <translation>
            <numerusform>%n tip</numerusform>
            <numerusform>%n tips</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
</context>
<context>
    <name>burgernet::ReplayStore</name>
    <message>
        <source>Replay (%1): %2</source>
        <translation>Terugblik (%1): %2</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <source>There is no action %1 to replay in %2 mode.</source>
        <translation>Er is geen actie %1 om terug te kijken in de modus %2.</translation>
    </message>
    <message>
        <source>tips</source>
        <translation>tips</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>afleveringen</translation>
    </message>
</context>
<context>
    <name>burgernet::ReportCommand</name>
    <message>
        <source>Actions: %1</source>
        <translation>Acties: %1</translation>
    </message>
    <message>
        <source>Closed urgent actions: %1; direct success %2 %, indirect %3 %</source>
        <translation>Afgesloten urgente acties: %1; direct succes %2 %, indirect %3 %</translation>
    </message>
    <message>
        <source>Closing message on time: %1 % of %2</source>
        <translation>Afsluitbericht op tijd: %1 % van %2</translation>
    </message>
    <message>
        <source>Tips: %1 (%2 useful)</source>
        <translation>Tips: %1 (%2 bruikbaar)</translation>
    </message>
    <message>
        <source>  %1: %2 messages, %3 % delivered</source>
        <translation>  %1: %2 berichten, %3 % afgeleverd</translation>
    </message>
    <message>
        <source>action: the action&apos;s number.</source>
        <translation>action: het nummer van de actie.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD, local) or moment (ISO 8601).</source>
        <translation>De eerste dag (JJJJ-MM-DD, lokaal) of het moment (ISO 8601).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD, included) or the moment after.</source>
        <translation>De laatste dag (JJJJ-MM-DD, inbegrepen) of het moment erna.</translation>
    </message>
    <message>
        <source>Only this incident type.</source>
        <translation>Alleen dit incidenttype.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only this outcome.</source>
        <translation>Alleen deze afloop.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>AFLOOP</translation>
    </message>
    <message>
        <source>Only urgent or notice.</source>
        <translation>Alleen urgent of mededeling.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>Only the actions of this user.</source>
        <translation>Alleen de acties van deze gebruiker.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>GEBRUIKER</translation>
    </message>
    <message>
        <source>A closing message later than this is late (default 60).</source>
        <translation>Een afsluitbericht later dan dit is te laat (standaard 60).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON afdrukken.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Toon CSV.</translation>
    </message>
    <message>
        <source>--closing-limit needs a number of minutes above 0.</source>
        <translation>--closing-limit vraagt een aantal minuten groter dan 0.</translation>
    </message>
    <message>
        <source>--%1 needs a day YYYY-MM-DD or an ISO 8601 moment, not &quot;%2&quot;.</source>
        <translation>--%1 vraagt een dag JJJJ-MM-DD of een ISO 8601-moment, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--to must come after --from.</source>
        <translation>--to moet na --from komen.</translation>
    </message>
    <message>
        <source>--type: unknown incident type &quot;%1&quot;.</source>
        <translation>--type: onbekend incidenttype &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--outcome: unknown outcome &quot;%1&quot;.</source>
        <translation>--outcome: onbekende afloop &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind needs urgent or notice.</source>
        <translation>--kind vraagt urgent of notice.</translation>
    </message>
    <message>
        <source>&quot;report action&quot; needs the action&apos;s number.</source>
        <translation>&quot;report action&quot; vraagt het nummer van de actie.</translation>
    </message>
    <message>
        <source>The supervisors&apos; review: statistics of a period, the actions overview, one action&apos;s report, PDF reports.</source>
        <translation>De beoordeling door leidinggevenden: statistiek van een periode, het overzicht van acties, het verslag van één actie, PDF-verslagen.</translation>
    </message>
    <message>
        <source>Action %1&apos;s report written to %2.</source>
        <translation>Verslag van actie %1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>The report of %1 actions written to %2.</source>
        <translation>Het verslag van %1 acties geschreven naar %2.</translation>
    </message>
    <message>
        <source>Only the actions made at this workstation.</source>
        <translation>Alleen de acties die op deze werkplek zijn gemaakt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>action, period: write the report as PDF to FILE.</source>
        <translation>action, period: schrijf het verslag als PDF naar BESTAND.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Use &quot;report stats&quot;, &quot;report overview&quot;, &quot;report action ID&quot; or &quot;report period --pdf FILE&quot;; see --help.</source>
        <translation>Gebruik &quot;report stats&quot;, &quot;report overview&quot;, &quot;report action ID&quot; of &quot;report period --pdf BESTAND&quot;; zie --help.</translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --pdf.</source>
        <translation>Kies één van --json, --csv en --pdf.</translation>
    </message>
    <message>
        <source>--pdf needs the file to write.</source>
        <translation>--pdf heeft het bestand nodig waarin geschreven wordt.</translation>
    </message>
    <message>
        <source>--pdf is for &quot;report action ID&quot; and &quot;report period&quot;.</source>
        <translation>--pdf is voor &quot;report action ID&quot; en &quot;report period&quot;.</translation>
    </message>
    <message>
        <source>&quot;report period&quot; needs --pdf FILE (for the figures: &quot;report stats&quot;).</source>
        <translation>&quot;report period&quot; heeft --pdf BESTAND nodig (voor de cijfers: &quot;report stats&quot;).</translation>
    </message>
</context>
<context>
    <name>burgernet::ReportPage</name>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewDock</name>
    <message>
        <source>Export the actions overview</source>
        <translation>Het overzicht van acties exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle afloop</translation>
    </message>
    <message>
        <source>Urgent and notices</source>
        <translation>Urgent en mededelingen</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Mededelingen</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Centralist</translation>
    </message>
    <message>
        <source>Training results</source>
        <translation>Oefenresultaten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>%1 actions; of %2 closed: %3 % direct success, %4 % useful information; closing message on time %5 %; %6 tips (%7 useful).</source>
        <translation>%1 acties; van %2 afgesloten: %3 % direct succes, %4 % bruikbare informatie; afsluitbericht op tijd %5 %; %6 tips (%7 bruikbaar).</translation>
    </message>
    <message>
        <source>%1 actions written to %2.</source>
        <translation>%1 acties geschreven naar %2.</translation>
    </message>
    <message>
        <source>Export the action&apos;s report</source>
        <translation>Het verslag van de actie exporteren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation>Statistiek…</translation>
    </message>
    <message>
        <source>Action PDF…</source>
        <translation>Actie-PDF…</translation>
    </message>
    <message>
        <source>The selected action&apos;s report as PDF: map, figures, timeline.</source>
        <translation>Het verslag van de gekozen actie als PDF: kaart, cijfers, tijdlijn.</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Kies eerst een actie.</translation>
    </message>
    <message>
        <source>Action %1&apos;s report written to %2.</source>
        <translation>Verslag van actie %1 geschreven naar %2.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Actions of the period</source>
        <translation>Acties in de periode</translation>
    </message>
    <message>
        <source>The selected action&apos;s report</source>
        <translation>Verslag van de gekozen actie</translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewPdf</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Burgernet Console %1 · %2 · no personal data · made %3</source>
        <translation>Burgernet Console %1 · %2 · geen persoonsgegevens · gemaakt %3</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>useful information</source>
        <translation>bruikbare informatie</translation>
    </message>
    <message>
        <source>programme %1 direct</source>
        <translation>programma %1 direct</translation>
    </message>
    <message>
        <source>programme %1 contribution</source>
        <translation>programma %1 bijdrage</translation>
    </message>
    <message>
        <source>programme %1 missing persons</source>
        <translation>programma %1 vermissingen</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Actie %1: %2</translation>
    </message>
    <message>
        <source>The PDF cannot be started.</source>
        <translation>De PDF kan niet worden begonnen.</translation>
    </message>
    <message>
        <source>TRAINING: not a live action</source>
        <translation>OEFENING: geen echte actie</translation>
    </message>
    <message>
        <source>Report of one Burgernet action for the supervisors&apos; review. Times are local. It names no participant and quotes no tip.</source>
        <translation>Verslag van één Burgernetactie voor de beoordeling door leidinggevenden. Tijden zijn lokaal. Het noemt geen deelnemer en citeert geen tip.</translation>
    </message>
    <message>
        <source>circle, radius %1 m (%2 km²)</source>
        <translation>cirkel, straal %1 m (%2 km²)</translation>
    </message>
    <message>
        <source>polygon, %1 km²</source>
        <translation>veelhoek, %1 km²</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>spoed</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>mededeling</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Incidenttype</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Centralist</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation>Alarm verstuurd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Waited for approval</source>
        <translation>Wachttijd op goedkeuring</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Recipients (alert)</source>
        <translation>Ontvangers (alarm)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Tips (useful)</source>
        <translation>Tips (bruikbaar)</translation>
    </message>
    <message>
        <source>Time to the first tip</source>
        <translation>Tijd tot de eerste tip</translation>
    </message>
    <message>
        <source>Time to the closing message</source>
        <translation>Tijd tot het afsluitbericht</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (te laat)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>The area (blue) with the places tips named: green useful, orange other (%1 of %2 tips had a place). Places: GeoNames (CC BY 4.0).</source>
        <translation>Het gebied (blauw) met de plaatsen die tips noemden: groen bruikbaar, oranje overig (%1 van %2 tips noemden een plaats). Plaatsen: GeoNames (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Delivery per channel</source>
        <translation>Aflevering per kanaal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>90 % reached after</source>
        <translation>90 % bereikt na</translation>
    </message>
    <message>
        <source>Alert recipients reached, cumulative</source>
        <translation>Ontvangers van het alarm bereikt, cumulatief</translation>
    </message>
    <message>
        <source>minutes after the alert</source>
        <translation>minuten na het alarm</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Burgernet statistics, %1</source>
        <translation>Burgernet-statistiek, %1</translation>
    </message>
    <message>
        <source>TRAINING RESULTS: never counted with live actions</source>
        <translation>OEFENRESULTATEN: nooit meegeteld met echte acties</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation>resultaat %1</translation>
    </message>
    <message>
        <source>urgent only</source>
        <translation>alleen spoed</translation>
    </message>
    <message>
        <source>notices only</source>
        <translation>alleen mededelingen</translation>
    </message>
    <message>
        <source>dispatcher %1</source>
        <translation>centralist %1</translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation>werkplek %1</translation>
    </message>
    <message>
        <source>Actions whose alert went out, by the time they were created (local time). Filter: %1. The same figures as `burgernetctl report stats`.</source>
        <translation>Acties waarvan het alarm is verstuurd, naar het moment waarop ze zijn gemaakt (lokale tijd). Filter: %1. Dezelfde cijfers als `burgernetctl report stats`.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Closed urgent actions</source>
        <translation>Afgesloten spoedacties</translation>
    </message>
    <message>
        <source>Direct success (arrest, person found)</source>
        <translation>Direct succes (aanhouding, persoon gevonden)</translation>
    </message>
    <message>
        <source>%1 (programme: about %2)</source>
        <translation>%1 (programma: ongeveer %2)</translation>
    </message>
    <message>
        <source>Useful information</source>
        <translation>Bruikbare informatie</translation>
    </message>
    <message>
        <source>%1 (programme: about %2 with a contribution)</source>
        <translation>%1 (programma: ongeveer %2 met een bijdrage)</translation>
    </message>
    <message>
        <source>Closing message on time (within %1 min)</source>
        <translation>Afsluitbericht op tijd (binnen %1 min)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Participants reached per action</source>
        <translation>Deelnemers bereikt per actie</translation>
    </message>
    <message>
        <source>%1 on average, at most %2</source>
        <translation>gemiddeld %1, hoogstens %2</translation>
    </message>
    <message>
        <source>Message fatigue (30 days)</source>
        <translation>Berichtmoeheid (30 dagen)</translation>
    </message>
    <message>
        <source>%1 of %2 alerted participants got more than %3 alerts</source>
        <translation>%1 van %2 gealarmeerde deelnemers kregen meer dan %3 alarmen</translation>
    </message>
    <message>
        <source>Actions per month, by incident type</source>
        <translation>Acties per maand, naar incidenttype</translation>
    </message>
    <message>
        <source>Actions per week, by incident type</source>
        <translation>Acties per week, naar incidenttype</translation>
    </message>
    <message>
        <source>Success by incident type</source>
        <translation>Succes naar incidenttype</translation>
    </message>
    <message>
        <source>Success by area size</source>
        <translation>Succes naar grootte van het gebied</translation>
    </message>
    <message>
        <source>Success by day of the week</source>
        <translation>Succes naar dag van de week</translation>
    </message>
    <message>
        <source>Success by hour of the day</source>
        <translation>Succes naar uur van de dag</translation>
    </message>
    <message>
        <source>Minutes to the first tip (%1 actions with tips)</source>
        <translation>Minuten tot de eerste tip (%1 acties met tips)</translation>
    </message>
    <message>
        <source>Minutes to the closing message: %1 on time</source>
        <translation>Minuten tot het afsluitbericht: %1 op tijd</translation>
    </message>
    <message>
        <source>Delivered per channel (all messages)</source>
        <translation>Afgeleverd per kanaal (alle berichten)</translation>
    </message>
    <message>
        <source>Minutes until 90 % of an alert&apos;s recipients were reached</source>
        <translation>Minuten tot 90 % van de ontvangers van een alarm bereikt was</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>afgeleverd</translation>
    </message>
    <message>
        <source>average</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>langst</translation>
    </message>
    <message>
        <source>90 % reached: average</source>
        <translation>90 % bereikt: gemiddeld</translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewStats</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewStore</name>
    <message>
        <source>Review (%1): %2</source>
        <translation>Evaluatie (%1): %2</translation>
    </message>
    <message>
        <source>There is no action %1 to review in %2 mode.</source>
        <translation>Er is geen actie %1 om te evalueren in modus %2.</translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>circle %1 m</source>
        <translation>cirkel %1 m</translation>
    </message>
    <message>
        <source>polygon %1 km²</source>
        <translation>veelhoek %1 km²</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (oefening)</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>%1 (%2 useful)</source>
        <translation>%1 (%2 bruikbaar)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Recipients per channel</source>
        <translation>Ontvangers per kanaal</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>First tip after</source>
        <translation>Eerste tip na</translation>
    </message>
    <message>
        <source>Closing after</source>
        <translation>Afsluiten na</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
</context>
<context>
    <name>burgernet::RoleNames</name>
    <message>
        <source>Dispatcher</source>
        <translation>Centralist</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Calamiteitencoördinator</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Municipal editor</source>
        <translation>Gemeentelijk redacteur</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
</context>
<context>
    <name>burgernet::SafeXml</name>
    <message>
        <source>XML with a document type declaration (DTD) is refused: it could declare entities that read files or expand without end.</source>
        <translation>XML met een documenttypedeclaratie (DTD) wordt geweigerd: die kan entiteiten declareren die bestanden lezen of eindeloos uitdijen.</translation>
    </message>
    <message>
        <source>XML with the entity reference &amp;%1; is refused.</source>
        <translation>XML met de entiteitverwijzing &amp;%1; wordt geweigerd.</translation>
    </message>
    <message>
        <source>Unreadable XML at line %1: %2</source>
        <translation>Onleesbare XML op regel %1: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::SavedAreaCommand</name>
    <message>
        <source>The area library: save an area under a name, list, export and import them (GeoJSON or KML), rename and delete.</source>
        <translation>De gebiedenbibliotheek: een gebied onder een naam opslaan, tonen, exporteren en importeren (GeoJSON of KML), hernoemen en verwijderen.</translation>
    </message>
    <message>
        <source>save NAME, list, export FILE, import FILE, rename NAME NEW or delete NAME (FILE: .geojson/.json or .kml)</source>
        <translation>save NAAM, list, export BESTAND, import BESTAND, rename NAAM NIEUW of delete NAAM (BESTAND: .geojson/.json of .kml)</translation>
    </message>
    <message>
        <source>save: a circle, centre and radius in metres.</source>
        <translation>save: een cirkel, middelpunt en straal in meters.</translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation>LAT,LON,METERS</translation>
    </message>
    <message>
        <source>save: the area of a GeoJSON file.</source>
        <translation>save: het gebied van een GeoJSON-bestand.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>save: a municipality from the register&apos;s boundaries (CBS code or name).</source>
        <translation>save: een gemeente uit de grenzen in het register (CBS-code of naam).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>save, import: replace an area of the same name.</source>
        <translation>save, import: een gebied met dezelfde naam vervangen.</translation>
    </message>
    <message>
        <source>export: only this area (repeatable; default: all).</source>
        <translation>export: alleen dit gebied (herhaalbaar; standaard: alle).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGIO</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON afdrukken.</translation>
    </message>
    <message numerus="yes">
        <source>area %1 takes %n argument(s).</source>
        <translation>
            <numerusform>area %1 neemt %n argument.</numerusform>
            <numerusform>area %1 neemt %n argumenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>area save needs one of --circle, --geojson or --municipality, and only save takes them.</source>
        <translation>area save heeft een van --circle, --geojson of --municipality nodig, en alleen save neemt ze.</translation>
    </message>
    <message>
        <source>--circle needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.</source>
        <translation>--circle heeft LAT,LON,METERS nodig, bijv. 52.3731,4.8922,5000.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (%2) in the area library of %3.</source>
        <translation>&quot;%1&quot; (%2) opgeslagen in de gebiedenbibliotheek van %3.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s)</source>
        <translation>
            <numerusform>%n gebied geïmporteerd</numerusform>
            <numerusform>%n gebieden geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 replaced)</source>
        <translation> (%1 vervangen)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1.</source>
        <translation>
            <numerusform>%n gebied geëxporteerd naar %1.</numerusform>
            <numerusform>%n gebieden geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The area library&apos;s region (default: this workstation&apos;s, workstation/region).</source>
        <translation>De regio van de gebiedenbibliotheek (standaard: die van deze werkplek, workstation/region).</translation>
    </message>
</context>
<context>
    <name>burgernet::SavedAreaRepository</name>
    <message>
        <source>The saved area &quot;%1&quot; is damaged: %2</source>
        <translation>Het opgeslagen gebied &quot;%1&quot; is beschadigd: %2</translation>
    </message>
    <message>
        <source>Cannot use the area library: %1</source>
        <translation>Kan de gebiedenbibliotheek niet gebruiken: %1</translation>
    </message>
    <message>
        <source>The area library of %1 has no area &quot;%2&quot;.</source>
        <translation>De gebiedenbibliotheek van %1 heeft geen gebied &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The area library of %1 already has an area &quot;%2&quot;.</source>
        <translation>De gebiedenbibliotheek van %1 heeft al een gebied &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>burgernet::SavedAreaService</name>
    <message>
        <source>name: an area needs a name</source>
        <translation>name: een gebied heeft een naam nodig</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>name: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the area is empty</source>
        <translation>&quot;%1&quot;: het gebied is leeg</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The area library of %1 already has an area &quot;%2&quot;.</source>
        <translation>De gebiedenbibliotheek van %1 heeft al een gebied &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioCommand</name>
    <message>
        <source>Training exercises: check a scenario file, list the bundled ones, run one with a scripted trainee.</source>
        <translation>Oefeningen: een scenariobestand controleren, de meegeleverde tonen, er een uitvoeren met een gescripte cursist.</translation>
    </message>
    <message>
        <source>The scenario file (or the name of a bundled one).</source>
        <translation>Het scenariobestand (of de naam van een meegeleverd scenario).</translation>
    </message>
    <message>
        <source>run: the trainee&apos;s scripted actions (JSON).</source>
        <translation>run: de gescripte handelingen van de cursist (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>run: times real time (1, 2, 5, ...); 0 or &quot;max&quot; (the default) as fast as the messages go out.</source>
        <translation>run: keer de echte tijd (1, 2, 5, ...); 0 of &quot;max&quot; (standaard) zo snel als de berichten uitgaan.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON tonen.</translation>
    </message>
    <message>
        <source>Use &quot;scenario check FILE&quot;, &quot;scenario list&quot; or &quot;scenario run FILE --trainee-script FILE&quot;; see --help.</source>
        <translation>Gebruik &quot;scenario check BESTAND&quot;, &quot;scenario list&quot; of &quot;scenario run BESTAND --trainee-script BESTAND&quot;; zie --help.</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%2; %n inject(s)).</source>
        <translation>
            <numerusform>%1: geldig (%2; %n inject).</numerusform>
            <numerusform>%1: geldig (%2; %n injects).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;scenario run&quot; needs --trainee-script FILE.</source>
        <translation>&quot;scenario run&quot; heeft --trainee-script BESTAND nodig.</translation>
    </message>
    <message>
        <source>--speed needs a number from 0 to 60, or max.</source>
        <translation>--speed heeft een getal van 0 tot 60 nodig, of max.</translation>
    </message>
    <message>
        <source>Exercises run in training only: add --training (and --user).</source>
        <translation>Oefeningen draaien alleen in de oefenmodus: voeg --training (en --user) toe.</translation>
    </message>
    <message>
        <source>run: whose run it is (default: the script&apos;s trainee); the run is kept for them and compared with their earlier runs of the scenario.</source>
        <translation>run: van wie de oefening is (standaard: de cursist van het script); de oefening wordt voor hem of haar bewaard en vergeleken met eerdere oefeningen van het scenario.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>run: also write the debrief as PDF.</source>
        <translation>run: de nabespreking ook als PDF schrijven.</translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioEditor</name>
    <message>
        <source>Information from caller or unit</source>
        <translation>Informatie van melder of eenheid</translation>
    </message>
    <message>
        <source>Gateway fails</source>
        <translation>Gateway valt uit</translation>
    </message>
    <message>
        <source>Gateway recovers</source>
        <translation>Gateway werkt weer</translation>
    </message>
    <message>
        <source>Participant calls back</source>
        <translation>Deelnemer belt terug</translation>
    </message>
    <message>
        <source>Supervisor asks for an update</source>
        <translation>Chef van dienst vraagt om een stand van zaken</translation>
    </message>
    <message>
        <source>Person found</source>
        <translation>Persoon gevonden</translation>
    </message>
    <message>
        <source>Scenario editor (TRAINING)</source>
        <translation>Scenario-editor (TRAINING)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>True path</source>
        <translation>Ware pad</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What participants who call back say, one text a line.</source>
        <translation>Wat terugbellende deelnemers zeggen, één tekst per regel.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Samenvatting:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Tijdstip:</translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation>Eindigt na:</translation>
    </message>
    <message>
        <source>Caller&apos;s account:</source>
        <translation>Verhaal van de melder:</translation>
    </message>
    <message>
        <source>Call-back texts:</source>
        <translation>Teksten van terugmeldingen:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geslacht:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Leeftijd:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Lengte:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Postuur:</translation>
    </message>
    <message>
        <source>Clothing:</source>
        <translation>Kleding:</translation>
    </message>
    <message>
        <source>Particulars:</source>
        <translation>Bijzonderheden:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <source>Person as the caller describes them</source>
        <translation>Persoon zoals de melder die beschrijft</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>Merk:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Kleur:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>Kenteken:</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Voertuig</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <source>Judged on: criteria separated by commas, a time limit in minutes after the first-send-within and closing-message criteria, e.g. &quot;first-send-within 5, path-coverage&quot;. Criteria: %1.</source>
        <translation>Beoordeeld op: criteria gescheiden door komma&apos;s, een tijdslimiet in minuten na de criteria first-send-within en closing-message, bijv. &quot;first-send-within 5, path-coverage&quot;. Criteria: %1.</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Leerdoel toevoegen</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Leerdoel verwijderen</translation>
    </message>
    <message>
        <source>T+minutes</source>
        <translation>T+minuten</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>the next point of the path</source>
        <translation>het volgende punt van het pad</translation>
    </message>
    <message>
        <source>the incident&apos;s location</source>
        <translation>de plaats van het incident</translation>
    </message>
    <message>
        <source>Remove last point</source>
        <translation>Laatste punt verwijderen</translation>
    </message>
    <message>
        <source>Show the whole path</source>
        <translation>Het hele pad tonen</translation>
    </message>
    <message>
        <source>A click on the map sets:</source>
        <translation>Een klik op de kaart zet:</translation>
    </message>
    <message>
        <source>Minutes between points:</source>
        <translation>Minuten tussen punten:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Update expected</source>
        <translation>Update verwacht</translation>
    </message>
    <message>
        <source>A call-back or the person found takes place on the true path at its minute. A gateway&apos;s failure and recovery name the channel (sms, voice, email, …).</source>
        <translation>Een terugmelding of het vinden van de persoon krijgt de plek op het ware pad op die minuut. Uitval en herstel van een gateway noemen het kanaal (sms, voice, email, …).</translation>
    </message>
    <message>
        <source>Add inject</source>
        <translation>Inject toevoegen</translation>
    </message>
    <message>
        <source>Remove inject</source>
        <translation>Inject verwijderen</translation>
    </message>
    <message>
        <source>click on the map</source>
        <translation>klik op de kaart</translation>
    </message>
    <message>
        <source>I think I just saw the person from the message.</source>
        <translation>Ik denk dat ik net de persoon uit het bericht zag.</translation>
    </message>
    <message>
        <source>A new scenario: fill in the incident, click the path on the map, add goals and injects.</source>
        <translation>Een nieuw scenario: vul het incident in, klik het pad op de kaart, voeg leerdoelen en injects toe.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 (%n inject(s)).</source>
        <translation>
            <numerusform>Geldig: %1 (%n inject).</numerusform>
            <numerusform>Geldig: %1 (%n injects).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation>%1 opgeslagen: %2.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Een scenario openen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenario&apos;s (*.json)</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Het scenario opslaan</translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioLoader</name>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>moet een tekst zijn die niet leeg is</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>moet een getal van %1 tot %2 zijn</translation>
    </message>
    <message numerus="yes">
        <source>must be a list of at least %n item(s)</source>
        <translation>
            <numerusform>moet een lijst zijn van minstens %n element</numerusform>
            <numerusform>moet een lijst zijn van minstens %n elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is geen bekend veld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is niet een van %2</translation>
    </message>
    <message>
        <source>must be [latitude, longitude]</source>
        <translation>moet [breedtegraad, lengtegraad] zijn</translation>
    </message>
    <message>
        <source>must be a time as HH:MM, e.g. 14:30</source>
        <translation>moet een tijd zijn als UU:MM, bijvoorbeeld 14:30</translation>
    </message>
    <message>
        <source>a person or a vehicle must be described</source>
        <translation>er moet een persoon of een voertuig beschreven zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel</source>
        <translation>&quot;%1&quot; is geen kanaal</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must not be less than delayMinMinutes</source>
        <translation>mag niet kleiner zijn dan delayMinMinutes</translation>
    </message>
    <message>
        <source>must hold one of circle, corridor or polygon</source>
        <translation>moet precies een van circle, corridor of polygon bevatten</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>regel %1: geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>een scenario moet een JSON-object zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; komt twee keer voor</translation>
    </message>
    <message>
        <source>must be later than the point before it</source>
        <translation>moet later zijn dan het punt ervoor</translation>
    </message>
    <message>
        <source>injects must be in the order of their minutes</source>
        <translation>injects moeten op volgorde van hun minuut staan</translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioMap</name>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>burgernet::SeedWorker</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Tile %1/%2/%3 could not be downloaded: %4</source>
        <translation>Tegel %1/%2/%3 kon niet worden gedownload: %4</translation>
    </message>
    <message>
        <source>Cannot move the finished file to %1.</source>
        <translation>Kan het voltooide bestand niet verplaatsen naar %1.</translation>
    </message>
</context>
<context>
    <name>burgernet::SenderRate</name>
    <message>
        <source>Messages per second</source>
        <translation>Berichten per seconde</translation>
    </message>
    <message>
        <source>As agreed with the gateway&apos;s operator: dispatch never sends faster. 0 keeps the sender&apos;s default.</source>
        <translation>Zoals afgesproken met de beheerder van de gateway: er wordt nooit sneller verzonden. 0 houdt de standaardwaarde van de verzender.</translation>
    </message>
</context>
<context>
    <name>burgernet::SenderRegistry</name>
    <message>
        <source>built for sender interface version %1, but this console needs version %2; rebuild the plugin against this console&apos;s ChannelSender.h</source>
        <translation>gebouwd voor versie %1 van de verzenderinterface, maar deze console heeft versie %2 nodig; bouw de plug-in opnieuw tegen de ChannelSender.h van deze console</translation>
    </message>
    <message>
        <source>not a Burgernet sender plugin (interface &quot;%1&quot;)</source>
        <translation>geen Burgernet-verzenderplug-in (interface &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>not a Qt plugin: %1</source>
        <translation>geen Qt-plug-in: %1</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>the plugin has no sender id</source>
        <translation>de plug-in heeft geen verzender-id</translation>
    </message>
    <message>
        <source>a sender with the id &quot;%1&quot; is already installed</source>
        <translation>er is al een verzender met de id &quot;%1&quot; geïnstalleerd</translation>
    </message>
    <message>
        <source>only the built-in simulated sender may declare that it reaches nobody</source>
        <translation>alleen de ingebouwde gesimuleerde verzender mag verklaren dat hij niemand bereikt</translation>
    </message>
    <message>
        <source>Training mode can only use the simulated sender, not &quot;%1&quot;.</source>
        <translation>De oefenmodus kan alleen de gesimuleerde verzender gebruiken, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No sender &quot;%1&quot; is installed.</source>
        <translation>Er is geen verzender &quot;%1&quot; geïnstalleerd.</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; could not be created with these settings.</source>
        <translation>De verzender &quot;%1&quot; kon met deze instellingen niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>only the built-in simulated sender may serve every channel</source>
        <translation>alleen de ingebouwde gesimuleerde verzender mag elk kanaal bedienen</translation>
    </message>
    <message>
        <source>the sender &quot;%1&quot; names no channel</source>
        <translation>de verzender &quot;%1&quot; noemt geen kanaal</translation>
    </message>
    <message>
        <source>the sender &quot;%1&quot; adds the channel &quot;%2&quot; without a name</source>
        <translation>de verzender &quot;%1&quot; voegt het kanaal &quot;%2&quot; toe zonder naam</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; serves every channel: say which.</source>
        <translation>De verzender &quot;%1&quot; bedient elk kanaal: zeg welk.</translation>
    </message>
</context>
<context>
    <name>burgernet::SenderService</name>
    <message>
        <source>Your role may not manage senders.</source>
        <translation>Uw rol mag geen verzenders beheren.</translation>
    </message>
    <message>
        <source>No sender &quot;%1&quot; is installed.</source>
        <translation>Er is geen verzender &quot;%1&quot; geïnstalleerd.</translation>
    </message>
    <message>
        <source>Test message from Burgernet Console</source>
        <translation>Testbericht van Burgernet Console</translation>
    </message>
    <message>
        <source>Test message from Burgernet Console. No action needed.</source>
        <translation>Testbericht van Burgernet Console. U hoeft niets te doen.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not configured: %2 missing.</source>
        <translation>De verzender &quot;%1&quot; is niet ingesteld: %2 ontbreekt.</translation>
    </message>
</context>
<context>
    <name>burgernet::SenderSettingsForm</name>
    <message>
        <source>stored (leave empty to keep)</source>
        <translation>opgeslagen (leeg laten om te behouden)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <source>Certificates are not checked: anyone on the network path can read and change what this sender sends. Only for test gateways; the change is recorded.</source>
        <translation>Certificaten worden niet gecontroleerd: iedereen op het netwerkpad kan lezen en wijzigen wat deze verzender verstuurt. Alleen voor testgateways; de wijziging wordt vastgelegd.</translation>
    </message>
</context>
<context>
    <name>burgernet::SendersDialog</name>
    <message>
        <source>one message per participant</source>
        <translation>één bericht per deelnemer</translation>
    </message>
    <message>
        <source>one message for the area</source>
        <translation>één bericht voor het gebied</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>afgeleverd</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>tijdelijke storing</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>uncertain (the answer was lost)</source>
        <translation>onzeker (het antwoord ging verloren)</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Verzenders</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Secrets are kept in: %1</source>
        <translation>Geheimen worden bewaard in: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>an encrypted file (no keychain runs)</source>
        <translation>een versleuteld bestand (er draait geen sleutelbos)</translation>
    </message>
    <message>
        <source>Plugins not loaded:
%1</source>
        <translation>Niet geladen plug-ins:
%1</translation>
    </message>
    <message>
        <source>Training mode: only the simulated sender exists.</source>
        <translation>Oefenmodus: alleen de gesimuleerde verzender bestaat.</translation>
    </message>
    <message>
        <source>Check health</source>
        <translation>Status controleren</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <source>Your own number or address for a test message</source>
        <translation>Uw eigen nummer of adres voor een testbericht</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testbericht versturen</translation>
    </message>
    <message>
        <source>Your role may look at the senders but not change them.</source>
        <translation>Uw rol mag de verzenders bekijken maar niet wijzigen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Health: %1 — %2</source>
        <translation>Status: %1 — %2</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testbericht wordt verstuurd…</translation>
    </message>
    <message>
        <source>Test message: %1</source>
        <translation>Testbericht: %1</translation>
    </message>
    <message>
        <source>every channel, reaching nobody</source>
        <translation>elk kanaal, bereikt niemand</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle kanalen</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwoordt</translation>
    </message>
    <message>
        <source>answers with errors</source>
        <translation>antwoordt met fouten</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>antwoordt niet</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>burgernet::SessionServices</name>
    <message>
        <source>The console is busy; send the tip again.</source>
        <translation>De console is bezig; stuur de tip opnieuw.</translation>
    </message>
</context>
<context>
    <name>burgernet::SettingsCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer als JSON.</translation>
    </message>
    <message>
        <source>The policy (values and ranges) and this user&apos;s settings; set a policy value.</source>
        <translation>Het beleid (waarden en bereiken) en de instellingen van deze gebruiker; een beleidswaarde instellen.</translation>
    </message>
    <message>
        <source>nothing to list, or set KEY VALUE</source>
        <translation>niets om te tonen, of set SLEUTEL WAARDE</translation>
    </message>
    <message>
        <source>Use &quot;settings&quot; to list, or &quot;settings set KEY VALUE&quot;.</source>
        <translation>Gebruik &quot;settings&quot; om te tonen, of &quot;settings set SLEUTEL WAARDE&quot;.</translation>
    </message>
    <message>
        <source>Policy, kept in the register for every workstation that shares it (change with: burgernetctl --user NAME settings set KEY VALUE):</source>
        <translation>Beleid, in het register voor elke werkplek die het deelt (wijzigen met: burgernetctl --user NAAM settings set SLEUTEL WAARDE):</translation>
    </message>
    <message>
        <source>(%1..%2, default %3)</source>
        <translation>(%1..%2, standaard %3)</translation>
    </message>
    <message>
        <source>This user&apos;s settings, stored in %1:</source>
        <translation>Instellingen van deze gebruiker, opgeslagen in %1:</translation>
    </message>
    <message>
        <source>Unknown policy key &quot;%1&quot;; the keys are: %2.</source>
        <translation>Onbekende beleidssleutel &quot;%1&quot;; de sleutels zijn: %2.</translation>
    </message>
    <message>
        <source>%1 needs a whole number between %2 and %3.</source>
        <translation>%1 vraagt een geheel getal tussen %2 en %3.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
</context>
<context>
    <name>burgernet::SettingsService</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use auto, nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik auto, nl of en.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>No register is open: the policy settings are kept there.</source>
        <translation>Er is geen register geopend: daar staan de beleidsinstellingen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 in live mode.</source>
        <translation>%1 moet in de live-modus tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <source>%1 must be more than %2 (%3).</source>
        <translation>%1 moet groter zijn dan %2 (%3).</translation>
    </message>
    <message>
        <source>%1 must be less than %2 (%3).</source>
        <translation>%1 moet kleiner zijn dan %2 (%3).</translation>
    </message>
</context>
<context>
    <name>burgernet::SignInDialog</name>
    <message>
        <source>Sign in — Burgernet Console</source>
        <translation>Aanmelden — Burgernet Console</translation>
    </message>
    <message>
        <source>Live — messages reach real participants</source>
        <translation>Live — berichten bereiken echte deelnemers</translation>
    </message>
    <message>
        <source>Training — its own register, simulated senders only</source>
        <translation>Oefening — eigen register, alleen gesimuleerde verzenders</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>OEFENING</translation>
    </message>
</context>
<context>
    <name>burgernet::SignInFlow</name>
    <message>
        <source>This register has no accounts. Add the administrator with &quot;burgernetctl user add NAME --role administrator&quot; or start the console once with a screen to create it.</source>
        <translation>Dit register heeft geen accounts. Voeg de beheerder toe met &quot;burgernetctl user add NAAM --role administrator&quot; of start de console eenmaal met een scherm om die aan te maken.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Kan het wachtwoordbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Sign in with --user and --password-file (this register has no demo accounts).</source>
        <translation>Meld aan met --user en --password-file (dit register heeft geen demo-accounts).</translation>
    </message>
</context>
<context>
    <name>burgernet::SignInService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Onjuiste gebruikersnaam of wachtwoord.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Dit account is uitgeschakeld. Vraag het een beheerder.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts until %1. An administrator can unlock it sooner.</source>
        <translation>Dit account is na te veel mislukte pogingen vergrendeld tot %1. Een beheerder kan het eerder ontgrendelen.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wacht %n seconde voordat u het opnieuw probeert.</numerusform>
            <numerusform>Wacht %n seconden voordat u het opnieuw probeert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Onjuist wachtwoord. Het account is nu %n minuut vergrendeld.</numerusform>
            <numerusform>Onjuist wachtwoord. Het account is nu %n minuten vergrendeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts at this workstation. Try again after %1.</source>
        <translation>Te veel mislukte pogingen op deze werkplek. Probeer het opnieuw na %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. This workstation refuses the name for %n minute(s).</source>
        <translation>
            <numerusform>Onjuiste gebruikersnaam of wachtwoord. Deze werkplek weigert de naam %n minuut.</numerusform>
            <numerusform>Onjuiste gebruikersnaam of wachtwoord. Deze werkplek weigert de naam %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in cannot be recorded in the audit log, so it is refused: %1</source>
        <translation>De aanmelding kan niet in het auditlog worden vastgelegd en wordt daarom geweigerd: %1</translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Nothing was counted against the account; try again when more memory is free.</source>
        <translation>Niet genoeg geheugen om het wachtwoord te controleren. Er is niets tegen het account geteld; probeer het opnieuw als er meer geheugen vrij is.</translation>
    </message>
</context>
<context>
    <name>burgernet::SignInThrottle</name>
    <message>
        <source>Cannot read the failed sign-ins: %1</source>
        <translation>Kan de mislukte aanmeldingen niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot count the failed sign-in: %1</source>
        <translation>Kan de mislukte aanmelding niet tellen: %1</translation>
    </message>
    <message>
        <source>Cannot reset the failed sign-ins: %1</source>
        <translation>Kan de mislukte aanmeldingen niet terugzetten: %1</translation>
    </message>
</context>
<context>
    <name>burgernet::SigningKey</name>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>Kan de ondertekeningssleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write the signing key %1: %2</source>
        <translation>Kan de ondertekeningssleutel %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Kan de publieke sleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a Burgernet audit public key (expected a line starting with &quot;%2&quot;).</source>
        <translation>%1 is geen publieke sleutel voor een Burgernet-auditlog (verwacht: een regel die begint met &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The public key in %1 has the wrong length.</source>
        <translation>De publieke sleutel in %1 heeft de verkeerde lengte.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not a Burgernet audit signing key.</source>
        <translation>Dit is geen Burgernet-ondertekeningssleutel voor het auditlog.</translation>
    </message>
    <message>
        <source>The signing key is damaged.</source>
        <translation>De ondertekeningssleutel is beschadigd.</translation>
    </message>
</context>
<context>
    <name>burgernet::SimulatedSender</name>
    <message>
        <source>Simulated sender (training)</source>
        <translation>Gesimuleerde verzender (oefening)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Vertraging (ms)</translation>
    </message>
    <message>
        <source>How long each send takes.</source>
        <translation>Hoe lang elke verzending duurt.</translation>
    </message>
    <message>
        <source>Temporary failures (%)</source>
        <translation>Tijdelijke storingen (%)</translation>
    </message>
    <message>
        <source>Share of sends that fail and may be retried.</source>
        <translation>Aandeel verzendingen dat mislukt en opnieuw mag worden geprobeerd.</translation>
    </message>
    <message>
        <source>Permanent failures (%)</source>
        <translation>Blijvende fouten (%)</translation>
    </message>
    <message>
        <source>Share of sends that fail for good.</source>
        <translation>Aandeel verzendingen dat definitief mislukt.</translation>
    </message>
    <message>
        <source>Delivery reports (%)</source>
        <translation>Afleverrapporten (%)</translation>
    </message>
    <message>
        <source>Share of sent messages that get a delivery report.</source>
        <translation>Aandeel verzonden berichten dat een afleverrapport krijgt.</translation>
    </message>
    <message>
        <source>Delivery report delay (ms)</source>
        <translation>Vertraging afleverrapport (ms)</translation>
    </message>
    <message>
        <source>Time between sending and the delivery report.</source>
        <translation>Tijd tussen verzenden en het afleverrapport.</translation>
    </message>
    <message>
        <source>Replies (%)</source>
        <translation>Antwoorden (%)</translation>
    </message>
    <message>
        <source>Share of delivered messages that get a simulated reply.</source>
        <translation>Aandeel afgeleverde berichten dat een gesimuleerd antwoord krijgt.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwaarde toeval</translation>
    </message>
    <message>
        <source>0 varies every run; any other number repeats the same outcomes.</source>
        <translation>0 varieert bij elke run; elk ander getal herhaalt dezelfde uitkomsten.</translation>
    </message>
    <message>
        <source>Simulated temporary failure</source>
        <translation>Gesimuleerde tijdelijke storing</translation>
    </message>
    <message>
        <source>Simulated permanent failure</source>
        <translation>Gesimuleerde blijvende fout</translation>
    </message>
    <message>
        <source>Simulated: reaches nobody</source>
        <translation>Gesimuleerd: bereikt niemand</translation>
    </message>
    <message>
        <source>Simulated gateway could not record the message (disk full?)</source>
        <translation>Gesimuleerde gateway kon het bericht niet vastleggen (schijf vol?)</translation>
    </message>
</context>
<context>
    <name>burgernet::SmtpEmailSender</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SMTPS.</source>
        <translation>587 voor STARTTLS, 465 voor SMTPS.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>&quot;none&quot; only for a relay on this machine.</source>
        <translation>&quot;none&quot; alleen voor een relay op deze computer.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Afzendernaam</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-certificaten controleren</translation>
    </message>
    <message>
        <source>Turn off only for a test server; the change is recorded.</source>
        <translation>Alleen uitzetten voor een testserver; de wijziging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>A site&apos;s own certificate authority, in PEM.</source>
        <translation>De eigen certificaatautoriteit van de organisatie, in PEM.</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Time-out (ms)</translation>
    </message>
    <message>
        <source>The participant has no e-mail address.</source>
        <translation>De deelnemer heeft geen e-mailadres.</translation>
    </message>
    <message>
        <source>SMTP %1: %2</source>
        <translation>SMTP %1: %2</translation>
    </message>
    <message>
        <source>SMTP server answers</source>
        <translation>SMTP-server antwoordt</translation>
    </message>
</context>
<context>
    <name>burgernet::SocialSender</name>
    <message>
        <source>Social media (Mastodon)</source>
        <translation>Sociale media (Mastodon)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The Mastodon-compatible server, e.g. https://social.example.nl.</source>
        <translation>De Mastodon-compatibele server, bijv. https://social.example.nl.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Toegangstoken</translation>
    </message>
    <message>
        <source>An application token with the write:statuses scope.</source>
        <translation>Een applicatietoken met de scope write:statuses.</translation>
    </message>
    <message>
        <source>Information page</source>
        <translation>Informatiepagina</translation>
    </message>
    <message>
        <source>Linked from every post.</source>
        <translation>Vanuit elk bericht gelinkt.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-certificaten controleren</translation>
    </message>
    <message>
        <source>Turn off only for a test server; the change is recorded.</source>
        <translation>Alleen uitzetten voor een testserver; de wijziging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Time-out (ms)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>a postcode with a house number</source>
        <translation>een postcode met huisnummer</translation>
    </message>
    <message>
        <source>The text seems to contain %1; public posts never carry personal data.</source>
        <translation>De tekst lijkt %1 te bevatten; openbare berichten bevatten nooit persoonsgegevens.</translation>
    </message>
</context>
<context>
    <name>burgernet::StatisticsCharts</name>
    <message>
        <source>TRAINING: %1</source>
        <translation>OEFENING: %1</translation>
    </message>
    <message>
        <source>Actions per month, by incident type</source>
        <translation>Acties per maand, naar incidenttype</translation>
    </message>
    <message>
        <source>Actions per week, by incident type</source>
        <translation>Acties per week, naar incidenttype</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Direct %</source>
        <translation>Direct %</translation>
    </message>
    <message>
        <source>Useful information %</source>
        <translation>Bruikbare info %</translation>
    </message>
    <message>
        <source>% of closed</source>
        <translation>% van afgesloten</translation>
    </message>
    <message>
        <source>Programme %1 %</source>
        <translation>Programma %1 %</translation>
    </message>
    <message>
        <source>Programme %1 % missing</source>
        <translation>Programma %1 % vermissing</translation>
    </message>
    <message>
        <source>Message fatigue: %1 % of the %2 participants alerted in the last 30 days got more than %3 alerts</source>
        <translation>Berichtmoeheid: %1 % van de %2 deelnemers die de laatste 30 dagen een alarm kregen, kregen er meer dan %3</translation>
    </message>
    <message>
        <source>At most %1 alerts</source>
        <translation>Hoogstens %1 alarmen</translation>
    </message>
    <message>
        <source>More than %1 alerts</source>
        <translation>Meer dan %1 alarmen</translation>
    </message>
</context>
<context>
    <name>burgernet::StatisticsDashboard</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiek</translation>
    </message>
    <message>
        <source>Export the period&apos;s report</source>
        <translation>Het verslag van de periode exporteren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>TRAINING RESULTS: never counted with live actions</source>
        <translation>OEFENRESULTATEN: nooit meegeteld met echte acties</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>Training results</source>
        <translation>Oefenresultaten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Success by hour</source>
        <translation>Succes per uur</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Tips and closing</source>
        <translation>Tips en afsluiting</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Aflevering</translation>
    </message>
    <message>
        <source>Reach and fatigue</source>
        <translation>Bereik en moeheid</translation>
    </message>
    <message>
        <source>%1 actions. Of %2 closed urgent actions: %3 % direct success, %4 % useful information (programme: about 10 % and 40 %). Closing message on time: %5 % of %6. Participants reached: %7 per action on average. Message fatigue: %8 % got more than %9 alerts in 30 days.</source>
        <translation>%1 acties. Van %2 afgesloten spoedacties: %3 % direct succes, %4 % bruikbare informatie (programma: ongeveer 10 % en 40 %). Afsluitbericht op tijd: %5 % van %6. Deelnemers bereikt: gemiddeld %7 per actie. Berichtmoeheid: %8 % kreeg meer dan %9 alarmen in 30 dagen.</translation>
    </message>
    <message>
        <source>Success by incident type</source>
        <translation>Succes naar incidenttype</translation>
    </message>
    <message>
        <source>Success by area size</source>
        <translation>Succes naar grootte van het gebied</translation>
    </message>
    <message>
        <source>Success by hour of the day</source>
        <translation>Succes naar uur van de dag</translation>
    </message>
    <message>
        <source>Success by day of the week</source>
        <translation>Succes naar dag van de week</translation>
    </message>
    <message>
        <source>Time to the first tip (%1 actions with tips)</source>
        <translation>Tijd tot de eerste tip (%1 acties met tips)</translation>
    </message>
    <message>
        <source>Time to the closing message: %1 % on time (within %2 minutes)</source>
        <translation>Tijd tot het afsluitbericht: %1 % op tijd (binnen %2 minuten)</translation>
    </message>
    <message>
        <source>Delivery rate per channel (all messages)</source>
        <translation>Afleverpercentage per kanaal (alle berichten)</translation>
    </message>
    <message>
        <source>Delivered %</source>
        <translation>Afgeleverd %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Time until 90 % of the alert&apos;s recipients were reached</source>
        <translation>Tijd tot 90 % van de ontvangers van het alarm bereikt was</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Langst</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Participants reached per action (average %1, most %2)</source>
        <translation>Deelnemers bereikt per actie (gemiddeld %1, hoogstens %2)</translation>
    </message>
    <message>
        <source>The period&apos;s report (%1 actions) written to %2.</source>
        <translation>Het verslag van de periode (%1 acties) geschreven naar %2.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot en met</translation>
    </message>
</context>
<context>
    <name>burgernet::TemplateCommand</name>
    <message>
        <source>Message templates: list, show, set.</source>
        <translation>Berichtsjablonen: list, show, set.</translation>
    </message>
    <message>
        <source>list, show LANG NAME or set LANG NAME FILE</source>
        <translation>list, show TAAL NAAM of set TAAL NAAM BESTAND</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON afdrukken.</translation>
    </message>
    <message>
        <source>Use &quot;template list&quot;, &quot;template show LANG NAME&quot; or &quot;template set LANG NAME FILE&quot;.</source>
        <translation>Gebruik &quot;template list&quot;, &quot;template show TAAL NAAM&quot; of &quot;template set TAAL NAAM BESTAND&quot;.</translation>
    </message>
    <message>
        <source>	(replaced)</source>
        <translation>	(vervangen)</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot; in language &quot;%2&quot;.</source>
        <translation>Er is geen sjabloon &quot;%1&quot; in de taal &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: a template needs a text.</source>
        <translation>Het bestand %1 is leeg: een sjabloon heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>Template %1/%2 replaced.</source>
        <translation>Sjabloon %1/%2 vervangen.</translation>
    </message>
</context>
<context>
    <name>burgernet::TemplateService</name>
    <message>
        <source>There is no template &quot;%1&quot; in language &quot;%2&quot;.</source>
        <translation>Er is geen sjabloon &quot;%1&quot; in taal &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>burgernet::TextChecks</name>
    <message>
        <source>&quot;%1&quot; states or suggests an offence; describe the person or vehicle instead.</source>
        <translation>&quot;%1&quot; noemt of suggereert een strafbaar feit; beschrijf in plaats daarvan de persoon of het voertuig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an abbreviation; write it out (a voice reads it letter by letter).</source>
        <translation>&quot;%1&quot; is een afkorting; schrijf die voluit (een spraakstem leest haar letter voor letter).</translation>
    </message>
    <message>
        <source>The text contains an e-mail address (personal data).</source>
        <translation>De tekst bevat een e-mailadres (persoonsgegeven).</translation>
    </message>
    <message>
        <source>The text contains a phone number (personal data); the call-back number is added by the template.</source>
        <translation>De tekst bevat een telefoonnummer (persoonsgegeven); het terugbelnummer voegt het sjabloon zelf toe.</translation>
    </message>
    <message>
        <source>The text contains a postcode (personal data of a resident).</source>
        <translation>De tekst bevat een postcode (persoonsgegeven van een bewoner).</translation>
    </message>
    <message>
        <source>A registration plate belongs in the vehicle&apos;s plate field.</source>
        <translation>Een kenteken hoort in het kentekenveld van het voertuig.</translation>
    </message>
    <message>
        <source>A missing person may only be sought with the family&apos;s consent.</source>
        <translation>Naar een vermiste persoon mag alleen met toestemming van de familie worden gezocht.</translation>
    </message>
</context>
<context>
    <name>burgernet::TextFileEncoding</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-32 text; save it as CSV in UTF-8 (or UTF-16) and import that.</source>
        <translation>%1 is UTF-32-tekst; sla het op als CSV in UTF-8 (of UTF-16) en importeer dat.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (an .xlsx or .ods workbook?), not CSV text; save the sheet as CSV and import that.</source>
        <translation>%1 is een ZIP-archief (een .xlsx- of .ods-werkmap?), geen CSV-tekst; sla het blad op als CSV en importeer dat.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), not CSV text; save the sheet as CSV and import that.</source>
        <translation>%1 is een Excel 97-2003-werkmap (.xls), geen CSV-tekst; sla het blad op als CSV en importeer dat.</translation>
    </message>
    <message>
        <source>%1 holds zero bytes: it is a binary file, not CSV text in UTF-8, UTF-16 or Windows-1252.</source>
        <translation>%1 bevat nulbytes: het is een binair bestand, geen CSV-tekst in UTF-8, UTF-16 of Windows-1252.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-16 near byte %2.</source>
        <translation>%1 is geen geldige UTF-16 bij byte %2.</translation>
    </message>
</context>
<context>
    <name>burgernet::TextRules</name>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation>langer dan %1 tekens (%2)</translation>
    </message>
    <message>
        <source>a control character (U+%1) at position %2</source>
        <translation>een stuurteken (U+%1) op positie %2</translation>
    </message>
    <message>
        <source>a bidirectional text control (U+%1) at position %2</source>
        <translation>een teken voor tekstrichting (U+%1) op positie %2</translation>
    </message>
    <message>
        <source>a noncharacter (U+%1) at position %2</source>
        <translation>een niet-teken (U+%1) op positie %2</translation>
    </message>
    <message>
        <source>half of a character (U+%1) at position %2</source>
        <translation>een half teken (U+%1) op positie %2</translation>
    </message>
</context>
<context>
    <name>burgernet::TileLoader</name>
    <message>
        <source>not an image</source>
        <translation>geen afbeelding</translation>
    </message>
</context>
<context>
    <name>burgernet::TileSource</name>
    <message>
        <source>Kaartgegevens © Kadaster</source>
        <translation>Kaartgegevens © Kadaster</translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (standaard)</source>
        <translation>PDOK BRT-Achtergrondkaart (standaard)</translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (grijs)</source>
        <translation>PDOK BRT-Achtergrondkaart (grijs)</translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (pastel)</source>
        <translation>PDOK BRT-Achtergrondkaart (pastel)</translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (water)</source>
        <translation>PDOK BRT-Achtergrondkaart (water)</translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-bijdragers</translation>
    </message>
    <message>
        <source>Custom tiles</source>
        <translation>Eigen tegels</translation>
    </message>
</context>
<context>
    <name>burgernet::TipCommand</name>
    <message>
        <source>--at: &quot;%1&quot; is not a time; use HH:MM or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM].</source>
        <translation>--at: &quot;%1&quot; is geen tijd; gebruik UU:MM of JJJJ-MM-DDTUU:MM[:SS][Z|+UU:MM].</translation>
    </message>
    <message>
        <source>Call-back tips of an action: add, edit, rate, list.</source>
        <translation>Terugbeltips van een actie: toevoegen, wijzigen, beoordelen, tonen.</translation>
    </message>
    <message>
        <source>add ACTION, edit TIP, rate TIP useful|not-useful|unrated, or list ACTION</source>
        <translation>add ACTIE, edit TIP, rate TIP useful|not-useful|unrated, of list ACTIE</translation>
    </message>
    <message>
        <source>What the caller reported, in a few words; no names, phone numbers or addresses of people.</source>
        <translation>Wat de beller meldde, in een paar woorden; geen namen, telefoonnummers of adressen van personen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>When the call came in (default: now): HH:MM today or ISO 8601.</source>
        <translation>Wanneer het gesprek binnenkwam (standaard: nu): UU:MM vandaag of ISO 8601.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>Where: coordinates (WGS84, degrees and minutes, or RD x y), or &quot;unknown&quot;.</source>
        <translation>Waar: coördinaten (WGS84, graden en minuten, of RD x y), of &quot;unknown&quot;.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>PLAATS</translation>
    </message>
    <message>
        <source>Where the call came in: %1 (default: other).</source>
        <translation>Waar het gesprek binnenkwam: %1 (standaard: other).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <source>Rate the tip useful.</source>
        <translation>Beoordeel de tip als bruikbaar.</translation>
    </message>
    <message>
        <source>Rate the tip not useful.</source>
        <translation>Beoordeel de tip als niet bruikbaar.</translation>
    </message>
    <message>
        <source>edit: take the rating back.</source>
        <translation>edit: de beoordeling terugnemen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON afdrukken.</translation>
    </message>
    <message>
        <source>Use &quot;tip add ACTION --text TEXT&quot;, &quot;tip edit TIP&quot;, &quot;tip rate TIP useful|not-useful|unrated&quot; or &quot;tip list ACTION&quot;.</source>
        <translation>Gebruik &quot;tip add ACTIE --text TEKST&quot;, &quot;tip edit TIP&quot;, &quot;tip rate TIP useful|not-useful|unrated&quot; of &quot;tip list ACTIE&quot;.</translation>
    </message>
    <message>
        <source>Give at most one of --useful, --not-useful and --unrated.</source>
        <translation>Geef hoogstens een van --useful, --not-useful en --unrated.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s), %1 useful</source>
        <translation>
            <numerusform>%n tip, %1 bruikbaar</numerusform>
            <numerusform>%n tips, %1 bruikbaar</numerusform>
        </translation>
    </message>
    <message>
        <source>, first after %1 min</source>
        <translation>, de eerste na %1 min</translation>
    </message>
    <message>
        <source>Rating &quot;%1&quot;: use useful, not-useful or unrated.</source>
        <translation>Beoordeling &quot;%1&quot;: gebruik useful, not-useful of unrated.</translation>
    </message>
    <message>
        <source>Tip %1 rated %2.</source>
        <translation>Tip %1 beoordeeld als %2.</translation>
    </message>
    <message>
        <source>--text: say in a few words what the caller reported.</source>
        <translation>--text: zeg in een paar woorden wat de beller meldde.</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot;: use one of %2.</source>
        <translation>--source &quot;%1&quot;: gebruik een van %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Tip %1 logged.</source>
        <translation>Tip %1 vastgelegd.</translation>
    </message>
    <message>
        <source>Tip %1 changed.</source>
        <translation>Tip %1 gewijzigd.</translation>
    </message>
</context>
<context>
    <name>burgernet::TipLayer</name>
    <message>
        <source>Call-back tips</source>
        <translation>Terugbeltips</translation>
    </message>
</context>
<context>
    <name>burgernet::TipRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot store the tip</source>
        <translation>Kan de tip niet opslaan</translation>
    </message>
    <message>
        <source>Cannot change tip %1</source>
        <translation>Kan tip %1 niet wijzigen</translation>
    </message>
    <message>
        <source>There is no tip %1.</source>
        <translation>Er is geen tip %1.</translation>
    </message>
    <message>
        <source>Cannot read tip %1</source>
        <translation>Kan tip %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the tips</source>
        <translation>Kan de tips niet lezen</translation>
    </message>
    <message>
        <source>Cannot count the tips of action %1</source>
        <translation>Kan de tips van actie %1 niet tellen</translation>
    </message>
</context>
<context>
    <name>burgernet::TipService</name>
    <message>
        <source>Place: %1</source>
        <translation>Plaats: %1</translation>
    </message>
    <message>
        <source>Text: say in a few words what the caller reported.</source>
        <translation>Tekst: zeg in een paar woorden wat de beller meldde.</translation>
    </message>
    <message>
        <source>Text: %1 characters; a tip&apos;s note has at most %2.</source>
        <translation>Tekst: %1 tekens; een tip heeft er hoogstens %2.</translation>
    </message>
    <message>
        <source>Time: not a valid time.</source>
        <translation>Tijd: geen geldige tijd.</translation>
    </message>
    <message>
        <source>Time: %1 is in the future.</source>
        <translation>Tijd: %1 ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Place: not a valid coordinate.</source>
        <translation>Plaats: geen geldige coördinaat.</translation>
    </message>
    <message>
        <source>Action %1 is a draft: nobody was alerted, so no tip can come in yet.</source>
        <translation>Actie %1 is een concept: niemand is gealarmeerd, dus er kan nog geen tip binnenkomen.</translation>
    </message>
</context>
<context>
    <name>burgernet::TipTableModel</name>
    <message>
        <source>0800 line</source>
        <translation>0800-lijn</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>112</source>
        <translation>112</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Bruikbaar</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>Niet bruikbaar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation>Wat de beller meldde</translation>
    </message>
</context>
<context>
    <name>burgernet::TipsPanel</name>
    <message>
        <source>On the map</source>
        <translation>Op de kaart</translation>
    </message>
    <message>
        <source>Log tip</source>
        <translation>Tip vastleggen</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>Nieuwe tip</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Bruikbaar</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>Niet bruikbaar</translation>
    </message>
    <message>
        <source>Tips of the action</source>
        <translation>Tips van de actie</translation>
    </message>
    <message>
        <source>Coordinates, or empty when unknown</source>
        <translation>Coördinaten, of leeg als onbekend</translation>
    </message>
    <message>
        <source>Place of the tip</source>
        <translation>Plaats van de tip</translation>
    </message>
    <message>
        <source>What was seen, where and when; no names or phone numbers</source>
        <translation>Wat is gezien, waar en wanneer; geen namen of telefoonnummers</translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation>Wat de beller meldde</translation>
    </message>
    <message>
        <source>Came in at</source>
        <translation>Binnengekomen om</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Tip changed.</source>
        <translation>Tip gewijzigd.</translation>
    </message>
    <message>
        <source>Tip logged.</source>
        <translation>Tip vastgelegd.</translation>
    </message>
    <message>
        <source>Tip rated: %1.</source>
        <translation>Tip beoordeeld: %1.</translation>
    </message>
</context>
<context>
    <name>burgernet::TraineeScript</name>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel</source>
        <translation>&quot;%1&quot; is geen kanaal</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>regel %1: geen geldige JSON: %2</translation>
    </message>
    <message>
        <source>must be a list of at least one step</source>
        <translation>moet een lijst van minstens één stap zijn</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1 (the scenario&apos;s end)</source>
        <translation>moet een getal van 0 tot %1 zijn (het einde van het scenario)</translation>
    </message>
    <message>
        <source>steps must be in the order of time</source>
        <translation>stappen moeten op volgorde van tijd staan</translation>
    </message>
    <message>
        <source>must be send, update, retry-failed or close</source>
        <translation>moet send, update, retry-failed of close zijn</translation>
    </message>
    <message>
        <source>is not an incident type</source>
        <translation>is geen incidenttype</translation>
    </message>
    <message>
        <source>must name at least one channel</source>
        <translation>moet minstens één kanaal noemen</translation>
    </message>
    <message>
        <source>an update needs its news</source>
        <translation>een update heeft nieuws nodig</translation>
    </message>
    <message>
        <source>is not a channel</source>
        <translation>is geen kanaal</translation>
    </message>
    <message>
        <source>must be arrested, person_found, useful_information, no_result or other</source>
        <translation>moet arrested, person_found, useful_information, no_result of other zijn</translation>
    </message>
    <message>
        <source>%1 of action %2: %3, %4 participant(s)</source>
        <translation>%1 van actie %2: %3, %4 deelnemer(s)</translation>
    </message>
    <message>
        <source>There is no action to update.</source>
        <translation>Er is geen actie om bij te werken.</translation>
    </message>
    <message>
        <source>There is no action to close.</source>
        <translation>Er is geen actie om af te sluiten.</translation>
    </message>
    <message>
        <source>There is no action to retry.</source>
        <translation>Er is geen actie om opnieuw te versturen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed message(s) queued again</source>
        <translation>
            <numerusform>%n mislukt bericht opnieuw in de wachtrij</numerusform>
            <numerusform>%n mislukte berichten opnieuw in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation>Onbekende stap.</translation>
    </message>
</context>
<context>
    <name>burgernet::UserCommand</name>
    <message>
        <source>Manage the console&apos;s accounts: add, list, passwd, disable, enable, unlock, role.</source>
        <translation>De accounts van de console beheren: add, list, passwd, disable, enable, unlock, role.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Roles: dispatcher, supervisor, trainer, administrator, municipal-editor. A password is read from --password-file or standard input (typed twice on a terminal).</source>
        <translation>Rollen: dispatcher, supervisor, trainer, administrator, municipal-editor. Een wachtwoord wordt gelezen uit --password-file of de standaardinvoer (op een terminal twee keer getypt).</translation>
    </message>
    <message>
        <source>add NAME --role ROLE, list, passwd NAME, disable NAME, enable NAME, unlock NAME or role NAME ROLE</source>
        <translation>add NAAM --role ROL, list, passwd NAAM, disable NAAM, enable NAAM, unlock NAAM of role NAAM ROL</translation>
    </message>
    <message>
        <source>add: the account&apos;s role.</source>
        <translation>add: de rol van het account.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>add, role: a municipal editor&apos;s municipality.</source>
        <translation>add, role: de gemeente van een gemeentelijk redacteur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>add, passwd: read the password from this file&apos;s first line.</source>
        <translation>add, passwd: het wachtwoord lezen uit de eerste regel van dit bestand.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON afdrukken.</translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use %2.</source>
        <translation>Onbekende of ontbrekende actie &quot;%1&quot;: gebruik %2.</translation>
    </message>
    <message>
        <source>Wrong arguments for user %1; see burgernetctl user --help.</source>
        <translation>Onjuiste argumenten voor user %1; zie burgernetctl user --help.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use dispatcher, supervisor, trainer, administrator or municipal-editor.</source>
        <translation>Onbekende rol &quot;%1&quot;: gebruik dispatcher, supervisor, trainer, administrator of municipal-editor.</translation>
    </message>
    <message>
        <source>Account %1: %2 done.</source>
        <translation>Account %1: %2 uitgevoerd.</translation>
    </message>
</context>
<context>
    <name>burgernet::UserService</name>
    <message>
        <source>Your role (%1) may not manage accounts.</source>
        <translation>Uw rol (%1) mag geen accounts beheren.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Er is geen account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;workstation&quot; is not a role for people.</source>
        <translation>&quot;workstation&quot; is geen rol voor personen.</translation>
    </message>
    <message>
        <source>A municipal editor needs their municipality.</source>
        <translation>Een gemeentelijk redacteur heeft een gemeente nodig.</translation>
    </message>
    <message>
        <source>Only municipal editors have a municipality.</source>
        <translation>Alleen gemeentelijk redacteuren hebben een gemeente.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator.</source>
        <translation>%1 is de laatste actieve beheerder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: 2 to 64 of a-z, 0-9, dot, dash and underscore, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; is geen geldige accountnaam: 2 tot 64 tekens uit a-z, 0-9, punt, streepje en liggend streepje, beginnend met een letter of cijfer.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; exists already.</source>
        <translation>Het account &quot;%1&quot; bestaat al.</translation>
    </message>
    <message>
        <source>This database has accounts already; an administrator adds new ones.</source>
        <translation>Deze database heeft al accounts; een beheerder voegt nieuwe toe.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>U kunt uw eigen account niet uitschakelen.</translation>
    </message>
    <message>
        <source>The demo accounts go into a register without accounts only.</source>
        <translation>De demo-accounts komen alleen in een register zonder accounts.</translation>
    </message>
</context>
<context>
    <name>burgernet::UserStore</name>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Kan de accounts niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot add the account %1: %2</source>
        <translation>Kan het account %1 niet toevoegen: %2</translation>
    </message>
    <message>
        <source>Cannot add the account %1.</source>
        <translation>Kan het account %1 niet toevoegen.</translation>
    </message>
    <message>
        <source>Cannot change the account: %1</source>
        <translation>Kan het account niet wijzigen: %1</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Dat account bestaat niet.</translation>
    </message>
</context>
<context>
    <name>burgernet::VoiceGatewaySender</name>
    <message>
        <source>Voice message (voice gateway)</source>
        <translation>Spraakbericht (spraakgateway)</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>Gateway-URL</translation>
    </message>
    <message>
        <source>Base URL of the voice gateway&apos;s API.</source>
        <translation>Basis-URL van de API van de spraakgateway.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>Caller id</source>
        <translation>Nummerweergave</translation>
    </message>
    <message>
        <source>The number participants see, and call back.</source>
        <translation>Het nummer dat deelnemers zien en terugbellen.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-certificaten controleren</translation>
    </message>
    <message>
        <source>Turn off only for a test gateway; the change is recorded.</source>
        <translation>Alleen uitzetten voor een testgateway; de wijziging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Time-out (ms)</translation>
    </message>
    <message>
        <source>The participant has no phone number.</source>
        <translation>De deelnemer heeft geen telefoonnummer.</translation>
    </message>
</context>
<context>
    <name>burgernet::WebhookSender</name>
    <message>
        <source>Matrix signs (webhook example)</source>
        <translation>Matrixborden (webhookvoorbeeld)</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Where the sign controller accepts messages (POST, JSON).</source>
        <translation>Waar de borden-controller berichten aanneemt (POST, JSON).</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-certificaten controleren</translation>
    </message>
    <message>
        <source>Turn off only for a test controller; the change is recorded.</source>
        <translation>Alleen uitzetten voor een testcontroller; de wijziging wordt vastgelegd.</translation>
    </message>
    <message>
        <source>Matrix signs</source>
        <translation>Matrixborden</translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation>Time-out (ms)</translation>
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
    <name>burgernet::WorkstationSigningKey</name>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Kan de map %1 niet afschermen.</translation>
    </message>
    <message>
        <source>The audit signing key cannot be read from the %1: %2</source>
        <translation>De ondertekeningssleutel van het auditlog kan niet worden gelezen uit de %1: %2</translation>
    </message>
    <message>
        <source>The audit signing key cannot be stored in the %1: %2</source>
        <translation>De ondertekeningssleutel van het auditlog kan niet worden opgeslagen in de %1: %2</translation>
    </message>
    <message>
        <source>The audit signing key did not survive the %1.</source>
        <translation>De ondertekeningssleutel van het auditlog is niet goed bewaard in de %1.</translation>
    </message>
    <message>
        <source>The old signing key %1 cannot be removed.</source>
        <translation>De oude ondertekeningssleutel %1 kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>burgernet::policy</name>
    <message>
        <source>Addressed messages above which a second user must approve an action</source>
        <translation>Geadresseerde berichten waarboven een tweede gebruiker een actie moet goedkeuren</translation>
    </message>
    <message>
        <source>Alerts a participant receives per day at most (0: no limit)</source>
        <translation>Oproepen die een deelnemer per dag ten hoogste krijgt (0: geen grens)</translation>
    </message>
    <message>
        <source>A live send to more recipients than this asks for the password again</source>
        <translation>Een live verzending naar meer ontvangers dan dit vraagt opnieuw om het wachtwoord</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row at one workstation after which that workstation refuses the name until the lock time has passed</source>
        <translation>Mislukte aanmeldingen achter elkaar op één werkplek waarna die werkplek de naam weigert tot de blokkeertijd voorbij is</translation>
    </message>
    <message>
        <source>Wait after the first failed sign-in, doubling with each further failure (at most 60 s)</source>
        <translation>Wachttijd na de eerste mislukte aanmelding, die bij elke volgende mislukking verdubbelt (ten hoogste 60 s)</translation>
    </message>
    <message>
        <source>Minutes a refused name or a locked account stays refused (an administrator can unlock it sooner)</source>
        <translation>Minuten dat een geweigerde naam of een vergrendeld account geweigerd blijft (een beheerder kan het eerder ontgrendelen)</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row, at all workstations together, after which the account is locked everywhere; more than signInMaxFailures</source>
        <translation>Mislukte aanmeldingen achter elkaar, op alle werkplekken samen, waarna het account overal wordt vergrendeld; meer dan signInMaxFailures</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input after which the window locks (0, never, only in training)</source>
        <translation>Minuten zonder toetsenbord- of muisinvoer waarna het venster vergrendelt (0, nooit, alleen in oefenmodus)</translation>
    </message>
    <message>
        <source>Days after unsubscribing after which a participant is purged from the register</source>
        <translation>Dagen na afmelding waarna een deelnemer uit het register wordt verwijderd</translation>
    </message>
    <message>
        <source>Hours back in which an action whose area overlaps a new one is named in the confirmation (0: not checked)</source>
        <translation>Uren terug waarin een actie waarvan het gebied een nieuw gebied overlapt in de bevestiging wordt genoemd (0: niet gecontroleerd)</translation>
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
