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
        <source>&lt;h3&gt;Burgernet Console %1&lt;/h3&gt;&lt;p&gt;Control-room console for Burgernet citizen-participation alerts: draw an area, reach the participants inside it, close every action with an outcome.&lt;/p&gt;&lt;p&gt;Licensed under the European Union Public Licence (EUPL) 1.2.&lt;/p&gt;&lt;p&gt;Place data: &lt;a href=&quot;https://www.geonames.org&quot;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Offline basemap: &lt;a href=&quot;https://www.naturalearthdata.com&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas. Online maps: PDOK BRT-Achtergrondkaart, Kaartgegevens © Kadaster (CC BY 4.0); © OpenStreetMap contributors (ODbL).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;The statistics charts use Qt Charts, licensed under the GNU GPL version 3. The EUPL-1.2 lists the GPL-3 as a compatible licence: this program, linked with Qt Charts, is distributed under the terms of the GPL-3, and its source is available under both.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionCap</name>
    <message>
        <source>Action %1 has no messages: nothing has been sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions not yet closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident type, e.g. straatroof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A circle: centre and radius in metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GeoJSON area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-urgent notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family consents (vermissing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrested, person_found, useful_information, no_result or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome needs arrested, person_found, useful_information, no_result or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;action send&quot; needs --type, one of --circle or --geojson, --text and at least one --channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending reaches people: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT READY: no configured sender, the messages would wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT READY: the gateway keeps failing, the messages would wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for a running dispatcher</source>
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
        <source>Action %1 (%2): alert to %3 participant(s) in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): update to %3 participant(s), %4 newly in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): closing message to the %3 participant(s) reached, outcome %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): cancellation to the %3 participant(s) who may have been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second user must approve this action before it goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages wait in the outbox for a running dispatcher (the console, or this command with --wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;action decide ID&quot; needs --uncertain resend|drop or --stale send|drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) decided.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>update: the area grows to this circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: the area grows to this GeoJSON area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description, the update, the outcome&apos;s words or the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The street or place the message names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send although this channel cannot send now: its messages wait in the outbox (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the send (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send in this process until every message is final, with a progress line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wait: give up waiting after this many seconds (the messages stay queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide: resend or drop the uncertain messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resend|drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide: send or drop the stale messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send|drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed message(s) queued again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cap: write each CAP 1.2 message to DIR/IDENTIFIER.xml instead of printing them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet actions: list, status, send, review, approve, reject, update, close, cancel, retry-failed, decide, resume, cap, dispatch, failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --allow-duplicate when a second action for this incident is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject: why the action goes back to its author (required; the author reads it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: the control room&apos;s own number for the incident (free text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: a second open action for the same incident number is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;action reject ID&quot; needs --reason TEXT: the author reads why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 went back to its author as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;action list&quot;, &quot;action status ID&quot;, &quot;action send ...&quot;, &quot;action review|approve|reject|update|close|cancel|retry-failed|decide|resume|cap|dispatch|failures ID ...&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionFailuresCtl</name>
    <message>
        <source>Action %1: no failed recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Action %1: %n failed recipient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform reports %2 reached (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionReportText</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every alert message out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first message reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useful tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 useful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First tip after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 %: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 %: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area of the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area grown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by the channel (summed up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, audit no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionReportWindow</name>
    <message>
        <source>Action %1: %2 — report and replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: timeline and figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the action&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the action&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the message texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the messages of action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 has an unknown type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up the incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recent actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionReview</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>done in about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about € %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1, waiting for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is not awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 waits for approval: %2 participant(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with &quot;action approve %1 --yes&quot;, or send it back with &quot;action reject %1 --reason TEXT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionSteps</name>
    <message>
        <source>Action %1 is %2 and cannot become %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionTableModel</name>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionTimeline</name>
    <message>
        <source>Timeline of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip (%1, %2) at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform reports %1 reached on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionWait</name>
    <message>
        <source> (%1 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ~%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sends in this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for a channel that cannot send now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting after %1 s; the rest stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not answer (%1); waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register answers again after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionWords</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest (aanhouding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useful information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential burglary (woninginbraak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing person (vermissing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street robbery (straatroof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoplifting (winkeldiefstal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robbery of a business (overval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickpocketing (zakkenrollerij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit-and-run (doorrijden na ongeval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (overig)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionWorkflow</name>
    <message>
        <source>Nothing sends from here: the messages wait in the outbox for a running dispatcher (the console, or burgernetctl with --wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message is sent from the senders page, not from an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing person may only be sought with the family&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the alert area on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent action needs a description of the person or vehicle, or a text: participants cannot look out for nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names no location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered inside the area at this moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already had the most alerts allowed today and are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An update can only follow a sent action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the update first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of the first alert have not gone out yet; each of those participants gets the alert first and the update after it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only a sent action can be closed; action %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have not gone out yet and will not be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Action %1 is %2: there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be changed; action %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be withdrawn; action %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author of an action cannot approve it; ask a second user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 or the register changed after the confirmation was shown; look at it again before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the send was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 cannot send now. Configure the sender, wait for it, or confirm that its messages wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live send to this many recipients needs the password again, and there is no one to ask: sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is not awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants are still loading: prepare again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The area overlaps action %1 (%2, sent %3): %n participant(s) inside both would get a second message.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Action %1 (%2, by %3) is already open for incident number %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants are inside the area, more than the %2 at which the console warns. Check the area before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the action goes back to its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: action %1 is already open for incident number %2. Confirm that a second action for this incident is meant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ActionsDock</name>
    <message>
        <source>Close action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide uncertain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide stale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log tip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel / correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Action %1&lt;/b&gt; — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ready in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These messages may or may not have arrived. Send them again (some people may get them twice) or leave them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These messages waited too long and may no longer fit the situation. Send them anyway or drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up text for everyone alerted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area on the map differs from the action&apos;s area. Alert the participants who are newly inside it as well (they get the full message)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same recipients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the caller report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the tip useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel or correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction for those already reached (may be empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waits: no configured sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waits: the gateway keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · estimating the time to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this action go back to its author?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waits: the register takes no writes now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second action for this incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is already open for incident number %2. Send this one as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is not awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in composer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmCommand</name>
    <message>
        <source>Alarms: list, acknowledge, snooze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, ack KEY or snooze KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: the answers given to alarms, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze: for this many minutes (1 to 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;alarm list&quot;, &quot;alarm ack KEY&quot; or &quot;alarm snooze KEY --minutes N&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes: give the number of minutes to snooze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm %1 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm %1 snoozed for %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmDock</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done about alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3: acknowledged by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3: snoozed by %4 until %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmRepository</name>
    <message>
        <source>Cannot store the answer to the alarm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the alarms&apos; history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmService</name>
    <message>
        <source>There is no alarm &quot;%1&quot; now (its cause may have gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: snooze for 1 to 120 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmTableModel</name>
    <message>
        <source>Closing message due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain messages wait for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale messages wait for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action waits for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: the closing message is due; send it to everyone reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 gateway keeps failing; its messages wait until it recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2 %3 messages may or may not have arrived; decide whether to send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2 %3 messages waited too long; send them anyway or drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2 %3 messages failed; retry the failed ones only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 gateway does not answer the periodic check; messages on it may wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Action %1: %n tip(s) came in through the app; read and rate them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::AlarmTray</name>
    <message>
        <source>Burgernet Console alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new alarm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::AppPushSender</name>
    <message>
        <source>Burgernet app (push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the app platform accepts area messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a test platform; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AppTipRoute</name>
    <message>
        <source>Body: not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: the number of the action the tip is about is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lat, lon: both must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at: &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ApprovalDialog</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve action %1 — LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve action %1 — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE — approving sends to real people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — simulated senders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Action %1&lt;/b&gt; — %2&lt;br&gt;Written by &lt;b&gt;%3&lt;/b&gt;, submitted at %4, waiting for &lt;b&gt;%5&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Area:&lt;/b&gt; %1 — drawn on the map in orange while this is open.&lt;br&gt;&lt;b&gt;Participants:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Incident number:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one message for the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for sending it back (the author reads it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaAssistant</name>
    <message>
        <source>Minutes: the minutes since the incident, from 0 to %1; %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaAssistantBox</name>
    <message>
        <source>on foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by bike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes since the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the incident on the map first: the circle goes around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1 (%2). On foot %3, by bike %4, by car %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaAssistantCommand</name>
    <message>
        <source>The area assistant: a radius from the incident type and the minutes since (suggest, rules, rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident type, e.g. straatroof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes since the incident (0 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: the likely way of moving: walking, cycling or car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: walking speed, km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: cycling speed, km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: speed by car, km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: the smallest radius, metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: the largest radius, metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown incident type &quot;%2&quot;; one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes: the minutes since the incident, e.g. --minutes 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 minutes after: a circle of %3 m (%4). Walking %5 m, cycling %6 m, by car %7 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode: walking, cycling or car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area assistant&apos;s row for %1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaCommand</name>
    <message>
        <source>A circle: centre and radius in metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GeoJSON Polygon (or Point with a radius in metres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment whose registered hours count (ISO 8601; default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action: use &quot;area count&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--circle needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid time &quot;%1&quot; for --at: use ISO 8601, e.g. 2026-11-27T14:00:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants (%2 locations): %3 by SMS, %4 by voice, %5 by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality from the register&apos;s boundaries, by CBS code (GM0344) or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an approximate boundary (demo), not the real municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the participants inside an area or municipality (count); the area library (save, list, export, import, rename, delete); the area assistant (suggest, rules, rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count; or save, list, export, import, rename, delete (see area save --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area of the area library, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --circle, --geojson, --municipality or --saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area library&apos;s region (default: this workstation&apos;s, workstation/region).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaController</name>
    <message>
        <source>%1 participants are inside the area, more than the %2 at which the console warns. Check the area before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repaired area was not used: go on editing the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: outside what your role or municipality may reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaCountService</name>
    <message>
        <source>Your role may not count participants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaFiles</name>
    <message>
        <source>line %1: coordinate %2 (&quot;%3&quot;) is not lon,lat[,alt]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: coordinate %2 (%3, %4) is outside the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a ring needs at least three corners, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: not a KML document (no &lt;kml&gt; element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KML file holds no Placemark with a polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a %2 is not an area; use a Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is not lat,lon,metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the Placemark &quot;%2&quot; has no Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a Polygon has one outer boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the Polygon has no outer boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FeatureCollection holds no features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaGeometry</name>
    <message>
        <source>The area needs at least three corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area cannot be read as a polygon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area is not valid (%1) and cannot be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area is not valid (%1): nothing of it is left after repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area crossed itself (%1); it was repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corridor needs a route of at least two points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corridor needs a width above 0 metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corridor cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corridor cannot be made from this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area cannot be measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s parts cannot be joined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area crossed itself (%1) and now has %2 parts; every part is kept. Check the area before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is not valid WKB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is a %1, not a polygon or multipolygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipping area cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Voronoi diagram cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle&apos;s centre is not a place on earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle&apos;s radius must be a number of metres above 0, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s corner %1 is not a place on earth (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaLayer</name>
    <message>
        <source>Alert area and incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaLibraryPanel</name>
    <message>
        <source>Area library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas (*.geojson *.json *.kml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area to make it the alert area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save drawn area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of region %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (municipality %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (circle, %1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area &quot;%1&quot; from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the alert area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an area on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the area &quot;%1&quot; in the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the area &quot;%1&quot; from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaMapImage</name>
    <message>
        <source>The action has no area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: GeoNames (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaRadiusRules</name>
    <message>
        <source>Walking: a speed above 0 and at most 15 km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycling: a speed above 0 and at most 50 km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car: a speed above 0 and at most 150 km/h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest radius: from %1 to %2 metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest radius: from the smallest radius to %1 metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the area assistant&apos;s table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the area assistant&apos;s table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaSizeText</name>
    <message>
        <source>radius %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AreaText</name>
    <message>
        <source>Circle of %1 m around %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area drawn on the map, %1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area drawn on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditAnchors</name>
    <message>
        <source>Cannot read the audit anchors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit anchors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditCommand</name>
    <message>
        <source>Verify the audit log (verify), list records (show), export them to CSV (export) or export the workstation&apos;s public key for the checker (export-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify [LOG], show, export FILE.csv or export-key FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the checkpoints against this exported public key instead of the key the log names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records from this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records up to this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of this action, or of all actions starting with a prefix ending in a dot (&quot;action.&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of one Burgernet action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many records, newest first (show; default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid time &quot;%1&quot; for --%2: use ISO 8601, e.g. 2026-11-27T14:00:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use verify, show, export or export-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit %1 needs the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This verification could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of live or of training sessions only (live, training). With --action-id it defaults to this command&apos;s mode: the two number their actions separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot; for --mode: use live or training.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditDock</name>
    <message>
        <source>Select a record to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all actions, or a prefix such as action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BN-2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Burgernet action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of action %1, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… more: see the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit records as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit records as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditLog</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was written by a newer program (format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit record needs an actor and an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit record &quot;%1&quot; was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log %1 is signed with another key than this workstation&apos;s, and cannot be set aside as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last checkpoint of the audit log %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints are written by the audit log itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint of the audit log %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditPdfReport</name>
    <message>
        <source>Verification: the audit log is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: THE AUDIT LOG IS DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of report: %1 records listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (all records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet Console: audit log report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 (%2) at %3, audit record no. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records matched; this report lists only the first (oldest) %2. Narrow the filter, or export CSV for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log report, workstation %1, audit record no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditQuery</name>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 exists in live and in training: choose the mode to search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipal editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation, nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a participant&apos;s full record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compose an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a non-urgent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the municipal boundaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditTableModel</name>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditVerification</name>
    <message>
        <source>DAMAGED at sequence number %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records after the last checkpoint are not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %1 records (last %2), %3 checkpoints, last signed up to %4 at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures checked against the given public key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures checked against this workstation&apos;s own key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures checked against the key the log itself names, %1; it was not compared with an exported public key (give one with --public-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared with the register&apos;s anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no anchor of this log yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It agrees with the register&apos;s %1 anchors, the last for record %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditVerifier</name>
    <message>
        <source>The audit log %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Burgernet audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not part of the chain: it was inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 and %2 are in the wrong order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was rewritten: record %2 no longer links to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of record %1 does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint up to record %1 (%2) is signed with key %3, not with the workstation&apos;s key %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of the checkpoint up to record %1 (%2) is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 are gone: the checkpoint of %3 was signed up to record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 were rewritten after the checkpoint of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint of %1 is signed with key %2, earlier ones with key %3: one log never holds two keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 carry no checkpoint, though the program signs at least every %3 records: checkpoints were taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not the one the register&apos;s anchor of %2 holds: the log was rewritten, or another copy was put in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register&apos;s anchor of record %1 (%2) is not signed with the log&apos;s key: the register was written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 were rewritten after the checkpoint before them: checkpoint %3 no longer signs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at record %1, but the register holds its checkpoint of record %2 (%3): records %4 to %2 are gone (cut off, or an older copy put back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register holds this workstation&apos;s anchors of another log (%1, up to record %2, signed %3): that log is missing, and this one was put in its place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::AuditedChange</name>
    <message>
        <source>The register is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::BasemapLayer</name>
    <message>
        <source>Basemap (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap %1 holds no countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural Earth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::BoundariesCommand</name>
    <message>
        <source>Municipal boundaries: import, list, within.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE, list or within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the GeoPackage layer (default: the municipal one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within: the municipality (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within: the area as a GeoJSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use import, list or within.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries import needs the file (GeoPackage or GeoJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundaries within needs --municipality and --geojson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 municipalities imported (%2 replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryFile</name>
    <message>
        <source>%1: &quot;%2&quot; is not a CBS municipality code like GM0344.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable GeoPackage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the geometry is not a GeoPackage geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the geometry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the geometry header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the geometry is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as a GeoPackage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no municipal layer (a table named gemeente...); its layers: %2. Name one with --layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer %2; its layers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 is in %2:%3; only EPSG:28992 (RD New) and EPSG:4326 (WGS84) are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 has no %2 column; its columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feature %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), geometry: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), geometry: a %3, not a Polygon or MultiPolygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds municipality %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryLayer</name>
    <message>
        <source>Municipal boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal boundaries (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryRepository</name>
    <message>
        <source>The stored boundary of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old boundaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the boundary of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the boundaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::BoundaryService</name>
    <message>
        <source>Municipality %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipal boundaries are in the register: import them first (burgernetctl boundaries import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality &quot;%1&quot; in the register&apos;s boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your municipality %1 has no boundary in the register, so the area cannot be checked: an administrator imports the boundaries (burgernetctl boundaries import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area reaches outside %1: a municipal editor sends only inside their own municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area cannot be checked against the boundary of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CallbackSecrets</name>
    <message>
        <source>The callback secret of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback secret of %1 cannot be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CapFeedSender</name>
    <message>
        <source>CAP 1.2 feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the CAP files and feed.atom are written; empty: the console&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the control room in every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public feed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address under which others fetch the feed; empty: the console&apos;s listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAP file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed folder is not writable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed folder writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::Channel</name>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ChannelHealthLights</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sends here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing gateway: %1. Its messages wait until it recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the gateway %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway does not answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ChannelPreview</name>
    <message numerus="yes">
        <source>GSM-7: %1 characters, %n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UCS-2: %1 characters, %n part(s) — %2 highlighted character(s) force UCS-2 and triple the cost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 seconds spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP 1.2 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 text as it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ChannelProgressBar</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CircleTool</name>
    <message>
        <source>Draw circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the radius in metres, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CommonOptions</name>
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
        <source>This workstation&apos;s audit log (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: its own register and simulated senders only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training register (default: %1). The accounts are always those of the live register (--db).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ConfirmDispatchDialog</name>
    <message>
        <source>LIVE — this reaches real people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — simulated senders only, nobody is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one message for the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n participant(s) left out: daily limit reached.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A second user must approve this action before it is sent.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
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
        <source>Approve and send the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send: no configured sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send now: the gateway keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for a dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Area:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Participants:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n participant(s) newly inside the grown area get the full alert.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have not gone out yet and will NOT be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Your password is asked once more after this.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send anyway: the messages wait until it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Outcome:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done in about %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>done in about %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about € %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Incident number:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (by %2) is already open for this incident number.</source>
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
    <message>
        <source>How many demo participants a new embedded register gets (default 1,250,000; 0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-participants needs a number from 0 to 20,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this account without the dialog (with --password-file; or BURGERNET_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file whose first line is the password for --user (or BURGERNET_PASSWORD_FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs --password-file (the password never goes on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this alert circle and the incident at its centre at start, and zoom to it (demonstrations, screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map-circle needs LAT,LON,METRES, e.g. 52.3731,4.8932,1500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training only: compose an action of this incident type in the Dispatch dock, send it in --map-circle, wait until every message is final, print its state and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description for --send-action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel for --send-action (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-action works in training mode only (--training).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-action needs --map-circle, at least one --send-channel and --user with --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ConsoleSession</name>
    <message>
        <source>Draw circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CorridorTool</name>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw corridor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::CsvRecordReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a record longer than %2 MB; is a quote not closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary file to convert %1: %2</source>
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
    <message>
        <source>Act as this account (its role applies) instead of the workstation&apos;s operating-system user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --user: the file whose first line is the password (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training register must not be the live register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burgernetctl: not enough memory to start (no thread can be created). Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burgernetctl: out of memory; the command was stopped. The step in progress was rolled back, so nothing is half-queued; &apos;burgernetctl action list&apos; shows what was done. A smaller area, or more memory, lets it through.</source>
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
    <message>
        <source>Invalid host &quot;%1&quot; in the PostgreSQL address.</source>
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
    <name>burgernet::DebriefDialog</name>
    <message>
        <source>Debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-action: observations and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trainer saw besides the facts measured, for the discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is not stored: its observations cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DebriefPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — exercise debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DebriefReport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise time of the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First send at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person inside the area at the send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path covered in the next 15 minutes: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in the reference area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-backs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description slots filled: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent despite the warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family&apos;s consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates after new information: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed messages retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goal and what was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier runs of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2): average %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average now %1, last time %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s observations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DeliveryCurves</name>
    <message>
        <source>%1 min after the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DemoBoundaries</name>
    <message>
        <source>No demo boundaries could be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DemoCommand</name>
    <message>
        <source>Fill the register with a made-up population spread like the Dutch one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many (default 1,250,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same population (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--participants needs a number from 1 to 20,000,000 and --seed a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo population: %1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants written in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add this many months of past actions (demo or training register; a register that already holds the demo population gets only the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history needs a number of months from 1 to 36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 past actions written in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DemoHistory</name>
    <message>
        <source>Cannot write the demo history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not add a demo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo history goes into a demo register or a training register only; this register holds real participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history needs a number of months from 1 to 36.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DemoPopulation</name>
    <message>
        <source>The demo population was cancelled; the register is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DemoRegister</name>
    <message>
        <source>Your role (%1) may not fill the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register already holds participants; the demo population goes into an empty register only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DialogReauthPrompt</name>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::DispatchDock</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send LIVE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send TRAINING…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-urgent notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street or place, as the message names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family consents to this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 text is longer than the channel allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: put the incident on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle: lat, lon, m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle around the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude must be a number from 50.5 to 53.8 (the Netherlands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longitude must be a number from 3.2 to 7.3 (the Netherlands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radius must be from %1 to %2 metres; %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the incident on the map first (right-click, or search a place and choose Incident here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area yet: draw one on the map, type a centre and radius, or make a circle around the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is selected until there is an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) in the area — SMS %1, voice %2, e-mail %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second action for this incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (by %2) is already open for incident number %3. Start a second action for the same incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control room&apos;s number, e.g. P-2026-123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can be selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is no longer a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing action %1, sent back by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle centre latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle centre longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle radius in metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the send time, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::EditTool</name>
    <message>
        <source>Move corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::EncryptedFileSecretStore</name>
    <message>
        <source>The secrets key %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets key could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; cannot be decrypted (wrong key or changed file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseBoard</name>
    <message>
        <source>Exercises run in training mode only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseDebrief</name>
    <message>
        <source>First send at minute %1 (within %2 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was inside the area when it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was not inside the area when it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area covered %1 % of the path in the next 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call-back(s) from participants reached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the caller&apos;s description was in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent despite the warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A send without the family&apos;s consent was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with the family&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No send with the family&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 new facts passed on within 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message at minute %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closing message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message failed on the failing gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed messages were retried (failed only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed messages were left unsent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First send at minute %1, closing message at minute %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: person inside at send %1; %2 % of the next 15 minutes of the path covered; %3 participants reached; %4 call-back(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise &quot;%1&quot; again in an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trainee %1, run %2; %n earlier run(s) of this scenario.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(last time %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action: %1 (%2, by %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseEngine</name>
    <message>
        <source>This exercise has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises run in training mode only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s stop could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseInboxDock</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise running (trainer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise ended (trainer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exercise interrupted: nothing heard from the trainer&apos;s console for %n second(s) (trainer: %1). Ask the trainer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseRepository</name>
    <message>
        <source>Exercise (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseRun</name>
    <message>
        <source>Exercise %1 started at %2 (exercise time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseRuns</name>
    <message>
        <source>Exercise runs (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee: the trainee&apos;s user name is needed to keep the run (letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrective[%1]: an action needs what, an owner and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ExerciseWindow</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway fails (trainer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway recovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises (TRAINING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario and start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s last minute has come: stop it for the debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 minutes, %4×%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trainee&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True path and the trainee&apos;s areas (trainer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trainee does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::FailuresPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: open this tab or press Refresh to read who was not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: every message went out or is still under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Action %1: %n recipient(s) not reached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the platform reports %2 app users reached (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::FaultInjectingSender</name>
    <message>
        <source>Simulated gateway failure (exercise)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator — Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has no accounts yet. Create the administrator account; the administrator then adds the dispatchers, supervisors and others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::FirstStart</name>
    <message>
        <source>Filling the new register with demo participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding six months of past actions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::GeoArea</name>
    <message>
        <source>Ring %1 has a position that is not [longitude, latitude].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1 has a position outside the world: [%2, %3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring %1 has fewer than three distinct positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FeatureCollection must hold exactly one area, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A circle is a Point with a positive &quot;radius&quot; in metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circle&apos;s centre is outside the world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polygon has no rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipolygon has no parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported geometry &quot;%1&quot;: use Polygon, MultiPolygon, or Point with a radius.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::GuideLayer</name>
    <message>
        <source>Area assistant and review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::GuideMapFeed</name>
    <message>
        <source>action %1 under review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export of the registration system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows and warnings go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked; valid rows are imported in one go, rejected rows are listed in the report with their line number and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 updated), %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — see %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::KannelSmsSender</name>
    <message>
        <source>SMS (Kannel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendsms URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kannel smsbox&apos;s sendsms interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sendsms-user in kannel.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the sender on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMSC id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route through this smsc-id; empty lets Kannel choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer texts are refused; Kannel&apos;s max-messages must allow as many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kannel dlr-mask: 1 delivered, 2 failed, 4 buffered, 8 SMSC accepted, 16 SMSC rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a test gateway; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site&apos;s own certificate authority, in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from Kannel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant has no mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text needs %1 SMS parts; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kannel answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::KeychainSecretStore</name>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::LayerListWidget</name>
    <message>
        <source>Drag a layer, or use its context menu, to change the order and opacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ListenButton</name>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed on this computer (for example the Debian package qt6-speech-speechd-plugin or qt6-speech-flite-plugin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the text as the voice message will say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::LiveChannelSender</name>
    <message>
        <source>Training messages never go to a live sender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::LocatieserverClient</name>
    <message>
        <source>The geocoding service did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service answered with HTTP status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::LocatieserverFormat</name>
    <message>
        <source>The geocoding service&apos;s answer is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service&apos;s answer has no response.docs list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 of the geocoding service has no weergavenaam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 of the geocoding service (%2) has no usable centroide_ll: &quot;%3&quot; is not POINT(longitude latitude).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::LocationParser</name>
    <message>
        <source>%1 %2 lies outside the RD grid of the Netherlands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place or coordinates this console knows. Type a place name, WGS84 (52.3731, 4.8932 or 52°22&apos;23&quot;N 4°53&apos;35&quot;E) or RD (121400 487400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 are not valid WGS84 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::LockPanel</name>
    <message>
        <source>The console is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is hidden until you type your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
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
        <source>Participants</source>
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
        <source>participants: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not see the participant register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Senders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle from the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olicy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the tip&apos;s place on the map (Escape: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exercises…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active participants in the register: those who get messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &amp;editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exercise inbox (%n new)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>burgernet::MapCanvas</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MapToolRegistry</name>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the map: drag, wheel to zoom, arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the centre and drag, or click and type the radius in metres, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter closes, Backspace removes the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one corner to the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click along the escape route; double-click or Enter finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a corner, the circle&apos;s edge, or the whole area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where the caller saw something: the place of the tip being logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click along a route to measure it; double-click or Enter finishes, Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the map: the municipality there becomes the area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MapView</name>
    <message>
        <source>Map tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the incident marker on the place found (or the map&apos;s centre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map&apos;s background: the offline basemap, or online tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tiles from an MBTiles file, without network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° N %2° E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · RD %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area: %1 participants (SMS %2, voice %3, e-mail %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area: counting once the participants have loaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a municipality from the list as the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality as the area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipal boundaries are in the register: an administrator imports them (burgernetctl boundaries import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the alert area a circle around the place found (the current circle&apos;s radius, else 1 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map background offline: %1 cannot be reached, the offline tiles and basemap are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map background offline: %1 cannot be reached, the offline basemap is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address search offline: places and postcodes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle around the place found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare offline map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the map&apos;s background for this area into an MBTiles file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count those whose registered hours include this moment (unticked: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MarkerLayer</name>
    <message>
        <source>Shown places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MbtilesLayer</name>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline tiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MbtilesReader</name>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metadata table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiles in %1, not raster images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tiles table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable MBTiles file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MbtilesTileProvider</name>
    <message>
        <source>not in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MeasureTool</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MessageTypeText</name>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test message</source>
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
    <name>burgernet::MunicipalBoundary</name>
    <message>
        <source>%1, approximate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::MunicipalityTool</name>
    <message>
        <source>No municipality here: the register&apos;s boundaries do not cover this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an approximate boundary (demo), not the real municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::NationalBorder</name>
    <message>
        <source>Basemap line %1: a ring before its polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap line %1: &quot;%2&quot; is not lon,lat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap has no country %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The land polygon cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The land polygon cannot be buffered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffered land polygon is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 lies outside the Netherlands (more than 1 km from its land)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::OfflinePlaces</name>
    <message>
        <source>Postcode area %1 (centre of %2 addresses in the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::OnlineTileLayer</name>
    <message>
        <source>%1 (offline: basemap shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::OpenActionsGuard</name>
    <message>
        <source>Actions are still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for its closing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out with these actions still open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the console with these actions still open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their messages stay queued in the register; the closing messages still need to be sent by someone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::Outbox</name>
    <message>
        <source>Invalid channel or language in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot claim outbox rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark outbox rows as sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record send results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record send results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record a delivery report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change outbox rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hold back stale messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale messages changed while they were held back; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the channel&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the channel&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot renew the claim on outbox rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand back outbox rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark outbox rows as uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the failed messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PanTool</name>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantCommand</name>
    <message>
        <source>One participant&apos;s record: correct fields (edit --set COLUMN=VALUE), pause, resume, unsubscribe or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit, pause, resume, unsubscribe or erase, then the external id or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: the new value of a column of the import format, e.g. --set mobile=06-12345678 --set home_postcode=&quot;3511 AB&quot;; an empty value clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use edit, pause, resume, unsubscribe or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant %1 needs the external id or pseudonym, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set belongs to participant edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row with the columns %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; the register is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 new, %4 updated), %5 rejected, %6 superseded by a later row with the same external_id, %7 warnings; %8, separator &quot;%9&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant has the external id or pseudonym &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the external id of one participant and the pseudonym of another: give the pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantCsvFormat</name>
    <message>
        <source>not a number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the Netherlands (%1; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a postcode like 1234 AB (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SA, SD and SS are not used in postcodes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude 50.70 to 53.60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude 3.30 to 7.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date like 2024-03-01 or 2024-03-01T09:30:00+01:00 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (use sms, voice, email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel chosen (use sms, voice, email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not hours like &quot;mo-fr 08:00-18:00&quot;, &quot;sa,su&quot; or &quot;always&quot; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hours start and end at the same time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantDetailsDialog</name>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 (next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantEdit</name>
    <message>
        <source>&quot;%1&quot; is not COLUMN=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such field (the fields are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this field cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give at least one COLUMN=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant has no external id; correct the record in the registration system and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant has the external id or pseudonym &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the external id of one participant and the pseudonym of another: give the pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantEditorDialog</name>
    <message>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels (sms,voice,email):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (nl, en):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is checked as an import row would be and recorded in the audit log (with the pseudonym and the names of the changed fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe %1? They get no more messages; the record is erased after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 and all their data now? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantIndexLoader</name>
    <message>
        <source>Cannot read the participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the locations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to load the participants into the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database sent rows in an unexpected form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantLayer</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRecordService</name>
    <message>
        <source>The record is not opened because the audit log cannot record the opening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is not shown because the audit log cannot record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRepository</name>
    <message>
        <source>Cannot count participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the participant register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantRowParser</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown columns in the header: %1 (the columns are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns named twice in the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile, phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home_lat and home_lon (or work_lat and work_lon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks required columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 appears again on line %2; the later row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not nl or en (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not active, paused or unsubscribed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: status unsubscribed needs the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mobile, phone or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address: fill in home_lat and home_lon (or work_lat and work_lon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the home address needs coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the work address needs coordinates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantService</name>
    <message>
        <source>The details are not shown because the audit log cannot record the opening: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge period must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the participant register: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantWriter</name>
    <message>
        <source>No transaction to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot erase the participant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection&apos;s encoding is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants.id has no sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write participants: %1 has two %2 addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write participants: the text of %1 holds a NUL character, which PostgreSQL cannot store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantsCommand</name>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: write the rejected rows and warnings here (default: FILE-report.csv next to FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants erase needs the external id or pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants %1 needs the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1 of %2 rows (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 imported (%3 updated), %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — see %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 and their addresses erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: participants unsubscribed more than this many days ago (default: the setting security/purgeUnsubscribedDays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days belongs to participants purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants unsubscribed more than %2 days ago erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List participants with masked contact data (list), import them from CSV (import), export them (export), erase one (erase) or purge those unsubscribed long ago (purge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, import FILE.csv, export FILE.csv, erase EXTERNAL_ID|PSEUDONYM or purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, list: print the summary or the rows as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only those whose name or place contains TEXT, or whose postcode or phone number starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: order by name (default), pseudonym, external-id, status, postcode or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: in descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: start at this row (0 is the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most this many rows (default 50, at most 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use list, import, export, erase or purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to participants list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants %1 takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report belongs to participants import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json belongs to participants import and list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;; use name, pseudonym, external-id, status, postcode or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a row number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ParticipantsDock</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, place, postcode or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the drawn area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an area on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of this participant&apos;s data. The opening is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to open participants&apos; details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not open participants&apos; details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 participants, any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 participant, any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants, any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this participant&apos;s record, pause, unsubscribe or erase them. Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this participant&apos;s addresses on the map. This is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PasswordHasher</name>
    <message>
        <source>The cryptography library libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PasswordInput</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PersonalDataGuard</name>
    <message>
        <source>Audit detail &quot;%1&quot; looks like an e-mail address: the audit log takes pseudonymous ids only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; looks like a phone number: the audit log takes pseudonymous ids only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; looks like a postcode: the audit log takes pseudonymous ids only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; is personal data: the audit log takes pseudonymous ids only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit detail &quot;%1&quot; is not of the kind its service declared; the record is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PgCopyIn</name>
    <message>
        <source>No COPY in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PhoneNumbers</name>
    <message>
        <source>not a phone number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid phone number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a mobile number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceFinder</name>
    <message>
        <source>No geocoding service is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geocoding service could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceLabelLayer</name>
    <message>
        <source>Place names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoNames (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceSearchBox</name>
    <message>
        <source>%1° N %2° E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, postcode, place or coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address (Oudegracht 12 Utrecht), a postcode (3511 AB), a street, a place (Den Bosch, &apos;s-Gravenhage), WGS84 (52.3731, 4.8932 or 52°22&apos;23&quot;N 4°53&apos;35&quot;E) or RD (121400 487400); Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: from the place list and postcode centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDOK Locatieserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place or postcode &quot;%1&quot; in the offline place list (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDOK Locatieserver found no address or place &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, offline: from the place list and postcode centres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PlaceTable</name>
    <message>
        <source>Cannot read the place table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: expected 10 columns, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: invalid coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place table %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PointTool</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PolicyDialog</name>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are kept in the register and apply to every workstation that shares it. Each change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PolicyStore</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PolygonTool</name>
    <message>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PostcodeCentroids</name>
    <message>
        <source>Cannot compute the postcode centres: %1</source>
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
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (dark, for a dimmed room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PrepareOfflineMapDialog</name>
    <message>
        <source>Prepare offline map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads %1 for use without network. The tiles are kept in an MBTiles file that the map shows when the service cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visible map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline map file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tiles, about %2 on disk (estimate; the download takes as long as the service needs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be downloaded for offline use: its tiles stay online only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 tiles: choose a smaller area or fewer zoom levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tiles, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 is shown on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed; nothing was kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::RdProjection</name>
    <message>
        <source>RD New (EPSG:28992) is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point cannot be converted to or from RD New.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReauthGate</name>
    <message numerus="yes">
        <source>A live send to more than %n recipient(s) needs the password again, and there is no one to ask.</source>
        <translation>
            <numerusform>A live send to more than %n recipient needs the password again, and there is no one to ask.</numerusform>
            <numerusform>A live send to more than %n recipients needs the password again, and there is no one to ask.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are about to send a LIVE message to %n recipient(s). Type your password to confirm.</source>
        <translation>
            <numerusform>You are about to send a LIVE message to %n recipient. Type your password to confirm.</numerusform>
            <numerusform>You are about to send a LIVE message to %n recipients. Type your password to confirm.</numerusform>
        </translation>
    </message>
    <message>
        <source>The send was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was wrong three times; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::RecipientResolver</name>
    <message>
        <source>Cannot read the recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::RectangleTool</name>
    <message>
        <source>Draw rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::RegisterHealthLabel</name>
    <message numerus="yes">
        <source>%n workstation(s) on the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The shared register answers; changes made at the other workstations show here within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register connection lost at %1 — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: messages being sent are written when the register answers again; a change you make now fails with a message and can be made again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::RegisterTransfers</name>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::RepairConfirmDialog</name>
    <message>
        <source>Repaired area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts: %1. Participants inside the repaired area: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the repaired area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReplayLayer</name>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReplayPanel</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 of %2: %3 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recipients reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReplayStore</name>
    <message>
        <source>Replay (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1 to replay in %2 mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReportCommand</name>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed urgent actions: %1; direct success %2 %, indirect %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message on time: %1 % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips: %1 (%2 useful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 messages, %3 % delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: the action&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD, local) or moment (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD, included) or the moment after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this incident type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only urgent or notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the actions of this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing message later than this is late (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--closing-limit needs a number of minutes above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a day YYYY-MM-DD or an ISO 8601 moment, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must come after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type: unknown incident type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome: unknown outcome &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind needs urgent or notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report action&quot; needs the action&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisors&apos; review: statistics of a period, the actions overview, one action&apos;s report, PDF reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1&apos;s report written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1 actions written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the actions made at this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action, period: write the report as PDF to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;report stats&quot;, &quot;report overview&quot;, &quot;report action ID&quot; or &quot;report period --pdf FILE&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf is for &quot;report action ID&quot; and &quot;report period&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;report period&quot; needs --pdf FILE (for the figures: &quot;report stats&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReportPage</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewDock</name>
    <message>
        <source>Export the actions overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions; of %2 closed: %3 % direct success, %4 % useful information; closing message on time %5 %; %6 tips (%7 useful).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the action&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action&apos;s report as PDF: map, figures, timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1&apos;s report written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewPdf</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet Console %1 · %2 · no personal data · made %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useful information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme %1 direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme %1 contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme %1 missing persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: not a live action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of one Burgernet action for the supervisors&apos; review. Times are local. It names no participant and quotes no tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle, radius %1 m (%2 km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon, %1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips (useful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the first tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the closing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area (blue) with the places tips named: green useful, orange other (%1 of %2 tips had a place). Places: GeoNames (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % reached after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert recipients reached, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes after the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burgernet statistics, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING RESULTS: never counted with live actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatcher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions whose alert went out, by the time they were created (local time). Filter: %1. The same figures as `burgernetctl report stats`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed urgent actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct success (arrest, person found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (programme: about %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (programme: about %2 with a contribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing message on time (within %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants reached per action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on average, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message fatigue (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 alerted participants got more than %3 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per month, by incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per week, by incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by area size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to the first tip (%1 actions with tips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes to the closing message: %1 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered per channel (all messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes until 90 % of an alert&apos;s recipients were reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % reached: average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewStats</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewStore</name>
    <message>
        <source>Review (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1 to review in %2 mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ReviewTableModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 useful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First tip after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::RoleNames</name>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SafeXml</name>
    <message>
        <source>XML with a document type declaration (DTD) is refused: it could declare entities that read files or expand without end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML with the entity reference &amp;%1; is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable XML at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SavedAreaCommand</name>
    <message>
        <source>The area library: save an area under a name, list, export and import them (GeoJSON or KML), rename and delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save NAME, list, export FILE, import FILE, rename NAME NEW or delete NAME (FILE: .geojson/.json or .kml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save: a circle, centre and radius in metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAT,LON,METRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save: the area of a GeoJSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save: a municipality from the register&apos;s boundaries (CBS code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save, import: replace an area of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: only this area (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>area %1 takes %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>area save needs one of --circle, --geojson or --municipality, and only save takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--circle needs LAT,LON,METRES, e.g. 52.3731,4.8922,5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (%2) in the area library of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n area(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n area(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The area library&apos;s region (default: this workstation&apos;s, workstation/region).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SavedAreaRepository</name>
    <message>
        <source>The saved area &quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the area library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area library of %1 has no area &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area library of %1 already has an area &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SavedAreaService</name>
    <message>
        <source>name: an area needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the area is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area library of %1 already has an area &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioCommand</name>
    <message>
        <source>Training exercises: check a scenario file, list the bundled ones, run one with a scripted trainee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file (or the name of a bundled one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: the trainee&apos;s scripted actions (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: times real time (1, 2, 5, ...); 0 or &quot;max&quot; (the default) as fast as the messages go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;scenario check FILE&quot;, &quot;scenario list&quot; or &quot;scenario run FILE --trainee-script FILE&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%2; %n inject(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;scenario run&quot; needs --trainee-script FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed needs a number from 0 to 60, or max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises run in training only: add --training (and --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: whose run it is (default: the script&apos;s trainee); the run is kept for them and compared with their earlier runs of the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: also write the debrief as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioEditor</name>
    <message>
        <source>Information from caller or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway recovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant calls back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor asks for an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario editor (TRAINING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What participants who call back say, one text a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back texts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particulars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person as the caller describes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged on: criteria separated by commas, a time limit in minutes after the first-send-within and closing-message criteria, e.g. &quot;first-send-within 5, path-coverage&quot;. Criteria: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T+minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next point of the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A click on the map sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-back or the person found takes place on the true path at its minute. A gateway&apos;s failure and recovery name the channel (sms, voice, email, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I think I just saw the person from the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scenario: fill in the incident, click the path on the map, add goals and injects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid: %1 (%n inject(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioLoader</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be a list of at least %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [latitude, longitude]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time as HH:MM, e.g. 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person or a vehicle must be described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be less than delayMinMinutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold one of circle, corridor or polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be later than the point before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injects must be in the order of their minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioMap</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::ScenarioService</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SeedWorker</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile %1/%2/%3 could not be downloaded: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished file to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SenderRate</name>
    <message>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As agreed with the gateway&apos;s operator: dispatch never sends faster. 0 keeps the sender&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SenderRegistry</name>
    <message>
        <source>built for sender interface version %1, but this console needs version %2; rebuild the plugin against this console&apos;s ChannelSender.h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Burgernet sender plugin (interface &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Qt plugin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin has no sender id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sender with the id &quot;%1&quot; is already installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the built-in simulated sender may declare that it reaches nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode can only use the simulated sender, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender &quot;%1&quot; is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; could not be created with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the built-in simulated sender may serve every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender &quot;%1&quot; names no channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender &quot;%1&quot; adds the channel &quot;%2&quot; without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; serves every channel: say which.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SenderService</name>
    <message>
        <source>Your role may not manage senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender &quot;%1&quot; is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message from Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message from Burgernet Console. No action needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not configured: %2 missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SenderSettingsForm</name>
    <message>
        <source>stored (leave empty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are not checked: anyone on the network path can read and change what this sender sends. Only for test gateways; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SendersDialog</name>
    <message>
        <source>one message per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message for the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain (the answer was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted file (no keychain runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins not loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: only the simulated sender exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own number or address for a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may look at the senders but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every channel, reaching nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SessionServices</name>
    <message>
        <source>The console is busy; send the tip again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SettingsCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy (values and ranges) and this user&apos;s settings; set a policy value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to list, or set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;settings&quot; to list, or &quot;settings set KEY VALUE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy, kept in the register for every workstation that shares it (change with: burgernetctl --user NAME settings set KEY VALUE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1..%2, default %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s settings, stored in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown policy key &quot;%1&quot;; the keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SettingsService</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use auto, nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register is open: the policy settings are kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 in live mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be less than %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SignInDialog</name>
    <message>
        <source>Sign in — Burgernet Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live — messages reach real participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training — its own register, simulated senders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
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
</context>
<context>
    <name>burgernet::SignInFlow</name>
    <message>
        <source>This register has no accounts. Add the administrator with &quot;burgernetctl user add NAME --role administrator&quot; or start the console once with a screen to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user and --password-file (this register has no demo accounts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SignInService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts until %1. An administrator can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Wrong password. The account is now locked for %n minute.</numerusform>
            <numerusform>Wrong password. The account is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts at this workstation. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. This workstation refuses the name for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in cannot be recorded in the audit log, so it is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Nothing was counted against the account; try again when more memory is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SignInThrottle</name>
    <message>
        <source>Cannot read the failed sign-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the failed sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the failed sign-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SigningKey</name>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the signing key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Burgernet audit public key (expected a line starting with &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key in %1 has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Burgernet audit signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SimulatedSender</name>
    <message>
        <source>Simulated sender (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each send takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failures (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sends that fail and may be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent failures (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sends that fail for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery reports (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sent messages that get a delivery report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery report delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between sending and the delivery report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of delivered messages that get a simulated reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 varies every run; any other number repeats the same outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated permanent failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: reaches nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated gateway could not record the message (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SmtpEmailSender</name>
    <message>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SMTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;none&quot; only for a relay on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a test server; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site&apos;s own certificate authority, in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::SocialSender</name>
    <message>
        <source>Social media (Mastodon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mastodon-compatible server, e.g. https://social.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application token with the write:statuses scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked from every post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a test server; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode with a house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text seems to contain %1; public posts never carry personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::StatisticsCharts</name>
    <message>
        <source>TRAINING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per month, by incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions per week, by incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful information %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 % missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message fatigue: %1 % of the %2 participants alerted in the last 30 days got more than %3 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::StatisticsDashboard</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the period&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING RESULTS: never counted with live actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach and fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions. Of %2 closed urgent actions: %3 % direct success, %4 % useful information (programme: about 10 % and 40 %). Closing message on time: %5 % of %6. Participants reached: %7 per action on average. Message fatigue: %8 % got more than %9 alerts in 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by area size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success by day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the first tip (%1 actions with tips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to the closing message: %1 % on time (within %2 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate per channel (all messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time until 90 % of the alert&apos;s recipients were reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants reached per action (average %1, most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s report (%1 actions) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TemplateCommand</name>
    <message>
        <source>Message templates: list, show, set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show LANG NAME or set LANG NAME FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;template list&quot;, &quot;template show LANG NAME&quot; or &quot;template set LANG NAME FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	(replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot; in language &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty: a template needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1/%2 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TemplateService</name>
    <message>
        <source>There is no template &quot;%1&quot; in language &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TextChecks</name>
    <message>
        <source>&quot;%1&quot; states or suggests an offence; describe the person or vehicle instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an abbreviation; write it out (a voice reads it letter by letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains an e-mail address (personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains a phone number (personal data); the call-back number is added by the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains a postcode (personal data of a resident).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registration plate belongs in the vehicle&apos;s plate field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing person may only be sought with the family&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TextFileEncoding</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UTF-32 text; save it as CSV in UTF-8 (or UTF-16) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (an .xlsx or .ods workbook?), not CSV text; save the sheet as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls), not CSV text; save the sheet as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds zero bytes: it is a binary file, not CSV text in UTF-8, UTF-16 or Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-16 near byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TextRules</name>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (U+%1) at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bidirectional text control (U+%1) at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a noncharacter (U+%1) at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half of a character (U+%1) at position %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TileLoader</name>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TileSource</name>
    <message>
        <source>Kaartgegevens © Kadaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (standaard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (grijs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (pastel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDOK BRT-Achtergrondkaart (water)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom tiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TipCommand</name>
    <message>
        <source>--at: &quot;%1&quot; is not a time; use HH:MM or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back tips of an action: add, edit, rate, list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add ACTION, edit TIP, rate TIP useful|not-useful|unrated, or list ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller reported, in a few words; no names, phone numbers or addresses of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the call came in (default: now): HH:MM today or ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: coordinates (WGS84, degrees and minutes, or RD x y), or &quot;unknown&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the call came in: %1 (default: other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the tip useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the tip not useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: take the rating back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;tip add ACTION --text TEXT&quot;, &quot;tip edit TIP&quot;, &quot;tip rate TIP useful|not-useful|unrated&quot; or &quot;tip list ACTION&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one of --useful, --not-useful and --unrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tip(s), %1 useful</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, first after %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating &quot;%1&quot;: use useful, not-useful or unrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip %1 rated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text: say in a few words what the caller reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip %1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TipLayer</name>
    <message>
        <source>Call-back tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TipRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tip %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the tips of action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TipService</name>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: say in a few words what the caller reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1 characters; a tip&apos;s note has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: not a valid coordinate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is a draft: nobody was alerted, so no tip can come in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TipTableModel</name>
    <message>
        <source>0800 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>112</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TipsPanel</name>
    <message>
        <source>On the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates, or empty when unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen, where and when; no names or phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip rated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::TraineeScript</name>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 0 to %1 (the scenario&apos;s end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps must be in the order of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be send, update, retry-failed or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an incident type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an update needs its news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be arrested, person_found, useful_information, no_result or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of action %2: %3, %4 participant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed message(s) queued again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::UserCommand</name>
    <message>
        <source>Manage the console&apos;s accounts: add, list, passwd, disable, enable, unlock, role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: dispatcher, supervisor, trainer, administrator, municipal-editor. A password is read from --password-file or standard input (typed twice on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add NAME --role ROLE, list, passwd NAME, disable NAME, enable NAME, unlock NAME or role NAME ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the account&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, role: a municipal editor&apos;s municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, passwd: read the password from this file&apos;s first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong arguments for user %1; see burgernetctl user --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use dispatcher, supervisor, trainer, administrator or municipal-editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1: %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::UserService</name>
    <message>
        <source>Your role (%1) may not manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workstation&quot; is not a role for people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipal editor needs their municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only municipal editors have a municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account name: 2 to 64 of a-z, 0-9, dot, dash and underscore, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has accounts already; an administrator adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo accounts go into a register without accounts only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::UserStore</name>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::VoiceGatewaySender</name>
    <message>
        <source>Voice message (voice gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the voice gateway&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number participants see, and call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a test gateway; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::WebhookSender</name>
    <message>
        <source>Matrix signs (webhook example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sign controller accepts messages (POST, JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a test controller; the change is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms)</source>
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
    <name>burgernet::WorkstationSigningKey</name>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit signing key cannot be read from the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit signing key cannot be stored in the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit signing key did not survive the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old signing key %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>burgernet::policy</name>
    <message>
        <source>Addressed messages above which a second user must approve an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts a participant receives per day at most (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live send to more recipients than this asks for the password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins in a row at one workstation after which that workstation refuses the name until the lock time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait after the first failed sign-in, doubling with each further failure (at most 60 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a refused name or a locked account stays refused (an administrator can unlock it sooner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins in a row, at all workstations together, after which the account is locked everywhere; more than signInMaxFailures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input after which the window locks (0, never, only in training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after unsubscribing after which a participant is purged from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours back in which an action whose area overlaps a new one is named in the confirmation (0: not checked)</source>
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
