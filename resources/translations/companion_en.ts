<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/agenda/page.py" line="+680"/>
        <source>All days: %n session(s) match “%1”; the timeline shows those on %2. Esc clears search.</source>
        <translation>
            <numerusform>All days: %n session matches “%1”; the timeline shows those on %2. Esc clears search.</numerusform>
            <numerusform>All days: %n sessions match “%1”; the timeline shows those on %2. Esc clears search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Search results from all days: %n session(s) match “%1”. Esc in the search box clears it.</source>
        <translation>
            <numerusform>Search results from all days: %n session matches “%1”. Esc in the search box clears it.</numerusform>
            <numerusform>Search results from all days: %n sessions match “%1”. Esc in the search box clears it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/badges/page.py" line="+324"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n row not imported</numerusform>
            <numerusform>%n rows not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Log %n badge(s) of the current choice as printed? “Only badges not printed yet” will leave them out.</source>
        <translation>
            <numerusform>Log %n badge of the current choice as printed? “Only badges not printed yet” will leave it out.</numerusform>
            <numerusform>Log %n badges of the current choice as printed? “Only badges not printed yet” will leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>Drawing %n badge(s)…</source>
        <translation>
            <numerusform>Drawing %n badge…</numerusform>
            <numerusform>Drawing %n badges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Sending %n page(s) to the printer…</source>
        <translation>
            <numerusform>Sending %n page to the printer…</numerusform>
            <numerusform>Sending %n pages to the printer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/open_event.py" line="+369"/>
        <source>%n session(s) changed since you last opened this event: see What changed.</source>
        <translation>
            <numerusform>%n session changed since you last opened this event: see What changed.</numerusform>
            <numerusform>%n sessions changed since you last opened this event: see What changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session written to %1.</numerusform>
            <numerusform>%n sessions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with indicative times, marked as such in the title.</source>
        <translation>
            <numerusform>%n with an indicative time, marked as such in the title.</numerusform>
            <numerusform>%n with indicative times, marked as such in the title.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) left out because the format needs a date and a time that were not published:</source>
        <translation>
            <numerusform>%n session left out because the format needs a date and a time that were not published:</numerusform>
            <numerusform>%n sessions left out because the format needs a date and a time that were not published:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/import_report.py" line="+119"/>
        <source>Skipped %n item(s) and noted:</source>
        <translation>
            <numerusform>Skipped %n item and noted:</numerusform>
            <numerusform>Skipped %n items and noted:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegendEntries</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/agenda/legend.py" line="+92"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyAgendaPage</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/my_agenda/page.py" line="+158"/>
        <location line="+3"/>
        <source>%n no longer in the programme</source>
        <translation>
            <numerusform>%n no longer in the programme</numerusform>
            <numerusform>%n no longer in the programme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NowNextPanel</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/agenda/now_next.py" line="+69"/>
        <source>%n session(s) today without published times</source>
        <translation>
            <numerusform>%n session today without published times</numerusform>
            <numerusform>%n sessions today without published times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsDialog</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/subscriptions.py" line="+146"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatChangedPage</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/changes/page.py" line="+82"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved in time</source>
        <translation>
            <numerusform>%n moved in time</numerusform>
            <numerusform>%n moved in time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved to another room</source>
        <translation>
            <numerusform>%n moved to another room</numerusform>
            <numerusform>%n moved to another room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retitled</source>
        <translation>
            <numerusform>%n retitled</numerusform>
            <numerusform>%n retitled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with people changed</source>
        <translation>
            <numerusform>%n with people changed</numerusform>
            <numerusform>%n with people changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of them starred by you, listed first.</source>
        <translation>
            <numerusform>%n of them starred by you, listed first.</numerusform>
            <numerusform>%n of them starred by you, listed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n starred session(s) are no longer in the programme: %1. Your stars are kept.</source>
        <translation>
            <numerusform>%n starred session is no longer in the programme: %1. Your star is kept.</numerusform>
            <numerusform>%n starred sessions are no longer in the programme: %1. Your stars are kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
