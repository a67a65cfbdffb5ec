<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_Latn_KZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="+34"/>
        <source>About Companion</source>
        <translation>Companion turaly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not stated</source>
        <translation>körsetılmegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline conference companion: agenda, calendar export and badges.</source>
        <translation>Konferensiiaǧa arnalǧan jelısız qoldanba: baǧdarlama, küntızbege eksport jäne beidjder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version: %1 (%2)</source>
        <translation>Derekter nūsqasy: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on Qt %1.</source>
        <translation>Qt %1 negızınde jūmys ısteidı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licences of the parts of Companion</source>
        <translation>Companion qūramdas bölıkterınıŋ lisenziialary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Qūramdas bölık</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Nūsqa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lisenziia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence text</source>
        <translation>Lisenziia mätını</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Companion is free software under the MIT licence. It ships these parts, each under its own licence (select one to read it):</source>
        <translation>Companion — MIT lisenziiasymen taratylatyn erkın qoldanba. Onyŋ qūramynda ärqaisysy öz lisenziiasymen taratylatyn myna bölıkter bar (lisenziiasyn oqu üşın bıreuın taŋdaŋyz):</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+8"/>
        <source>Companion %1</source>
        <extracomment>src/companion/ui/about.py:43</extracomment>
        <translation>Companion %1</translation>
    </message>
</context>
<context>
    <name>AboutEventDialog</name>
    <message>
        <location filename="../../src/companion/ui/agenda/about_event.py" line="+25"/>
        <source>About %1</source>
        <translation>%1 turaly</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this event</source>
        <translation>Is-şara turaly</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>Künderı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Ötetın orny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not published</source>
        <translation>jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Qala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Taqyryby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisers</source>
        <translation>Ūiymdastyruşylar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Qatysuşylar</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>About the dates</source>
        <extracomment>src/companion/ui/agenda/about_event.py:60</extracomment>
        <translation>Künderı turaly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <extracomment>src/companion/ui/agenda/about_event.py:63</extracomment>
        <translation>Derekközder</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="+74"/>
        <source>Open address</source>
        <translation>Mekenjai boiynşa aşu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schedule&apos;s address (frab XML, schedule.json or iCalendar). Companion keeps a copy, so it opens without a network and can be refreshed later.</source>
        <translation>Baǧdarlamanyŋ mekenjaiy (frab XML, schedule.json nemese iCalendar). Companion onyŋ köşırmesın saqtaidy, sondyqtan baǧdarlama jelısız aşylady jäne ony keiın jaŋartuǧa bolady.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter an address starting with http:// or https://</source>
        <translation>http:// nemese https:// dep bastalatyn mekenjaidy engızıŋız</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../src/companion/ui/agenda/page.py" line="+143"/>
        <source>Day</source>
        <translation>Kün</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Türı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track</source>
        <translation>Baǧyt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;List</source>
        <translation>&amp;Tızım</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Uaqyt şkalasy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cards</source>
        <translation>&amp;Kartoçkalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compact cards: time and room, title, people, type</source>
        <translation>Yqşam kartoçkalar: uaqyt pen zal, atauy, qatysuşylar, türı</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+35"/>
        <source>Day note</source>
        <translation>Künge eskertu</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+337"/>
        <source>Sessions</source>
        <translation>Sessiialar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No track</source>
        <translation>Baǧytsyz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event publishes no tracks.</source>
        <translation>Būl ıs-şaranyŋ jariialanǧan baǧyttary joq.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>All days: %n session(s) match “%1”; the timeline shows those on %2. Esc clears search.</source>
        <translation>
            <numerusform>Barlyq kün: «%1» sūrauyna %n sessiia säikes; uaqyt şkalasynda %2 küngılerı körsetılgen. Esc ızdeudı tazartady.</numerusform>
            <numerusform>Barlyq kün: «%1» sūrauyna %n sessiia säikes; uaqyt şkalasynda %2 küngılerı körsetılgen. Esc ızdeudı tazartady.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Search results from all days: %n session(s) match “%1”. Esc in the search box clears it.</source>
        <translation>
            <numerusform>Barlyq kün boiynşa ızdeu nätijelerı: «%1» sūrauyna %n sessiia säikes. Izdeu örısınde Esc ony tazartady.</numerusform>
            <numerusform>Barlyq kün boiynşa ızdeu nätijelerı: «%1» sūrauyna %n sessiia säikes. Izdeu örısınde Esc ony tazartady.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rooms were not published for this day.</source>
        <translation>Būl künge zaldar jariialanbaǧan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sessions were published for this day.</source>
        <translation>Būl künge sessiialar jariialanbaǧan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session of this day matches the search or filters.</source>
        <translation>Būl künnıŋ bırde-bır sessiiasy ızdeuge ne süzgılerge säikes kelmeidı.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/companion/app.py" line="+141"/>
        <source>The event you had open last cannot be opened: %1</source>
        <translation>Soŋǧy ret aşylǧan ıs-şarany aşu mümkın emes: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Companion cannot open the event file %1</source>
        <translation>Companion ıs-şara failyn aşa almaidy: %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+50"/>
        <location line="+17"/>
        <source>Event file not opened</source>
        <translation>Is-şara faily aşylmady</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+51"/>
        <location line="+17"/>
        <source>The bundled CACCC-2025 programme is shown instead.</source>
        <translation>Onyŋ ornyna kırıstırılgen OAQÖK-2025 baǧdarlamasy körsetıldı.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Companion cannot use its saved data (%1). Changes will not be kept.</source>
        <translation>Companion saqtalǧan derekterdı paidalana almaidy (%1). Özgerıster saqtalmaidy.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Saved data not available</source>
        <translation>Saqtalǧan derekter qoljetımsız</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder is read-only</source>
        <translation>Derekter qaltasy tek oquǧa arnalǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder %1 is read-only. Companion shows your saved stars and lists, but changes made now will not be kept after you close it.</source>
        <translation>%1 derekter qaltasy tek oquǧa arnalǧan. Companion saqtalǧan belgıler men tızımderdı körsetedı, bıraq qazır engızılgen özgerıster qoldanba jabylǧannan keiın saqtalmaidy.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Showing the copy fetched %1.</source>
        <translation>%1 jüktep alynǧan köşırme körsetılgen.</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+124"/>
        <source>Edit attendee</source>
        <translation>Qatysuşyny öŋdeu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Qatysuşy qosu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>made from the name when empty</source>
        <translation>bos bolsa, atynan qūralady</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name</source>
        <translation>&amp;Aty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name</source>
        <translation>&amp;Tegı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Ūiym</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country / &amp;delegation</source>
        <translation>El / &amp;delegasiia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Sanaty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail (never printed)</source>
        <translation>&amp;El. poşta (basylmaidy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter a given or family name.</source>
        <translation>Atyn nemese tegın engızıŋız.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>ID-de tek A–Z ärıpterı, sifrlar, «.», «_» jäne «-» bolady.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another attendee already has the ID %1.</source>
        <translation>%1 ID basqa qatysuşyda bar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address needs an “@”.</source>
        <translation>El. poşta mekenjaiynda «@» boluy kerek.</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <location filename="../../src/companion/sources/attendees_csv.py" line="+153"/>
        <source>no column holds the names (given name, family name or full name)</source>
        <translation>aty-jönder eşbır baǧanda joq (aty, tegı nemese tolyq aty-jönı)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one column is mapped to {field}</source>
        <translation>{field} örısı bırneşe baǧanǧa taǧaiyndalǧan</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>another Cyrillic encoding (e.g. KOI8-R or Mac Cyrillic)</source>
        <translation>basqa kirill kodtauy (mysaly, KOI8-R nemese Mac Cyrillic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text looks like {encoding}, not UTF-8 or Windows-1251 (names come out like {sample}); nothing was imported. Save the list as CSV UTF-8 and import it again</source>
        <translation>mätın UTF-8 ne Windows-1251 emes, {encoding} siiaqty (aty-jönder {sample} türınde şyǧady); eşteŋe importtalmady. Tızımdı CSV UTF-8 retınde saqtap, qaita importtaŋyz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text looks like {encoding}, not UTF-8 or Windows-1251; nothing was imported. Save the list as CSV UTF-8 and import it again</source>
        <translation>mätın UTF-8 ne Windows-1251 emes, {encoding} siiaqty; eşteŋe importtalmady. Tızımdı CSV UTF-8 retınde saqtap, qaita importtaŋyz</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the text is neither UTF-8, UTF-16 nor Windows-1251; save it as CSV UTF-8</source>
        <translation>mätın UTF-8, UTF-16 nemese Windows-1251 kodtauynda emes; ony CSV UTF-8 retınde saqtaŋyz</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this is a spreadsheet workbook, not CSV; save it as CSV first</source>
        <translation>būl CSV emes, elektrondyq keste kıtaby; aldymen ony CSV retınde saqtaŋyz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file has no header row and no attendees</source>
        <translation>failda taqyryp joly da, qatysuşylar da joq</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid CSV: {detail}</source>
        <translation>jaramsyz CSV: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}: error: {problem}</source>
        <translation>{row}-jol: qate: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {row}: warning: {problem}</source>
        <translation>{row}-jol: eskertu: {problem}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{count} values but the header has {width} columns (a &apos;{delimiter}&apos; inside a value that is not in quotes?)</source>
        <translation>{count} män bar, al taqyrypta {width} baǧan (tyrnaqşasyz männıŋ ışınde &apos;{delimiter}&apos; taŋbasy bar ma?)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no name (both given and family name are empty)</source>
        <translation>aty-jönı joq (aty da, tegı de bos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is longer than {limit} characters</source>
        <translation>aty-jönı {limit} taŋbadan ūzyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown category {category} (expected {expected})</source>
        <translation>belgısız sanat {category} (kütıletınder: {expected})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id {id} may only hold letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64)</source>
        <translation>{id} ID tek A-Z latyn ärıpterınen, sandardan, &apos;.&apos;, &apos;_&apos; jäne &apos;-&apos; taŋbalarynan tūra alady (64 taŋbaǧa deiın)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>same name and organisation as row {other}; not imported twice</source>
        <translation>aty-jönı men ūiymy {other}-joldaǧymen bırdei; qaitalap importtalmaidy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id {id} is already used on row {other}; not imported twice</source>
        <translation>{id} ID {other}-jolda qoldanylǧan; qaitalap importtalmaidy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no category; imported as delegate</source>
        <translation>sanaty körsetılmegen; delegat retınde importtaldy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail {email} is not an address; left out</source>
        <translation>{email} e-mail mekenjaiy emes; alynyp tastaldy</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{problems}; the header row has {headers}</source>
        <translation>{problems}; taqyryp jolynda: {headers}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="+238"/>
        <source>use --map given_name=COLUMN --map family_name=COLUMN (or full_name=COLUMN)</source>
        <translation>baǧandardy körsetıŋız: --map given_name=BAǦAN --map family_name=BAǦAN (nemese full_name=BAǦAN)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/attendees_sheet.py" line="+77"/>
        <source>the workbook is {size} MB; the limit is {limit} MB</source>
        <translation>jūmys kıtabynyŋ kölemı {size} MB; şegı — {limit} MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a workbook Companion can read ({detail}); save it as .xlsx, .ods or CSV</source>
        <translation>būl Companion oqi alatyn jūmys kıtaby emes ({detail}); ony .xlsx, .ods nemese CSV retınde saqtaŋyz</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the workbook has no sheet {sheet}; its sheets are {sheets}</source>
        <translation>jūmys kıtabynda {sheet} paraǧy joq; onyŋ paraqtary: {sheets}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the workbook has no sheets</source>
        <translation>jūmys kıtabynda bırde-bır paraq joq</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet {sheet} cannot be read: {detail}</source>
        <translation>{sheet} paraǧyn oqu mümkın emes: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sheet {sheet} has no header row and no attendees</source>
        <translation>{sheet} paraǧynda taqyryp joly da, qatysuşylar da joq</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../src/companion/ui/badges/model.py" line="+71"/>
        <source>Name</source>
        <translation>Aty-jönı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country / delegation</source>
        <translation>El / delegasiia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Sanaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed</source>
        <translation>Basylǧan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not yet</source>
        <translation>älı joq</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="-146"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Aty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Tegı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given names, family name)</source>
        <translation>Tolyq aty-jönı (aty, sosyn tegı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (family name first, ФИО)</source>
        <translation>Tolyq aty-jönı (aldymen tegı, TAÄ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country / delegation</source>
        <translation>El / delegasiia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Sanaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>El. poşta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not used)</source>
        <translation>(qoldanylmaidy)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/feature.py" line="+35"/>
        <source>Badges</source>
        <translation>Beidjder</translation>
    </message>
    <message>
        <location filename="../../src/companion/exports/badges/render.py" line="+439"/>
        <source>the badge font has no glyph for {characters}</source>
        <translation>beidj qarpınde {characters} taŋbalary joq</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{event} badges ({layout})</source>
        <translation>{event} beidjderı ({layout})</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>name printed at {size} pt, below the {floor} pt floor</source>
        <translation>aty-jönı {size} pt ölşemımen basyldy, būl {floor} pt eŋ tömengı şegınen kışı</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the id is too long: its QR code would need {size} mm modules on this stock (at least {minimum} mm scan reliably)</source>
        <translation>ID tym ūzyn: onyŋ QR kody būl blankıde {size} mm modulderdı qajet etedı (senımdı oqyluy üşın kemınde {minimum} mm kerek)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No badges to print.</source>
        <translation>Basyp şyǧaratyn beidj joq.</translation>
    </message>
    <message>
        <location filename="../../src/companion/exports/badges/tokens.py" line="+52"/>
        <source>the code is damaged (bad field lengths)</source>
        <translation>kod bülıngen (örıs ūzyndyqtary qate)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+96"/>
        <location filename="../../src/companion/services/checkin.py" line="+334"/>
        <source>not a Companion badge code</source>
        <translation>būl Companion beidjınıŋ kody emes</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the code is damaged (not base32)</source>
        <translation>kod bülıngen (base32 emes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code is damaged (not in the form Companion prints)</source>
        <translation>kod bülıngen (Companion basatyn türde emes)</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+96"/>
        <source>the code is too short</source>
        <translation>kod tym qysqa</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>the signature does not match this event&apos;s key (forged or another event)</source>
        <translation>qoltaŋba osy ıs-şaranyŋ kıltıne säikes emes (jalǧan nemese basqa ıs-şara)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>the badge is for event {badge}, not {event}</source>
        <translation>beidj {event} emes, {badge} ıs-şarasyna arnalǧan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed with key {key}, which this desk was not given (import the desk package)</source>
        <translation>{key} kıltımen qol qoiylǧan, būl kılt osy üstelge berılmegen (üstel paketın importtaŋyz)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this desk has no key for the event (import the desk package)</source>
        <translation>būl üstelde ıs-şaranyŋ kıltı joq (üstel paketın importtaŋyz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature does not match this event&apos;s key (forged or altered)</source>
        <translation>qoltaŋba osy ıs-şaranyŋ kıltıne säikes emes (jalǧan nemese özgertılgen)</translation>
    </message>
    <message>
        <location filename="../../src/companion/store/badge_keys.py" line="+46"/>
        <location line="+79"/>
        <source>{file} is a symbolic link; Companion does not follow links in its data folder</source>
        <translation>{file} — simvoldyq sılteme; Companion öz derekter qaltasyndaǧy sıltemelerge ötpeidı</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>not a PEM public key: {detail}</source>
        <translation>būl PEM aşyq kıltı emes: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key is not an Ed25519 public key</source>
        <translation>kılt Ed25519 aşyq kıltı emes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: cannot save the badge signing key: {detail}</source>
        <translation>{file}: beidjderge qol qoiu kıltın saqtau mümkın emes: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: cannot read the badge signing key: {detail}</source>
        <translation>{file}: beidjderge qol qoiu kıltın oqu mümkın emes: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: not an Ed25519 private key</source>
        <translation>{file}: būl Ed25519 jabyq kıltı emes</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="+80"/>
        <source>warning: {badge}</source>
        <translation>eskertu: {badge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: {badge}</source>
        <translation>basylmady: {badge}</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/badges.py" line="+91"/>
        <source>cannot write {file}: {problem}</source>
        <translation>{file} jazylmady: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/controller.py" line="+36"/>
        <source>Drawing the badges</source>
        <translation>Beidjderdı salu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the badges</source>
        <translation>Beidjderdı basyp şyǧaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the attendee list</source>
        <translation>Qatysuşylar tızımın oqu</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../src/companion/ui/badges/panes.py" line="+50"/>
        <source>&amp;Import list…</source>
        <translation>Tızımdı &amp;importtau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add…</source>
        <translation>&amp;Qosu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Ö&amp;ŋdeu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Joiu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by name, organisation, country, category or ID</source>
        <translation>Aty, ūiymy, elı, sanaty ne ID boiynşa süzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter attendees</source>
        <translation>Qatysuşylardy süzu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attendees</source>
        <translation>Qatysuşylar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found</source>
        <translation>Aqaular tabyldy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the selected badge&apos;s QR code holds</source>
        <translation>Taŋdalǧan beidjdıŋ QR-kodynda ne bar</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/page.py" line="+440"/>
        <location filename="../../src/companion/ui/badges/panes.py" line="+2"/>
        <source>Select an attendee.</source>
        <translation>Qatysuşyny taŋdaŋyz.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/panes.py" line="-70"/>
        <source>Read the attendee list: an Excel or LibreOffice workbook (.xlsx, .xls, .ods) or CSV; re-importing updates people by ID, or by e-mail where the list has no ID</source>
        <translation>Qatysuşylar tızımın oqu: Excel ne LibreOffice jūmys kıtaby (.xlsx, .xls, .ods) nemese CSV; qaita importtaǧanda qatysuşylar ID boiynşa, al tızımde ID bolmasa, e-mail boiynşa jaŋartylady</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint o&amp;ne badge…</source>
        <translation>B&amp;ır beidjdı qaita basu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the selected person&apos;s badge alone, on a card or one label, without the rest of the run (a lost or misspelt badge)</source>
        <translation>Taŋdalǧan adamnyŋ beidjın jeke, kartaǧa ne bır japsyrmaǧa, qalǧan beidjdersız basu (beidj joǧalsa ne qate jazylsa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a list first: press Import list… and choose the organisers&apos; spreadsheet (.xlsx, .xls, .ods) or a CSV file. Or add people one by one with Add….</source>
        <translation>Aldymen tızımdı importtaŋyz: «Tızımdı importtau…» tüimesın basyp, ūiymdastyruşylardyŋ elektrondyq kestesın (.xlsx, .xls, .ods) nemese CSV failyn taŋdaŋyz. Ne qatysuşylardy «Qosu…» tüimesımen bır-bırden qosyŋyz.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save pro&amp;blems…</source>
        <translation>Aqaulardy &amp;failǧa saqtau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the last import left out, with the reasons, as a CSV file to fix them</source>
        <translation>Soŋǧy import qaldyryp ketken joldardy tüzetu üşın olardy sebepterımen bırge CSV failyna saqtau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QR code contents</source>
        <translation>QR-kodtyŋ mazmūny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code payload</source>
        <translation>QR-kod mazmūny</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A6, four per A4 sheet, cut marks</source>
        <translation>A6, A4 paraǧynda törteu, kesu belgılerı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avery 5392 / 74459 inserts (4×3 in, Letter, 6)</source>
        <translation>Avery 5392 / 74459 salymdary (4×3 diuim, Letter, 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avery L4785 labels (80×50 mm, A4, 10)</source>
        <translation>Avery L4785 japsyrmalary (80×50 mm, A4, 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURABLE 1445-02 inserts (90×54 mm, A4, 10)</source>
        <translation>DURABLE 1445-02 salymdary (90×54 mm, A4, 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 plastic card (card printer)</source>
        <translation>CR80 plastik karta (karta printerı)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country / delegation, then family name</source>
        <translation>El / delegasiia, sosyn tegı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Tegı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category, then family name</source>
        <translation>Sanaty, sosyn tegı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All attendees</source>
        <translation>Barlyq qatysuşylar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only badges not printed yet</source>
        <translation>Tek älı basylmaǧandary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the selected attendees</source>
        <translation>Tek taŋdalǧan qatysuşylar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Aǧylşyn tılı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Orys tılı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Qazaq tılı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh (Latin)</source>
        <translation>Qazaq tılı (latyn älıpbiı)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the event&apos;s name in this language too, after the badges&apos; own language (e.g. “ЦАКИК-2025 / CACCC-2025”)</source>
        <translation>Is-şara atauyn beidj tılınen keiın osy tılde de basu (mysaly, «OAQÖK-2025 / CACCC-2025»)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive moves the print to the right</source>
        <translation>Oŋ män basudy oŋǧa jyljytady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive moves the print down</source>
        <translation>Oŋ män basudy tömen jyljytady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Double-sided</source>
        <translation>&amp;Ekı jaqty basu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A back page after each sheet with the name again, mirrored for long-edge duplex printing</source>
        <translation>Är paraqtan keiın sol aty bar artqy bet, ūzyn jiek boiynşa dupleks üşın ainaly türde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tock</source>
        <translation>Bla&amp;nk türı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order</source>
        <translation>&amp;Retı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad&amp;ges</source>
        <translation>Bei&amp;djder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second &amp;language for the event name</source>
        <translation>Is-şara atauynyŋ ekınşı &amp;tılı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer offset x</source>
        <translation>Printerdıŋ x boiynşa yǧysuy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer offset y</source>
        <translation>Printerdıŋ y boiynşa yǧysuy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer o&amp;ffset</source>
        <translation>Printer &amp;yǧysuy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>&amp;Aldyn ala qarau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;saqtau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Basyp şyǧaru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calibration sheet…</source>
        <translation>&amp;Kalibrleu paraǧy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export public &amp;key…</source>
        <translation>A&amp;şyq kılttı eksporttau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key a check-in desk needs to verify badges offline</source>
        <translation>Tırkeu üstelınde beidjderdı jelısız tekseru üşın qajet kılt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mark as printed…</source>
        <translation>Basylǧan dep bel&amp;gıleu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the chosen badges as printed (e.g. a saved PDF printed on another computer), so “Only badges not printed yet” leaves them out</source>
        <translation>Taŋdalǧan beidjderdı basylǧan dep tırkeu (mysaly, saqtalǧan PDF basqa kompiuterde basylsa), sonda «Tek älı basylmaǧandary» olardy qaldyryp ketedı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print log…</source>
        <translation>Basyp şyǧaru jurna&amp;ly…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering progress</source>
        <translation>Salu barysy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Bas tartu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview of the PDF that will be printed</source>
        <translation>Basylatyn PDF-tıŋ aldyn ala körınısı</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/page.py" line="-243"/>
        <location filename="../../src/companion/ui/badges/panes.py" line="+3"/>
        <source>Press Preview to see the badges exactly as they will print.</source>
        <translation>Beidjderdı basylatyn küiınde köru üşın «Aldyn ala qarau» tüimesın basyŋyz.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 attendees, %2 badges printed.</source>
        <translation>Qatysuşylar: %1, basylǧan beidjder: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import attendee list</source>
        <translation>Qatysuşylar tızımın importtau</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading %1…</source>
        <translation>%1 oqyluda…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import the list</source>
        <translation>Tızımdı importtau mümkın emes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row %1: not imported: %2</source>
        <translation>%1-jol: importtalmady: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: %2</source>
        <translation>%1-jol: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5.</source>
        <translation>%1: jaŋa %2, jaŋartylǧan %3, özgerıssız %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n jol importtalmady</numerusform>
            <numerusform>%n jol importtalmady</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>Drawing %n badge(s)…</source>
        <translation>
            <numerusform>%n beidj salynuda…</numerusform>
            <numerusform>%n beidj salynuda…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Sending %n page(s) to the printer…</source>
        <translation>
            <numerusform>Printerge %n bet jıberılude…</numerusform>
            <numerusform>Printerge %n bet jıberılude…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Printerge %n bet jıberıldı.</numerusform>
            <numerusform>Printerge %n bet jıberıldı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Remove attendees</source>
        <translation>Qatysuşylardy joiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the list?</source>
        <translation>%1 tızımnen joiylsyn ba?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Event: %1 · Attendee ID: %2 · Ed25519 signature of this event&apos;s key.
No name, e-mail or phone number is in the code.
%3</source>
        <translation>Is-şara: %1 · Qatysuşy ID: %2 · osy ıs-şara kıltımen Ed25519 qoltaŋbasy.
Kodta aty, el. poştasy ne telefony joq.
%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list or the settings changed: Preview again to see the badges that Save PDF and Print… will produce.</source>
        <translation>Tızım ne baptaular özgerdı: «PDF saqtau» men «Basyp şyǧaru…» jasaityn beidjderdı köru üşın qaita «Aldyn ala qarau» tüimesın basyŋyz.</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+99"/>
        <location line="+5"/>
        <source>No badges</source>
        <translation>Beidjder joq</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Attendee lists (*.xlsx *.xls *.ods *.csv *.txt);;Workbooks (*.xlsx *.xls *.ods);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Qatysuşylar tızımderı (*.xlsx *.xls *.ods *.csv *.txt);;Jūmys kıtaptary (*.xlsx *.xls *.ods);;CSV faildary (*.csv *.txt);;Barlyq faildar (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a sheet</source>
        <translation>Paraqty taŋdaŋyz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which sheet of %1 holds the attendees?</source>
        <translation>%1 failynyŋ qai paraǧynda qatysuşylar bar?</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save import problems</source>
        <translation>İmport aqaularyn saqtau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faildary (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Jol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Türı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Aqau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not imported</source>
        <translation>importtalmady</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>eskertu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reprint one badge</source>
        <translation>Bır beidjdı qaita basu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock for %1&apos;s badge:</source>
        <translation>%1 üşın beidj blankısı:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+104"/>
        <source>No attendees match the chosen badges.</source>
        <translation>Taŋdalǧan beidjderge säikes qatysuşy joq.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Mark as printed</source>
        <translation>Basylǧan dep belgıleu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Log %n badge(s) of the current choice as printed? “Only badges not printed yet” will leave them out.</source>
        <translation>
            <numerusform>Aǧymdaǧy taŋdaudaǧy %n beidj basylǧan dep tırkelsın be? «Tek älı basylmaǧandary» olardy qaldyryp ketedı.</numerusform>
            <numerusform>Aǧymdaǧy taŋdaudaǧy %n beidj basylǧan dep tırkelsın be? «Tek älı basylmaǧandary» olardy qaldyryp ketedı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Import a list first: there is nobody to print a badge for.</source>
        <translation>Aldymen tızımdı importtaŋyz: beidj basatyn eşkım joq.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot sign badges</source>
        <translation>Beidjderge qol qoiu mümkın emes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawing the badges failed: %1</source>
        <translation>Beidjderdı salu sätsız aiaqtaldy: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. The previous preview is unchanged.</source>
        <translation>Bas tartyldy. Būrynǧy aldyn ala körınıs özgergen joq.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1</source>
        <translation>Eskertu: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not printed: %1</source>
        <translation>Basylmaǧan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 badges on %2 pages. This is the file Save PDF and Print… use.</source>
        <translation>Beidjder: %1, better: %2. «PDF saqtau» men «Basyp şyǧaru…» osy faildy qoldanady.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print again?</source>
        <translation>Qaita basyp şyǧaru kerek pe?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of these %2 badges were printed before. Print them again?</source>
        <translation>Osy %2 beidjdıŋ %1 danasy būryn basylǧan. Qaita basyp şyǧaru kerek pe?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save badges as PDF</source>
        <translation>Beidjderdı PDF retınde saqtau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faildary (*.pdf)</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+219"/>
        <location line="+57"/>
        <source>Cannot save</source>
        <translation>Saqtau mümkın emes</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+219"/>
        <location line="+57"/>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Print badges</source>
        <translation>Beidjderdı basyp şyǧaru</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printing cancelled: these badges are not logged as printed.</source>
        <translation>Basyp şyǧarudan bas tartyldy: būl beidjder basylǧan dep tırkelmedı.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot print</source>
        <translation>Basyp şyǧaru mümkın emes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Printing failed: these badges are not logged as printed.</source>
        <translation>Basyp şyǧaru sätsız aiaqtaldy: būl beidjder basylǧan dep tırkelmedı.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save calibration sheet</source>
        <translation>Kalibrleu paraǧyn saqtau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export public key</source>
        <translation>Aşyq kılttı eksporttau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM public keys (*.pem)</source>
        <translation>PEM aşyq kıltterı (*.pem)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cannot export the key</source>
        <translation>Kılttı eksporttau mümkın emes</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../src/companion/ui/calendar_export.py" line="+61"/>
        <source>Each session keeps the same identifier in every export. Importing an updated file again: Apple Calendar updates the sessions in place; Thunderbird asks or updates; Outlook and Google Calendar may add duplicates or skip sessions they already have, so delete the earlier import first (in Google Calendar, import into a calendar of its own that you can delete). Reminders are kept by Apple Calendar and Thunderbird; Google and Outlook ignore them in imported files.</source>
        <translation>Är sessiianyŋ identifikatory barlyq eksportta bırdei. Jaŋartylǧan faildy qaita importtaǧanda Apple Calendar sessiialardy ornynda jaŋartady; Thunderbird sūraidy ne jaŋartady; Outlook pen Google Calendar qaitalanatyn jazbalar qosuy ne bar sessiialardy ötkızıp jıberuı mümkın, sondyqtan aldymen būrynǧy importty joiyŋyz (Google Calendar-da joiuǧa bolatyn bölek küntızbege importtaŋyz). Eske salǧyştardy Apple Calendar men Thunderbird saqtaidy; Google men Outlook importtalǧan faildarda olardy elemeidı.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times are in %1 with the time zone included, so your calendar shows them in your own zone. Indicative times are marked tentative and say so; sessions with a day but no published time become all-day entries marked “time not published”; sessions with no published date are left out.</source>
        <translation>Uaqyt %1 beldeuı boiynşa, beldeu belgısımen bırge berılgen, sondyqtan küntızbeŋız ony öz beldeuıŋızde körsetedı. Uaqyty şamamen berılgen jazbalar aldyn ala dep belgılenedı, būl jazbanyŋ özınde de aitylady; künı belgılı, bıraq uaqyty jariialanbaǧan sessiialar «uaqyty jariialanbaǧan» degen belgımen künı boiǧy jazba bolady; künı jariialanbaǧan sessiialar eksporttalmaidy.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location line="+36"/>
        <source>Add sessions to your calendar</source>
        <translation>Sessiialardy küntızbege qosu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This session: %1</source>
        <translation>Osy sessiia: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session (none selected)</source>
        <translation>Osy sessiia (eşteŋe taŋdalmaǧan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My starred sessions (%1)</source>
        <translation>Men belgılegen sessiialar (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One day:</source>
        <translation>Bır kün:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day to export</source>
        <translation>Eksporttaityn kün</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole event</source>
        <translation>Bükıl ıs-şara</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reminder</source>
        <translation>Eske salǧyş qosu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min before</source>
        <translation> min būryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder minutes before the session</source>
        <translation>Sessiiaǧa deiın neşe minut būryn eske salu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will be exported</source>
        <translation>Ne eksporttalady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About calendar files</source>
        <translation>Küntızbe faildary turaly</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar</source>
        <translation>Küntızbege qosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the file and open it with your calendar application</source>
        <translation>Faildy jazyp, küntızbe qoldanbasynda aşu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Eksporttau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the calendar file where you choose</source>
        <translation>Küntızbe failyn özıŋız taŋdaǧan jerge saqtau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Bas tartu</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sessions to export: %1.</source>
        <translation>Eksporttalatyn sessiialar: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a published time, so all-day entries: %1.</source>
        <translation>Uaqyty jariialanbaǧan, sondyqtan künı boiy: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, no date published: %1.</source>
        <translation>Qosylmady, künı jariialanbaǧan: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred but no longer in the programme: %1; written as cancelled where their last known time is stored, so your calendar drops them.</source>
        <translation>Belgılengen, bıraq endı baǧdarlamada joq: %1; soŋǧy belgılı uaqyty saqtalǧandary boldyrylmaǧan dep jazyldy, sondyqtan küntızbeŋız olardy alyp tastaidy.</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <location line="+58"/>
        <source>Export calendar file</source>
        <translation>Küntızbe failyn eksporttau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar faildary (*.ics);;Barlyq faildar (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled.</source>
        <translation>Eksporttaudan bas tartyldy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the calendar file…</source>
        <translation>Küntızbe faily daiyndaluda…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar file not written</source>
        <translation>Küntızbe faily jazylmady</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Companion could not write %1: %2</source>
        <translation>Companion %1 failyn jaza almady: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sessions written: %1, to %2.</source>
        <translation>Jazylǧan sessiialar: %1, fail: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out (no date published): %1.</source>
        <translation>Qosylmady (künı jariialanbaǧan): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written as cancelled (no longer in the programme): %1.</source>
        <translation>Boldyrylmaǧan dep jazyldy (endı baǧdarlamada joq): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred but no longer in the programme, and their last known time is not stored, so not written as cancelled: %1.</source>
        <translation>Belgılengen, bıraq endı baǧdarlamada joq, soŋǧy belgılı uaqyty saqtalmaǧan, sondyqtan boldyrylmaǧan dep jazylmady: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No calendar application opened it; import the file from your calendar.</source>
        <translation>Ony eşbır küntızbe qoldanbasy aşpady; faildy küntızbeŋızden importtaŋyz.</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <location filename="../../src/companion/ui/checkin/camera.py" line="+89"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+178"/>
        <source>Start ca&amp;mera</source>
        <translation>&amp;Kamerany qosu</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Start or stop the camera</source>
        <translation>Kamerany qosu ne toqtatu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read badges with a webcam: choose it and press Start camera.</source>
        <translation>Beidjderdı veb-kameramen oqyŋyz: ony taŋdap, «Kamerany qosu» tüimesın basyŋyz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera status</source>
        <translation>Kamera küiı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera picture</source>
        <translation>Kamera keskını</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Camera reading is not installed (zxing-cpp is missing). Use a scanner or find the person by name.</source>
        <translation>Kameradan oqu ornatylmaǧan (zxing-cpp joq). Skanerdı paidalanyŋyz nemese qatysuşyny aty-jönı boiynşa ızdeŋız.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera support is not available on this computer. Use a scanner or find the person by name.</source>
        <translation>Būl kompiuterde kamera qoldauy joq. Skanerdı paidalanyŋyz nemese qatysuşyny aty-jönı boiynşa ızdeŋız.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No camera found. Connect one and come back to this page, or use a scanner.</source>
        <translation>Kamera tabylmady. Kamerany qosyp, osy betke qaita oralyŋyz nemese skanerdı paidalanyŋyz.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>Kamerany paidalanuǧa rūqsat kütılude…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access to the camera was refused. Allow Companion to use the camera in the system&apos;s privacy settings, then press Start camera again.</source>
        <translation>Kameraǧa kıruge tyiym salyndy. Jüienıŋ qūpiialyq baptaularynda Companion-ǧa kamerany paidalanuǧa rūqsat berıp, «Kamerany qosu» tüimesın qaita basyŋyz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop ca&amp;mera</source>
        <translation>&amp;Kamerany toqtatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the badge&apos;s code up to %1.</source>
        <translation>Beidj kodyn %1 aldyna ūstaŋyz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera stopped: %1</source>
        <translation>Kamera toqtady: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Camera stopped.</source>
        <translation>Kamera toqtady.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../src/companion/ui/changes/model.py" line="+48"/>
        <source>Starred</source>
        <translation>Belgılengen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Özgerıs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sessiia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Būryn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Qazır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Boldyrylmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Jaŋa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved (time)</source>
        <translation>Auystyryldy (uaqyty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved (room)</source>
        <translation>Auystyryldy (zaly)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retitled</source>
        <translation>Atauy özgerdı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People changed</source>
        <translation>Qatysuşylar özgerdı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, time not published</source>
        <translation>%1, uaqyty jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date not published</source>
        <translation>künı jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>~%1 (indicative)</source>
        <translation>~%1 (şamamen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room not published</source>
        <translation>zaly jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nobody named</source>
        <translation>eşkım atalmaǧan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starred</source>
        <translation>belgılengen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not starred</source>
        <translation>belgılenbegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You starred this session and it is no longer in the programme. Your star is kept.</source>
        <translation>Sız būl sessiiany belgıledıŋız, bıraq ol endı baǧdarlamada joq. Belgıŋız saqtaldy.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="+128"/>
        <source>no badge code was given: name codes, --image pictures, or type or scan them one per line</source>
        <translation>bırde-bır beidj kody berılmedı: kodtardy, --image suretterın körsetıŋız nemese olardy jol saiyn bıreuden terıŋız ne skanerleŋız</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: no QR code found in the picture</source>
        <translation>{file}: surette QR kody tabylmady</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/checkin.py" line="-236"/>
        <source>this Companion cannot use a PostgreSQL server ({detail}); leave --store out to check in on this machine</source>
        <translation>būl Companion PostgreSQL serverın paidalana almaidy ({detail}); osy kompiuterde tırkeu üşın --store parametrın körsetpeŋız</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{address} is not a check-in store address (use postgresql://… or leave it empty)</source>
        <translation>{address} tırkeu qoimasynyŋ mekenjaiy emes (postgresql://… körsetıŋız nemese bos qaldyryŋyz)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>no check-in desk is open</source>
        <translation>aşyq tırkeu üstelı joq</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>this badge was replaced by a reprint on {when}</source>
        <translation>būl beidjdıŋ ornyna {when} jaŋasy basylǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this badge was revoked: {reason}</source>
        <translation>būl beidjdıŋ küşı joiylǧan: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+23"/>
        <location line="+7"/>
        <location line="+232"/>
        <source>already checked in</source>
        <translation>tırkelıp qoiǧan</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>valid badge, but {id} is not in this desk&apos;s list</source>
        <translation>beidj jaramdy, bıraq {id} osy üsteldıŋ tızımınde joq</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a manual admission needs a reason</source>
        <translation>qolmen ötkızu üşın sebep kerek</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/companion/ui/checkin/feature.py" line="+163"/>
        <source>{id} is not in this desk&apos;s list</source>
        <translation>{id} osy üsteldıŋ tızımınde joq</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>admitted</source>
        <translation>ötkızıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: not a badge of this event</source>
        <translation>qabyldanbady: būl ıs-şaranyŋ beidjı emes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: damaged code</source>
        <translation>qabyldanbady: kod zaqymdalǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: forged or altered</source>
        <translation>qabyldanbady: jalǧan nemese özgertılgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: revoked</source>
        <translation>qabyldanbady: beidjdıŋ küşı joiylǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: unknown key</source>
        <translation>qabyldanbady: belgısız kılt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admitted (not in this desk&apos;s list)</source>
        <translation>ötkızıldı (osy üsteldıŋ tızımınde joq)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: not a badge</source>
        <translation>qabyldanbady: beidj emes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in undone</source>
        <translation>tırkeu boldyrylmady</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{verdict}: {reason}{who}</source>
        <translation>{verdict}: {reason}{who}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({facts})</source>
        <translation>{name} ({facts})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{verdict}: {who}, at {when} at desk {desk}{by}</source>
        <translation>{verdict}: {who}, {when}, üstel: {desk}{by}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by {operator}</source>
        <translation> (operator: {operator})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{verdict}: {who}</source>
        <translation>{verdict}: {who}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write {file}: {problem}</source>
        <translation>{file} jazylmady: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/desk_files.py" line="+132"/>
        <source>not a Companion desk package</source>
        <translation>būl Companion üstel paketı emes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the desk package is damaged ({detail})</source>
        <translation>üstel paketı zaqymdalǧan ({detail})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the desk package is sealed with a passphrase; give the passphrase</source>
        <translation>üstel paketı qūpiia frazamen qorǧalǧan; qūpiia frazany körsetıŋız</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the desk package was made by a newer Companion (version {version})</source>
        <translation>üstel paketın Companion-nyŋ jaŋaraq nūsqasy ({version}) jasaǧan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>wrong passphrase (or the desk package was changed after it was sealed)</source>
        <translation>qūpiia fraza qate (nemese üstel paketı qorǧalǧannan keiın özgertılgen)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a Companion check-in log</source>
        <translation>būl Companion tırkeu jurnaly emes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this log is of event {logged}, not {event}</source>
        <translation>būl jurnal {event} emes, {logged} ıs-şarasyna tiesılı</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>record {number} is damaged</source>
        <translation>{number}-jazba zaqymdalǧan</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/qr_image.py" line="+44"/>
        <source>not an image Companion can read</source>
        <translation>Companion būl surettı oqi almaidy</translation>
    </message>
    <message>
        <location filename="../../src/companion/store/checkin_postgres.py" line="+249"/>
        <source>the check-in server holds data of a newer Companion (schema {found}, this one knows {known}): update Companion on this desk</source>
        <translation>tırkeu serverınde Companion-nyŋ jaŋaraq nūsqasynyŋ derekterı bar (shema {found}, būl nūsqa {known} shemasyn bıledı): osy üsteldegı Companion-dy jaŋartyŋyz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the check-in server {address} did not answer in time</source>
        <translation>{address} tırkeu serverı uaqytynda jauap bermedı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check-in server {address} cannot be used: {detail}</source>
        <translation>{address} tırkeu serverın paidalanu mümkın emes: {detail}</translation>
    </message>
</context>
<context>
    <name>CheckinFeature</name>
    <message>
        <location filename="../../src/companion/ui/checkin/feature.py" line="-120"/>
        <source>Check-in</source>
        <translation>Tırkeu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full scr&amp;een</source>
        <translation>Tolyq &amp;ekran</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Drawing a new badge</source>
        <translation>Jaŋa beidjdı jasau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge could not be reprinted: %1</source>
        <translation>Beidjdı qaita basu mümkın bolmady: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New badge drawn in %1 (no printer is set up: opened to print).</source>
        <translation>Jaŋa beidj %1 failyna jasaldy (printer baptalmaǧan: basyp şyǧaru üşın aşyldy).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing a new badge</source>
        <translation>Jaŋa beidjdı basyp şyǧaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New badge sent to %1.</source>
        <translation>Jaŋa beidj %1 printerıne jıberıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge could not be printed: %1</source>
        <translation>Jaŋa beidjdı basyp şyǧaru mümkın bolmady: %1</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../src/companion/ui/checkin/camera.py" line="-207"/>
        <source>Reading the camera picture</source>
        <translation>Kamera keskının oqu</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/checkin/desk.py" line="+89"/>
        <location line="+13"/>
        <source>Checking a badge</source>
        <translation>Beidjdı tekseru</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/checkin/page.py" line="+85"/>
        <source>The same badge again within a few seconds: counted once.</source>
        <translation>Sol beidj bırneşe sekund ışınde qaita oqyldy: bır ret esepteldı.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+28"/>
        <source>Desk %1</source>
        <translation>%1 üstelı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to undo</source>
        <translation>Boldyrmaityn eşteŋe joq</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked</source>
        <translation>Tekserılmegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan a badge: the scanner works whatever has focus on this page.</source>
        <translation>Beidjdı skanerleŋız: fokus osy bettıŋ qai jerınde bolsa da, skaner jūmys ısteidı.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready</source>
        <translation>Daiyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge</source>
        <translation>Beidjdı skanerleŋız</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or hold it up to the camera, or find the person by name below.</source>
        <translation>Nemese ony kameraǧa körsetıŋız, ne tömende qatysuşyny aty-jönı boiynşa tabyŋyz.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check in by hand</source>
        <translation>Qolmen tırkeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 checked in without scanning the badge? (kept in the log)</source>
        <translation>%1 nege beidj skanerlenbei tırkelıp jatyr? (jurnalda saqtalady)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the badge</source>
        <translation>Beidjın ūmytqan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Admit anyway</source>
        <translation>Bärıbır ötkızu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge of %1 was refused. Why admit them anyway? (kept in the log)</source>
        <translation>%1: beidjı qabyldanbady. Nege bärıbır ötkızu kerek? (jurnalda saqtalady)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Aty-jönı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>Delegasiia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Sanaty</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the counts</source>
        <translation>Qorytyndy sandardy oqu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File → Import desk package…, or import the list on the Badges page.</source>
        <translation>Fail → Üstel paketın importtau… nemese tızımdı «Beidjder» betınde importtaŋyz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attendee list yet</source>
        <translation>Qatysuşylar tızımı älı joq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 checked in</source>
        <translation>Tırkelgender: %2 ışınen %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By category</source>
        <translation>Sanattar boiynşa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No category</source>
        <translation>Sanatsyz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By delegation</source>
        <translation>Delegasiialar boiynşa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No delegation</source>
        <translation>Delegasiiasyz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans per minute, by desk</source>
        <translation>Üstelder boiynşa minutyna skanerleu sany</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who</source>
        <translation>Kım</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desks</source>
        <translation>Üstelder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Qaşan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one was admitted at two desks.</source>
        <translation>Ekı üstelde ötkızılgen eşkım joq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted at two desks that could not see each other: check with the person.</source>
        <translation>Bır-bırın körmeitın ekı üstelde ötkızılgen: qatysuşynyŋ özınen naqtylaŋyz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working offline: the check-in server %1 cannot be reached. %2 scan(s) wait here and are sent when it is back; nothing is lost.</source>
        <translation>Jelısız jūmys: %1 tırkeu serverıne qosylu mümkın emes. Osy jerde kütıp tūrǧan skanerleuler: %2; server qaita qoljetımdı bolǧanda olar jıberıledı, eşteŋe joǧalmaidy.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Refused: not a badge of this event</source>
        <translation>Qabyldanbady: būl ıs-şaranyŋ beidjı emes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: damaged code</source>
        <translation>Qabyldanbady: kod zaqymdalǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: forged or altered badge</source>
        <translation>Qabyldanbady: beidj jalǧan nemese özgertılgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: badge replaced by a reprint</source>
        <translation>Qabyldanbady: beidjdıŋ ornyna jaŋasy basylǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: signed by an unknown key</source>
        <translation>Qabyldanbady: belgısız kıltpen qol qoiylǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: not a Companion badge</source>
        <translation>Qabyldanbady: Companion beidjı emes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused</source>
        <translation>Qabyldanbady</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check-in undone</source>
        <translation>Tırkeu boldyrylmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is no longer counted as here.</source>
        <translation>Qatysuşy endı kelgen dep eseptelmeidı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already checked in</source>
        <translation>Tırkelıp qoiǧan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitted by hand</source>
        <translation>Qolmen ötkızıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Sebebı: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted: valid badge, not in this desk&apos;s list</source>
        <translation>Ötkızıldı: beidj jaramdy, bıraq osy üsteldıŋ tızımınde joq</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admitted</source>
        <translation>Ötkızıldı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked in at %1 · desk: %2 · by %3</source>
        <translation>Tırkelgen uaqyty: %1 · üstel: %2 · operator: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in at %1 · desk: %2</source>
        <translation>Tırkelgen uaqyty: %1 · üstel: %2</translation>
    </message>
</context>
<context>
    <name>ChoiceFilterButton</name>
    <message>
        <location filename="../../src/companion/ui/agenda/filters.py" line="+37"/>
        <source>Show all</source>
        <translation>Barlyǧyn körsetu</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: all</source>
        <translation>%1: barlyǧy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 ışınen %2</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+10"/>
        <source>Which column holds what?</source>
        <translation>Qai baǧanda ne bar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Companion could not tell what some columns of %1 hold. Choose a field for each column; columns set to “(not used)” are left out.</source>
        <translation>Companion %1 failynyŋ keibır baǧandarynda ne baryn anyqtai almady. Är baǧanǧa örıs taŋdaŋyz; «(qoldanylmaidy)» baǧandary alynbaidy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Baǧan&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;First values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alǧaşqy mänder&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Örıs&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(column %1)</source>
        <translation>(%1-baǧan)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field for column %1</source>
        <translation>%1-baǧannyŋ örısı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recognised</source>
        <translation>Tanylmady</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the column(s) holding the names.</source>
        <translation>Aty-jönder tūrǧan baǧandardy taŋdaŋyz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each field can come from one column only.</source>
        <translation>Är örıs tek bır baǧannan alynady.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/companion/cli/__init__.py" line="+155"/>
        <source>interrupted</source>
        <translation>üzıldı</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="-205"/>
        <source>--offset {value} is not two numbers in mm like 1.5,-0.5</source>
        <translation>--offset {value} 1.5,-0.5 siiaqty mm-degı ekı san emes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map {pair}: unknown field {field}</source>
        <translation>--map {pair}: belgısız örıs {field}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map {pair}: the header has no column {column}</source>
        <translation>--map {pair}: taqyryp jolynda {column} baǧany joq</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path}: desk package of {event} ({count} attendees, {sealed}); key fingerprint {fingerprint} (compare on the desk)</source>
        <translation>{path}: {event} ıs-şarasynyŋ üstel paketı (qatysuşylar: {count}; {sealed}); kılt ızı {fingerprint} (üstelde salystyryŋyz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed with the passphrase</source>
        <translation>qūpiia frazamen qorǧalǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sealed</source>
        <translation>qorǧalmaǧan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the public key: {reason}</source>
        <translation>aşyq kılt jazylmady: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: public key of {event} (verifies every badge of this event)</source>
        <translation>{path}: {event} ıs-şarasynyŋ aşyq kıltı (osy ıs-şaranyŋ är beidjın tekseredı)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say where to write the PDF with -o FILE.pdf</source>
        <translation>PDF qaida jazylatynyn körsetıŋız: -o FAİL.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}: calibration sheet for {layout}</source>
        <translation>{path}: {layout} üşın kalibrleu paraǧy</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no attendees in {path}; no PDF written</source>
        <translation>{path} failynda qatysuşylar joq; PDF jazylmady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: attendees read: {count} ({format}, sheet {sheet}); new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: {errors}</source>
        <translation>{path}: oqylǧan qatysuşylar: {count} ({format}, {sheet} paraǧy); jaŋa: {added}, jaŋartylǧan: {updated}, özgermegen: {unchanged}; importtalmaǧan joldar: {errors}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: attendees read: {count} ({encoding}, &apos;{delimiter}&apos;-separated); new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: {errors}</source>
        <translation>{path}: oqylǧan qatysuşylar: {count} ({encoding}, bölgış &apos;{delimiter}&apos;); jaŋa: {added}, jaŋartylǧan: {updated}, özgermegen: {unchanged}; importtalmaǧan joldar: {errors}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no attendees stored for {event}; give an ATTENDEES.csv</source>
        <translation>{event} ıs-şarasy üşın saqtalǧan qatysuşylar joq; ATTENDEES.csv failyn körsetıŋız</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no attendee with the id {ids} is stored for {event}</source>
        <translation>{event} ıs-şarasynyŋ saqtalǧan qatysuşylary arasynda {ids} ID-ı joq</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{event}: badges marked as printed: {count}</source>
        <translation>{event}: basylǧan dep belgılengen beidjder: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: badges printed before and printed again: {count} (--only-new leaves them out)</source>
        <translation>eskertu: būryn basylǧan jäne qaita basylatyn beidjder: {count} (--only-new olardy qaldyryp ketedı)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path}: badges: {badges}, pages: {pages} ({layout})</source>
        <translation>{path}: beidjder: {badges}, better: {pages} ({layout})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printed</source>
        <translation>basyldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved as PDF</source>
        <translation>PDF retınde saqtaldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as printed</source>
        <translation>basyldy dep belgılendı</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/agenda.py" line="+50"/>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="+79"/>
        <source>--day {value} is not a date like 2025-05-13</source>
        <translation>--day {value} 2025-05-13 siiaqty kün emes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="-4"/>
        <source>{day} is not a day of this event ({days})</source>
        <translation>{day} osy ıs-şaranyŋ künı emes ({days})</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="+13"/>
        <source>cannot read your stars: {problem}</source>
        <translation>belgılerıŋız oqylmady: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starred sessions no longer in the programme ({count}): {ids}</source>
        <translation>baǧdarlamada endı joq belgılengen sessiialar ({count}): {ids}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>session revisions not read ({problem}); SEQUENCE comes from the data only</source>
        <translation>sessiia nūsqalary oqylmady ({problem}); SEQUENCE tek derekterden alynady</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starred sessions no longer in the programme whose last known time is not stored ({count}), so not written as cancelled: {ids}</source>
        <translation>baǧdarlamada endı joq, soŋǧy belgılı uaqyty saqtalmaǧan belgılengen sessiialar ({count}), sondyqtan boldyrylmaǧan dep jazylmady: {ids}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>sessions left out because no date is published ({count}): {names}</source>
        <translation>künı jariialanbaǧandyqtan alynyp tastalǧan sessiialar ({count}): {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you have not starred any session</source>
        <translation>sız bırde-bır sessiiany belgılemegensız</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no session with a published date is listed on {day}</source>
        <translation>{day} künıne künı jariialanǧan sessiia joq</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session with a published date to export</source>
        <translation>eksporttaityn künı jariialanǧan sessiia joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; no file written</source>
        <translation>{reason}; fail jazylmady</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timed: {count}</source>
        <translation>uaqyty bar: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all-day, time not published: {count}</source>
        <translation>künı boiy, uaqyty jariialanbaǧan: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled: {count}</source>
        <translation>boldyrylmaǧan: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions written to {path}: {count} ({parts})</source>
        <translation>{path} failyna jazylǧan sessiialar: {count} ({parts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--alarm must be 0 to {most} minutes</source>
        <translation>--alarm mänı 0-den {most} minutqa deiın boluy kerek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown session id: {ids} (see `companion agenda` for ids)</source>
        <translation>belgısız sessiia ID: {ids} (ID-lerdı `companion agenda` körsetedı)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>starred sessions no longer in the programme ({count}), written as cancelled: {ids}</source>
        <translation>baǧdarlamada endı joq belgılengen sessiialar ({count}) boldyrylmaǧan dep jazyldy: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_schedule.py" line="+41"/>
        <source>sessions written: {count} (with indicative times, marked: {indicative}).</source>
        <translation>jazylǧan sessiialar: {count} (uaqyty şamamen, belgılengenı: {indicative}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sessions left out (the format needs a date and a time): {count}</source>
        <translation>alynyp tastalǧan sessiialar (formatqa kün men uaqyt kerek): {count}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="+47"/>
        <source>skipped sessions of other events: {events} (this is {event}; open that event with --event to import them)</source>
        <translation>basqa ıs-şaralardyŋ sessiialary ötkızılıp jıberıldı: {events} (būl — {event}; olardy importtau üşın sol ıs-şarany --event arqyly aşyŋyz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not in the current programme, so not starred: {ids}</source>
        <translation>qazırgı baǧdarlamada joq, sondyqtan belgılenbedı: {ids}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events not written by Companion, ignored: {count}</source>
        <translation>Companion jazbaǧan, elenbegen oqiǧalar: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session of {event} in {path}; nothing starred</source>
        <translation>{path} failynda {event} ıs-şarasynyŋ sessiialary joq; eşteŋe belgılenbedı</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot open your stars: {problem}</source>
        <translation>belgılerıŋız aşylmady: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sessions starred from {path}: {count}</source>
        <translation>{path} failynan belgılengen sessiialar: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already starred: {count}</source>
        <translation>būryn belgılengen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="+132"/>
        <location filename="../../src/companion/services/calendar.py" line="+173"/>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} jazylmady: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--now {value} is not a date and time like 2025-05-13T11:00</source>
        <translation>--now {value} — 2025-05-13T11:00 türındegı kün men uaqyt emes</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="+26"/>
        <source>cancelled</source>
        <translation>boldyrylmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>jaŋa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved (time)</source>
        <translation>auystyryldy (uaqyty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved (room)</source>
        <translation>auystyryldy (zaly)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retitled</source>
        <translation>atauy özgerdı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people changed</source>
        <translation>qatysuşylary özgerdı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cancelled</source>
        <translation>boldyrylmaǧan: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} new</source>
        <translation>jaŋa: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} moved (time)</source>
        <translation>uaqyty auystyrylǧan: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} moved (room)</source>
        <translation>zaly auystyrylǧan: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} retitled</source>
        <translation>atauy özgergen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people changed</source>
        <translation>qatysuşylary özgergen: {count}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>starred session no longer in the programme</source>
        <translation>belgılengen sessiia endı baǧdarlamada joq</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was {when}, {room}</source>
        <translation>būryn: {when}, {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time: {old} → {new}</source>
        <translation>uaqyty: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>room: {old} → {new}</source>
        <translation>zaly: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was titled: {title}</source>
        <translation>būrynǧy atauy: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added: {names}</source>
        <translation>qosyldy: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed: {names}</source>
        <translation>alynyp tastaldy: {names}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no changes</source>
        <translation>özgerıster joq</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{old} session → {new} session: {summary}.</source>
        <translation>sessiialar: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} session → {new} sessions: {summary}.</source>
        <translation>sessiialar: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} sessions → {new} session: {summary}.</source>
        <translation>sessiialar: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} sessions → {new} sessions: {summary}.</source>
        <translation>sessiialar: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note: the files name different events ({old} and {new}); sessions are matched by id.</source>
        <translation>Eskertu: faildarda ärtürlı ıs-şaralar körsetılgen ({old} jäne {new}); sessiialar ID boiynşa säikestendırıledı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} starred session is no longer in the programme (your stars are kept).</source>
        <translation>baǧdarlamada endı joq belgılengen sessiialar: {count} (belgılerıŋız saqtaldy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} starred sessions are no longer in the programme (your stars are kept).</source>
        <translation>baǧdarlamada endı joq belgılengen sessiialar: {count} (belgılerıŋız saqtaldy).</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/refresh.py" line="+18"/>
        <source>{address}: subscribed, {count} sessions</source>
        <translation>{address}: jazylym räsımdeldı, sessiialar: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: not changed</source>
        <translation>{address}: özgerıs joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: {count} sessions changed (see companion diff, or What changed)</source>
        <translation>{address}: özgergen sessiialar: {count} (companion diff nemese «Ne özgerdı» bölımın qaraŋyz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: new version, no session changed</source>
        <translation>{address}: jaŋa nūsqa, bırde-bır sessiia özgermedı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} {kept}</source>
        <translation>{problem} {kept}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}; not replaced (use --accept-drop to replace it)</source>
        <translation>{problem}; köşırme auystyrylmady (auystyru üşın --accept-drop parametrın qoldanyŋyz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subscriptions (subscribe with companion --event URL … or in the window)</source>
        <translation>jazylymdar joq (companion --event URL … pärmenımen nemese qoldanba terezesınde jazylyŋyz)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="-44"/>
        <source>{file}: desk package of {event} imported: {count} attendees, {revoked} revoked codes; key fingerprint {fingerprint} (compare with the badge station)</source>
        <translation>{file}: {event} ıs-şarasynyŋ üstel paketı importtaldy (qatysuşylar: {count}, küşı joiylǧan kodtar: {revoked}); kılt ızı {fingerprint} (beidj basu stansiiasymen salystyryŋyz)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin_log.py" line="+56"/>
        <source>merged {files} logs: {records} records read, {added} new; conflicts: {conflicts}</source>
        <translation>bırıktırılgen jurnaldar: {files}; oqylǧan jazbalar: {records}, jaŋalary: {added}; qaişylyqtar: {conflicts}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>{file}: {count} records of {event}</source>
        <translation>{file}: {event} ıs-şarasynyŋ jazbalary: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{event}: check-in log, desk list and keys erased</source>
        <translation>{event}: tırkeu jurnaly, üstel tızımı jäne kıltter öşırıldı</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>checked in: {done} of {expected}</source>
        <translation>tırkelgender: {expected} ışınen {done}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by category</source>
        <translation>sanattar boiynşa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by delegation</source>
        <translation>delegasiialar boiynşa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>desk {desk}: {rate} scans per minute</source>
        <translation>üstel {desk} — minutyna skanerleu: {rate}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflict: {id} admitted at {where}</source>
        <translation>qaişylyq: {id} bırneşe üstelde ötkızılgen: {where}</translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <location filename="../../src/companion/cli/__init__.py" line="-134"/>
        <source>open this event file instead of CACCC-2025</source>
        <translation>OAQÖK-2025 ornyna osy ıs-şara failyn aşu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pretend it is this time (event time zone)</source>
        <translation>qazır osy uaqyt dep esepteu (ıs-şaranyŋ uaqyt beldeuı boiynşa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep user state in DIR</source>
        <translation>paidalanuşy derekterın DIR qaltasynda saqtau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language: en, ru, kk or kk-Latn</source>
        <translation>tıl: en, ru, kk nemese kk-Latn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in store shared by desks, e.g. postgresql://desk@server/checkin (default: this machine&apos;s state file, or the address remembered)</source>
        <translation>üstelderge ortaq tırkeu qoimasy, mysaly postgresql://desk@server/checkin (ädepkısınşe: osy kompiuterdegı küi faily nemese este saqtalǧan mekenjai)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Offline companion for CACCC-2025 (Ashgabat, 13–15 May 2025). Without a command it opens the window; companion FILE opens a schedule or event file in it (as --event FILE).</source>
        <translation>OAQÖK-2025 qatysuşysynyŋ jelısız kömekşısı (Aşhabad, 2025 jylǧy 13–15 mamyr). Komandasyz terezenı aşady; companion FAİL onda baǧdarlama ne ıs-şara failyn aşady (--event FAİL siiaqty).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show program&apos;s version number and exit</source>
        <translation>qoldanba nūsqasynyŋ nömırın körsetıp, şyǧu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window on the Check-in page, full screen, for a registration desk</source>
        <translation>tırkeu üstelı üşın terezenı «Tırkeu» betınde tolyq ekranda aşu</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/agenda.py" line="-25"/>
        <source>print the programme</source>
        <translation>baǧdarlamany şyǧaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this day (&apos;undated&apos; for sessions with no published date)</source>
        <translation>tek osy kün (künı jariialanbaǧan sessiialar üşın &apos;undated&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of sessions</source>
        <translation>sessiialar tızımın JSON türınde şyǧaru</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="-300"/>
        <source>print name badges with signed QR codes to PDF</source>
        <translation>qoltaŋbaly QR-kodtary bar atauly beidjderdı PDF-ke basyp şyǧaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an attendee list (CSV) into the event&apos;s state and print its badges to a PDF. Without ATTENDEES.csv the attendees already stored for the event are printed.</source>
        <translation>Qatysuşylar tızımın (CSV) ıs-şara derekterıne importtap, olardyŋ beidjderın PDF-ke basyp şyǧaru. ATTENDEES.csv berılmese, ıs-şara üşın būryn saqtalǧan qatysuşylar basylady.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write the badges here</source>
        <translation>beidjderdı osynda jazu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>badge stock (default {layout}; see --list-layouts)</source>
        <translation>beidj blankılerı (ädepkısı {layout}; --list-layouts qaraŋyz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order of the badges (default: delegation, then family name)</source>
        <translation>beidjderdıŋ retı (ädepkısı: delegasiia, sosyn tegı)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>attendee list: CSV (any common encoding) or an .xlsx, .xls or .ods workbook</source>
        <translation>qatysuşylar tızımı: CSV (kez kelgen keŋ taraǧan kodtauda) nemese .xlsx, .xls ne .ods jūmys kıtaby</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook sheet holding the attendees, by name or number from 1 (default: the first)</source>
        <translation>qatysuşylar tūrǧan jūmys kıtaby paraǧy: atauy nemese 1-den bastalatyn nömırı (ädepkısı: bırınşısı)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this attendee&apos;s badge (a lost or misspelt one; e.g. with --layout cr80); may be repeated</source>
        <translation>tek osy qatysuşynyŋ beidjı (joǧalǧan ne qate jazylǧan; mysaly, --layout cr80 parametrımen); qaitalauǧa bolady</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log the chosen badges as printed (all, --only-new or --id); without -o nothing is drawn: the PDF was printed elsewhere</source>
        <translation>taŋdalǧan beidjderdı basylǧan dep tırkeu (barlyǧyn, --only-new ne --id); -o bolmasa, eşteŋe salynbaidy: PDF basqa jerde basylǧan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the event&apos;s print log (printed, saved as PDF, marked), newest first</source>
        <translation>ıs-şaranyŋ basyp şyǧaru jurnalyn tızu (basylǧan, PDF retınde saqtalǧan, belgılengen), aldymen eŋ jaŋalary</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only attendees whose badge was never printed (a saved PDF is not printed; see --mark-printed)</source>
        <translation>tek beidjı eşqaşan basylmaǧan qatysuşylar (saqtalǧan PDF basylǧan bolyp sanalmaidy; --mark-printed qaraŋyz)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printer offset in mm (x right, y down), e.g. 1.5,-0.5; with --duplex the backs are the fronts&apos; mirror image, so there x moves left and each back stays behind its front</source>
        <translation>printerdıŋ mm-degı yǧysuy (x oŋǧa, y tömen), mysaly 1.5,-0.5; --duplex kezınde artqy better aldyŋǧy betterdıŋ ainadaǧy beinesı, sondyqtan onda x solǧa jyljytady jäne är artqy bet öz aldyŋǧy betınıŋ artynda qalady</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add mirrored backs with the name, for long-edge duplex</source>
        <translation>ūzyn jiek boiynşa dupleks üşın aty bar ainaly artqy betterdı qosu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the layout&apos;s calibration sheet to -o instead</source>
        <translation>onyŋ ornyna -o failyna blanktıŋ kalibrleu paraǧyn jazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which column holds a field when its header is not recognised (fields: {fields}); may be repeated</source>
        <translation>taqyryby tanylmaǧan örıs qai baǧanda ekenın körsetu (örıster: {fields}); qaitalauǧa bolady</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the event&apos;s name in this language too, after the --lang one (e.g. {example})</source>
        <translation>ıs-şara atauyn --lang tılındegı ataudan keiın osy tılde de basu (mysaly, {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the badge stock this version knows</source>
        <translation>osy nūsqa bıletın beidj blankılerın tızu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the event&apos;s public key (PEM) for check-in desks</source>
        <translation>tırkeu üstelderı üşın ıs-şaranyŋ aşyq kıltın (PEM) jazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a desk package for check-in desks that did not print: public keys, revoked codes, names, organisations, delegations, categories (no e-mails, no private key)</source>
        <translation>beidj baspaǧan tırkeu üstelderı üşın üstel paketın jazu: aşyq kıltter, küşı joiylǧan kodtar, aty-jönder, ūiymdar, delegasiialar, sanattar (e-mail mekenjailarynsyz, jabyq kıltsız)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seal the desk package with the passphrase on the first line of FILE</source>
        <translation>üstel paketın FILE failynyŋ bırınşı jolyndaǧy qūpiia frazamen qorǧau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --id: the badge was lost; print a new code and revoke the old one</source>
        <translation>--id parametrımen: beidj joǧalǧan; jaŋa kod basyp, eskısınıŋ küşın joiu</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/delegations.py" line="+29"/>
        <source>list delegations: countries and organisations</source>
        <translation>delegasiialardy tızu: elder men ūiymdar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delegations found by TEXT (name or alias, any script)</source>
        <translation>tek TEXT boiynşa tabylǧan delegasiialar (atauy nemese balama atauy, kez kelgen älıpbi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of delegations</source>
        <translation>delegasiialar tızımın JSON türınde şyǧaru</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="-140"/>
        <source>show what changed between two versions of a schedule</source>
        <translation>baǧdarlamanyŋ ekı nūsqasy arasynda ne özgergenın körsetu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two versions of an event&apos;s schedule (any format Companion reads): new, cancelled, moved (time or room), retitled and people changed, your starred sessions first. Exit status: 0 no changes, 1 changes, 2 a file could not be read.</source>
        <translation>Is-şara baǧdarlamasynyŋ ekı nūsqasyn salystyru (Companion oqityn kez kelgen pışımde): jaŋa, boldyrylmaǧan, auystyrylǧan (uaqyty ne zaly), atauy özgergen jäne qatysuşylary özgergen sessiialar, aldymen sız belgılegenderı. Şyǧu kody: 0 — özgerıs joq, 1 — özgerıster bar, 2 — fail oqylmady.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the earlier schedule file</source>
        <translation>baǧdarlamanyŋ erterektegı faily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the newer schedule file</source>
        <translation>baǧdarlamanyŋ jaŋaraq faily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the changes as JSON</source>
        <translation>özgerısterdı JSON türınde şyǧaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA zone for files that name none (default: UTC, or the zone their dates imply)</source>
        <translation>beldeu körsetılmegen faildar üşın IANA beldeuı (ädepkısı: UTC nemese künderınen şyǧatyn beldeu)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="-129"/>
        <source>write sessions to an .ics calendar file</source>
        <translation>sessiialardy .ics küntızbe failyna jazu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write sessions to an iCalendar (.ics) file. Sessions with a published day but no published time become all-day events marked &apos;(time not published)&apos;; sessions with no published date are left out and named on stderr. Indicative times are exported as TENTATIVE and say so. A starred session that left the programme is written as cancelled at its last known time, so calendars drop it.</source>
        <translation>Sessiialardy iCalendar (.ics) failyna jazu. Künı jariialanǧan, bıraq uaqyty jariialanbaǧan sessiialar «(uaqyty jariialanbaǧan)» belgısımen künı boiǧy oqiǧaǧa ainalady; künı jariialanbaǧan sessiialar jazylmaidy jäne stderr-de atalady. Şamamen alynǧan uaqyt TENTATIVE retınde eksporttalyp, būl aitylady. Baǧdarlamadan şyǧyp qalǧan belgılengen sessiia soŋǧy belgılı uaqytynda boldyrylmaǧan dep jazylady, sonda küntızbeler ony alyp tastaidy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every session of the event</source>
        <translation>ıs-şaranyŋ barlyq sessiialary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sessions of one day</source>
        <translation>bır künnıŋ sessiialary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>these sessions (ids as `companion agenda` shows)</source>
        <translation>osy sessiialar (identifikatorlary `companion agenda` körsetkendei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sessions you starred</source>
        <translation>sız belgılegen sessiialar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .ics file to write (&apos;-&apos; for stdout)</source>
        <translation>jazylatyn .ics faily (stdout üşın &apos;-&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a reminder this many minutes before each session</source>
        <translation>är sessiiadan osynşa minut būryn eske salǧyş qosu</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_schedule.py" line="-22"/>
        <source>write the event as a frab schedule.json (Giggity, EventFahrplan, pretalx-compatible readers)</source>
        <translation>ıs-şarany frab schedule.json retınde jazu (Giggity, EventFahrplan jäne pretalx-pen üilesımdı qoldanbalar üşın)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the event (--event FILE, else CACCC-2025) as a frab schedule.json that validates against the c3voc schema. The format needs a time for every session: sessions without a published time are left out and named on stderr; indicative times are marked in the title and abstract.</source>
        <translation>Is-şarany (--event FILE, äitpese OAQÖK-2025) c3voc shemasy boiynşa tekseruden ötetın frab schedule.json retınde jazu. Būl pışım är sessiianyŋ uaqytyn talap etedı: uaqyty jariialanbaǧan sessiialar jazylmaidy jäne stderr-de atalady; şamamen alynǧan uaqyt atauda jäne annotasiiada belgılenedı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write (&apos;-&apos; for stdout)</source>
        <translation>jazylatyn fail (stdout üşın &apos;-&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA zone for an --event file that names none (default: UTC)</source>
        <translation>beldeu körsetılmegen --event faily üşın IANA beldeuı (ädepkısı: UTC)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="-45"/>
        <source>star the sessions found in a calendar file that Companion exported</source>
        <translation>Companion eksporttaǧan küntızbe failyndaǧy sessiialardy belgıleu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star every session of this event found in FILE (an .ics written by Companion, for example by `companion export-ics --starred`). Stars you already have are kept.</source>
        <translation>FILE failynan tabylǧan osy ıs-şaranyŋ är sessiiasyn belgıleu (Companion jazǧan .ics faily, mysaly `companion export-ics --starred` komandasymen). Būrynnan bar belgıler saqtalady.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file</source>
        <translation>.ics faily</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/people.py" line="+29"/>
        <source>list the people the sources name</source>
        <translation>derekközderde atalǧan qatysuşylardy tızu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only people found by TEXT (any spelling, any script)</source>
        <translation>tek TEXT boiynşa tabylǧan qatysuşylar (kez kelgen jazyluy, kez kelgen älıpbi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of people</source>
        <translation>qatysuşylar tızımın JSON türınde şyǧaru</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/help_language.py" line="+24"/>
        <source>usage:</source>
        <translation>qoldanyluy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>pozisiialyq argumentter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>parametrler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>osy anyqtamany körsetıp, şyǧu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: qate: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s argumentı: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>myna argumentterdı körsetu kerek: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>%s argumentterınıŋ bırın körsetu kerek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>%s argumentımen bırge körsetuge bolmaidy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>tanylmaǧan argumentter: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>bır argument kütıledı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>eŋ köbı bır argument kütıledı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>kemınde bır argument kütıledı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>jaramsyz taŋdau: %(value)r (mynalardan taŋdaŋyz: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>jaramsyz %(type)s mänı: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>bırmändı emes parametr: %(option)s mynalardyŋ bırı boluy mümkın: %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>anyq körsetılgen %r argumentı elenbedı</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/refresh.py" line="+7"/>
        <source>download subscribed schedules again</source>
        <translation>jazylǧan baǧdarlamalardy qaita jüktep alu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every subscribed schedule (or the address given, subscribing to it). Exit status: 0 nothing changed, 1 something changed, 2 a refresh failed (the last good copy is kept).</source>
        <translation>Jazylǧan barlyq baǧdarlamany (nemese körsetılgen mekenjaidaǧy baǧdarlamany, oǧan jazyla otyryp) jaŋartu. Şyǧu kody: 0 — eşteŋe özgermedı, 1 — özgerıs bar, 2 — jaŋartu mümkın bolmady (soŋǧy jaramdy köşırme saqtalady).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address to refresh (default: every subscription)</source>
        <translation>jaŋartylatyn mekenjai (ädepkısı: barlyq jazylym)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the copy even when the new version drops most sessions</source>
        <translation>jaŋa nūsqada sessiialardyŋ köbı joq bolsa da, köşırmenı auystyru</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="-68"/>
        <source>check people in by their badge codes</source>
        <translation>qatysuşylardy beidj kodtary boiynşa tırkeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check badge codes in (arguments, or stdin one per line as a scanner types them) and print each verdict. Exit status 2 when a code was refused, 1 when one was a duplicate, else 0.</source>
        <translation>Beidj kodtaryn tırkeu (argumentterden nemese stdin-nen, skaner engızgendei är jolǧa bıreuden) jäne ärqaisysy boiynşa şeşımdı şyǧaru. Şyǧu kody: kod qabyldanbasa 2, qaitalansa 1, äitpese 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>badge codes (CB1:… or CB2:…); without any, and without --image, read stdin</source>
        <translation>beidj kodtary (CB1:… nemese CB2:…); olar da, --image da berılmese, stdin oqylady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check in the QR codes in this picture (photo or screenshot); may be repeated</source>
        <translation>osy surettegı QR kodtaryn tırkeu (foto nemese skrinşot); bırneşe ret körsetuge bolady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a desk package from the badge station (keys, revocations, attendee list)</source>
        <translation>beidj basu stansiiasynan üstel paketın importtau (kıltter, küşı joiylǧandar, qatysuşylar tızımı)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase of a sealed desk package, on the first line of FILE</source>
        <translation>qorǧalǧan üstel paketınıŋ qūpiia frazasy (FILE failynyŋ bırınşı joly)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this desk&apos;s id in the log (default: the one remembered on this machine)</source>
        <translation>osy üsteldıŋ jurnaldaǧy identifikatory (ädepkısınşe: osy kompiuterde este saqtalǧany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is at the desk (recorded with each scan)</source>
        <translation>üstelde kım otyr (är skanerleumen bırge jazylady)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin_log.py" line="-76"/>
        <source>export, merge, report or erase the check-in log</source>
        <translation>tırkeu jurnalyn eksporttau, bırıktıru, esep şyǧaru nemese öşıru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange check-in logs between desks (merging is idempotent: importing a log twice changes nothing), write the log as CSV, print the counts, or erase the event&apos;s check-in data.</source>
        <translation>Üstelder arasynda tırkeu jurnaldarymen almasu (bırıktıru idempotenttı: jurnaldy ekı ret importtau eşteŋenı özgertpeidı), jurnaldy CSV retınde jazu, qorytyndy sandardy şyǧaru nemese ıs-şaranyŋ tırkeu derekterın öşıru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write this desk&apos;s log (every scan it knows) for other desks</source>
        <translation>osy üsteldıŋ jurnalyn (ol bıletın barlyq skanerleulerdı) basqa üstelder üşın jazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import other desks&apos; logs</source>
        <translation>basqa üstelderdıŋ jurnaldaryn importtau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the log as CSV for the organisers&apos; report</source>
        <translation>ūiymdastyruşylar esebı üşın jurnaldy CSV retınde jazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print checked in / expected by category and delegation, scans per minute, conflicts</source>
        <translation>sanattar men delegasiialar boiynşa «tırkelgen / kütıletın» sandaryn, minutyna skanerleu sanyn, qaişylyqtardy şyǧaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erase the event&apos;s check-in log, desk list and desk keys (after the event)</source>
        <translation>ıs-şaranyŋ tırkeu jurnalyn, üstel tızımın jäne üstel kıltterın öşıru (ıs-şaradan keiın)</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../src/companion/ui/content_note.py" line="+15"/>
        <source>Descriptions, notes, topics and roles in this language are Companion&apos;s translation from English.</source>
        <translation>Būl tıldegı sipattamalardy, eskertulerdı, taqyryptar men rölderdı Companion aǧylşyn tılınen audarǧan.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../src/companion/app.py" line="+55"/>
        <source>Companion ran into an unexpected problem. What you were doing may not have finished; your saved data is kept. If it happens again, please send the details below to whoever supports Companion for you.</source>
        <translation>Companion kütpegen qatege tap boldy. Sız ıstep jatqan äreket aiaqtalmaǧan boluy mümkın; saqtalǧan derekterıŋız ornynda. Būl qaitalansa, tömendegı mälımetterdı Companion boiynşa sızge kömektesetın adamǧa jıberıŋız.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are also in %1.</source>
        <translation>Būl mälımetter %1 failynda da bar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected problem</source>
        <translation>Kütpegen qate</translation>
    </message>
</context>
<context>
    <name>DelegationDetail</name>
    <message>
        <location filename="../../src/companion/ui/delegations/detail.py" line="+41"/>
        <source>Delegation details</source>
        <translation>Delegasiia turaly mälımet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation</source>
        <translation>Delegasiia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Basqa ataulary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Head of delegation</source>
        <translation>Delegasiia basşysy</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Named members</source>
        <translation>Atalǧan müşelerı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member is named in the sources.</source>
        <translation>Derekközderde bırde-bır müşesı atalmaǧan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Composition as reported</source>
        <translation>Habarlamalar boiynşa qūramy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Eskertuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sessions its people take part in</source>
        <translation>Müşelerı qatysatyn sessiialar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Who</source>
        <translation>Kım</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session published for its people.</source>
        <translation>Müşelerı üşın sessiialar jariialanbaǧan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Sessions it organised</source>
        <translation>Ol ūiymdastyrǧan sessiialar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Organised with</source>
        <translation>Bırlesıp ūiymdastyrǧandar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Derekközder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Choose a country or organisation to see its delegation.</source>
        <translation>Delegasiiasyn köru üşın eldı nemese ūiymdy taŋdaŋyz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This event&apos;s data names no delegations.</source>
        <translation>Būl ıs-şaranyŋ derekterınde delegasiialar atalmaǧan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Country</source>
        <translation>El</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open person %1</source>
        <translation>Aşu: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Not published</source>
        <translation>Jariialanbaǧan</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No source listed.</source>
        <translation>Derekközder körsetılmegen.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+6"/>
        <source>Also</source>
        <extracomment>src/companion/ui/delegations/detail.py:136</extracomment>
        <translation>Sondai-aq</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../src/companion/ui/delegations/page.py" line="+30"/>
        <source>Filter by name, alias or member, in any script</source>
        <translation>Atauy, basqa atauy ne müşesı boiynşa süzu, kez kelgen älıpbimen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter delegations</source>
        <translation>Delegasiialardy süzu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delegations</source>
        <translation>Delegasiialar</translation>
    </message>
</context>
<context>
    <name>DelegationsTableModel</name>
    <message>
        <location filename="../../src/companion/ui/delegations/model.py" line="+62"/>
        <source>Delegation</source>
        <translation>Delegasiia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Türı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Basşysy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Named members</source>
        <translation>Atalǧan müşelerı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>El</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not published</source>
        <translation>Jariialanbaǧan</translation>
    </message>
</context>
<context>
    <name>DeskPackageActions</name>
    <message>
        <location filename="../../src/companion/ui/checkin/desk_package.py" line="+41"/>
        <source>Export &amp;desk package…</source>
        <translation>Üstel &amp;paketın eksporttau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the keys and the attendee list that check-in desks need (no e-mails), sealed with a passphrase</source>
        <translation>Tırkeu üstelderıne qajet kıltter men qatysuşylar tızımın (e-mail mekenjailarynsyz) qūpiia frazamen qorǧap jazu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import des&amp;k package…</source>
        <translation>Üstel paketın impor&amp;ttau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the badge station&apos;s keys and attendee list for this desk</source>
        <translation>Osy üstel üşın beidj basu stansiiasynyŋ kıltterı men qatysuşylar tızımın alu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export desk package</source>
        <translation>Üstel paketın eksporttau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk packages (*.json)</source>
        <translation>Üstel paketterı (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing the desk package</source>
        <translation>Üstel paketın jazu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk package was not written: %1</source>
        <translation>Üstel paketı jazylmady: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Seal the desk package</source>
        <translation>Üstel paketın qorǧau</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Passphrase to seal the package with (leave empty not to seal it). Tell it to the desks another way than the file.</source>
        <translation>Pakettı qorǧaityn qūpiia fraza (qorǧamau üşın bos qaldyryŋyz). Ony üstelderge failmen bırge emes, basqa jolmen aityŋyz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same passphrase again:</source>
        <translation>Sol qūpiia fraza taǧy bır ret:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Ekı qūpiia fraza säikes emes. Olardy qaita terıŋız.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed with the passphrase</source>
        <translation>qūpiia frazamen qorǧalǧan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sealed</source>
        <translation>qorǧalmaǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: desk package of %2 (%3 attendees, %4). Key fingerprint %5: compare it on each desk.</source>
        <translation>%1: %2 ıs-şarasynyŋ üstel paketı (qatysuşylar: %3, %4). Kılt ızı %5: ony är üstelde salystyryŋyz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Import desk package</source>
        <translation>Üstel paketın importtau</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Desk packages (*.json);;All files (*)</source>
        <translation>Üstel paketterı (*.json);;Barlyq faildar (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the desk package</source>
        <translation>Üstel paketın oqu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk package was not imported: %1</source>
        <translation>Üstel paketı importtalmady: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is sealed. Passphrase:</source>
        <translation>%1 qorǧalǧan. Qūpiia fraza:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase for %1 (or the file was changed). Passphrase:</source>
        <translation>%1 üşın qūpiia fraza qate (nemese fail özgertılgen). Qūpiia fraza:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: desk package of %2 imported: %3 attendees, %4 revoked codes. Key fingerprint %5: compare it with the badge station.</source>
        <translation>%1: %2 ıs-şarasynyŋ üstel paketı importtaldy (qatysuşylar: %3, küşı joiylǧan kodtar: %4). Kılt ızı %5: ony beidj basu stansiiasymen salystyryŋyz.</translation>
    </message>
</context>
<context>
    <name>DeskPanes</name>
    <message>
        <location filename="../../src/companion/ui/checkin/panes.py" line="+54"/>
        <source>Connection to the shared check-in server</source>
        <translation>Ortaq tırkeu serverıne qosylym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a badge: the scanner works whatever has focus on this page.</source>
        <translation>Beidjdı skanerleŋız: fokus osy bettıŋ qai jerınde bolsa da, skaner jūmys ısteidı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator: who is at this desk (kept in the log)</source>
        <translation>Operator: osy üstelde kım otyr (jurnalda saqtalady)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, kept with each check-in</source>
        <translation>Sızdıŋ aty-jönıŋız, är tırkeumen bırge saqtalady</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo last check-in</source>
        <translation>Soŋǧy tırkeudı &amp;boldyrmau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>Soŋǧy tırkeudı boldyrmau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sound</source>
        <translation>&amp;Dybys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each verdict</source>
        <translation>Är şeşım kezınde dybys oinatu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full scr&amp;een</source>
        <translation>Tolyq &amp;ekran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen (F11)</source>
        <translation>Tolyq ekran (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit &amp;anyway…</source>
        <translation>Bärıbır &amp;ötkızu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit the person whose badge was refused, with a reason</source>
        <translation>Beidjı qabyldanbaǧan qatysuşyny sebebın körsetıp ötkızu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the badge? Find the person</source>
        <translation>Beidj ūmytyldy ma? Qatysuşyny tabyŋyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd by name:</source>
        <translation>Aty-jönı boiynşa &amp;ızdeu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a person by name</source>
        <translation>Qatysuşyny aty-jönı boiynşa ızdeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, organisation or delegation, in any script</source>
        <translation>Aty-jönı, ūiymy nemese delegasiiasy, kez kelgen älıpbimen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People found</source>
        <translation>Tabylǧan qatysuşylar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in &amp;by hand…</source>
        <translation>&amp;Qolmen tırkeu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in the chosen person by hand</source>
        <translation>Taŋdalǧan qatysuşyny qolmen tırkeu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reprint badge</source>
        <translation>Beidjdı qa&amp;ita basu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint the chosen person&apos;s badge</source>
        <translation>Taŋdalǧan qatysuşynyŋ beidjın qaita basu</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Checked in</source>
        <translation>Tırkelgender</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>People checked in</source>
        <translation>Tırkelgen qatysuşylar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked in by category, delegation and desk</source>
        <translation>Sanattar, delegasiialar jäne üstelder boiynşa tırkelgender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Kütıletın</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Admitted at two desks</source>
        <translation>Ekı üstelde ötkızılgender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People admitted at more than one desk</source>
        <translation>Bırneşe üstelde ötkızılgen qatysuşylar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../../src/companion/ui/reminders.py" line="+159"/>
        <source>Companion reminders</source>
        <translation>Companion eske salǧyştary</translation>
    </message>
</context>
<context>
    <name>EventFile</name>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="+91"/>
        <source>a schedule.json needs a &apos;schedule&apos; object</source>
        <translation>schedule.json ışınde &apos;schedule&apos; obektısı boluy kerek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing or not an object</source>
        <translation>joq nemese obekt emes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing or not a list</source>
        <translation>joq nemese tızım emes</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_text.py" line="+21"/>
        <location filename="../../src/companion/sources/json_text.py" line="+33"/>
        <source>not UTF-8 text</source>
        <translation>būl UTF-8 kodtauyndaǧy mätın emes</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_schedule.py" line="+60"/>
        <source>END:{name} does not close anything open (no END here expected)</source>
        <translation>END:{name} aşyq eşteŋenı jappaidy (mūnda END kütılmeidı)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>END:{name} does not close anything open (END:{open} expected)</source>
        <translation>END:{name} aşyq eşteŋenı jappaidy (END:{open} kütıledı)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BEGIN:{name} is never closed (is the file truncated?)</source>
        <translation>BEGIN:{name} eşqaida jabylmaǧan (fail qiylyp qalǧan ba?)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_text.py" line="+66"/>
        <source>not a readable iCalendar file: {detail}</source>
        <translation>iCalendar faily oqylmaidy: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/json_text.py" line="+5"/>
        <source>not valid JSON: {detail}</source>
        <translation>JSON jaramsyz: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number with {digits} digits is too long to read</source>
        <translation>{digits} sifrly san oqu üşın tym ūzyn</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/companion_json.py" line="+140"/>
        <location filename="../../src/companion/sources/json_text.py" line="-2"/>
        <source>JSON nested too deeply</source>
        <translation>JSON tym tereŋ kırıstırılgen</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="+63"/>
        <source>the file is empty</source>
        <translation>fail bos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Companion event file</source>
        <translation>Companion ıs-şara faily</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_stars.py" line="+68"/>
        <source>not UTF-8 text, so not a calendar file</source>
        <translation>būl UTF-8 kodtauyndaǧy mätın emes, demek küntızbe faily da emes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a calendar file (no BEGIN:VCALENDAR)</source>
        <translation>būl küntızbe faily emes (BEGIN:VCALENDAR joq)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file ends before END:VCALENDAR (cut short?)</source>
        <translation>fail END:VCALENDAR jolyna jetpei üzıledı (qiylyp qalǧan ba?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a valid calendar file: {detail}</source>
        <translation>küntızbe faily jaramsyz: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no complete VCALENDAR (BEGIN and END lines do not match)</source>
        <translation>bırde-bır tolyq VCALENDAR joq (BEGIN jäne END joldary säikes emes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>event {uid}: {property}: {problem}</source>
        <translation>{uid} oqiǧasy: {property}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="-17"/>
        <source>this is not a schedule Companion can read. It reads schedules exported by conference programme tools (frab or pretalx, as XML or JSON), calendar files (.ics) and Companion event files</source>
        <translation>būl Companion oqi alatyn baǧdarlama emes. Ol konferensiia baǧdarlamasyn jasaityn jüielerden (frab nemese pretalx, XML ne JSON türınde) şyǧarylǧan baǧdarlamalardy, küntızbe faildaryn (.ics) jäne Companion ıs-şara faildaryn oqidy</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown time zone {zone} (use an IANA name like Europe/Berlin)</source>
        <translation>belgısız uaqyt beldeuı {zone} (Europe/Berlin siiaqty IANA atauyn körsetıŋız)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>JSON, but neither a frab schedule.json (&apos;schedule&apos; key) nor a Companion event file ({keys})</source>
        <translation>būl JSON, bıraq frab schedule.json (&apos;schedule&apos; kıltı) da, Companion ıs-şara faily da emes ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/companion_json.py" line="-104"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+546"/>
        <source>unknown time zone {zone}</source>
        <translation>belgısız uaqyt beldeuı {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date and time: {value}</source>
        <translation>būl kün men uaqyt emes: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date: {value}</source>
        <translation>būl kün emes: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session id {id} is used twice</source>
        <translation>{id} sessiia identifikatory ekı ret qoldanylǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id {id} is used twice</source>
        <translation>{id} identifikatory ekı ret qoldanylǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown session type {type}</source>
        <translation>belgısız sessiia türı {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown room {room}</source>
        <translation>belgısız zal {room}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown track {track}</source>
        <translation>belgısız baǧyt {track}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown person {person}</source>
        <translation>belgısız adam {person}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown delegation {delegation}</source>
        <translation>belgısız delegasiia {delegation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown source {source}</source>
        <translation>belgısız derekköz {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person}: unknown delegation {delegation}</source>
        <translation>{person}: belgısız delegasiia {delegation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} names {delegation} but is not among its members</source>
        <translation>{person} {delegation} delegasiiasyn körsetedı, bıraq onyŋ müşelerınıŋ qatarynda joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: unknown person {person}</source>
        <translation>{delegation}: belgısız adam {person}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: head {person} is not a member</source>
        <translation>{delegation}: basşy {person} delegasiia müşesı emes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} is listed here but belongs to {delegation}</source>
        <translation>{person} osynda körsetılgen, bıraq {delegation} delegasiiasyna jatady</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the file must hold a JSON object</source>
        <translation>failda JSON obektısı boluy kerek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {expected}, found {found}</source>
        <translation>{expected} kütılgen, bıraq {found} körsetılgen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event file schema says: {detail}</source>
        <translation>ıs-şara failynyŋ shemasy boiynşa tekseru: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event file schema says: {detail} (and {count} more problem)</source>
        <translation>ıs-şara failynyŋ shemasy boiynşa tekseru: {detail} (taǧy {count} qate bar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event file schema says: {detail} (and {count} more problems)</source>
        <translation>ıs-şara failynyŋ shemasy boiynşa tekseru: {detail} (taǧy {count} qate bar)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>start and end must both be given or both be null</source>
        <translation>bastaluy men aiaqtaluy ekeuı de körsetıluı nemese ekeuı de null boluy kerek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session ends before it starts</source>
        <translation>sessiia bastalmai tūryp aiaqtalady</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a session with a time cannot be &apos;unknown&apos;</source>
        <translation>uaqyty körsetılgen sessiianyŋ küiı &apos;unknown&apos; bola almaidy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} needs a start and an end</source>
        <translation>{status} küiı üşın bastaluy men aiaqtaluy kerek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts on {start} but is listed on {day}</source>
        <translation>{start} bastalady, bıraq {day} künınde körsetılgen</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+520"/>
        <source>the schedule has no days and no dated sessions</source>
        <translation>baǧdarlamada künder de, künı körsetılgen sessiialar da joq</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="+163"/>
        <source>cannot open {path}: {problem}</source>
        <translation>{path} failyn aşu mümkın emes: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="+14"/>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} failyn oqu mümkın emes: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="-21"/>
        <source>cannot open event file {path}: {problem}</source>
        <translation>{path} ıs-şara failyn aşu mümkın emes: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_xml.py" line="+41"/>
        <source>not well-formed XML: {detail} (is the file in the encoding it declares?)</source>
        <translation>XML qūrylymy qate: {detail} (fail özınde jariialanǧan kodtauda ma?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not well-formed XML: {detail}</source>
        <translation>XML qūrylymy qate: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refused unsafe XML ({kind}): entity declarations and external references are not allowed in a schedule</source>
        <translation>qauıptı XML qabyldanbady ({kind}): baǧdarlamada XML entity jariialaularyna jäne syrtqy sıltemelerge rūqsat joq</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable text encoding: {detail}</source>
        <translation>mätın kodtauy oqylmaidy: {detail}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the root element is not &lt;schedule&gt;</source>
        <translation>tübır element &lt;schedule&gt; emes</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/events.py" line="+34"/>
        <source>unexpected problem: {detail}</source>
        <translation>kütpegen qate: {detail}</translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="+93"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aşu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a schedule: frab XML, schedule.json, iCalendar or a Companion event</source>
        <translation>Baǧdarlamany aşu: frab XML, schedule.json, iCalendar ne Companion ıs-şarasy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Soŋǧylar&amp;dy aşu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;schedule.json…</source>
        <translation>&amp;schedule.json retınde eksporttau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this event as a frab schedule.json for other schedule apps</source>
        <translation>Is-şarany basqa baǧdarlama qoldanbalary üşın frab schedule.json retınde saqtau</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/changes/entry.py" line="+55"/>
        <source>What changed</source>
        <translation>Ne özgerdı</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="+140"/>
        <source>Open schedule</source>
        <translation>Baǧdarlamany aşu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules (*.xml *.json *.ics *.ical *.ifb);;All files (*)</source>
        <translation>Baǧdarlamalar (*.xml *.json *.ics *.ical *.ifb);;Barlyq faildar (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opening %1…</source>
        <translation>%1 aşyluda…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Bas tartu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening schedule</source>
        <translation>Baǧdarlama aşyluda</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Companion cannot open %1</source>
        <translation>Companion %1 failyn aşa almaidy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window still shows %1.</source>
        <translation>Terezede būrynǧysynşa %1 körsetılgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule not opened</source>
        <translation>Baǧdarlama aşylmady</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Times re-read in %1; the clock times did not change.</source>
        <translation>Uaqyt %1 beldeuınde qaita oqyldy; sessiialardyŋ naqty uaqyty özgergen joq.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) changed since you last opened this event: see What changed.</source>
        <translation>
            <numerusform>Būl ıs-şarany soŋǧy aşqannan berı %n sessiia özgerdı: «Ne özgerdı» bölımın qaraŋyz.</numerusform>
            <numerusform>Būl ıs-şarany soŋǧy aşqannan berı %n sessiia özgerdı: «Ne özgerdı» bölımın qaraŋyz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No recent events</source>
        <translation>Soŋǧy ıs-şaralar joq</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export schedule.json</source>
        <translation>schedule.json retınde eksporttau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>frab schedule.json (*.json)</source>
        <translation>frab schedule.json (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule not exported</source>
        <translation>Baǧdarlama eksporttalmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion cannot write %1: %2</source>
        <translation>Companion %1 failyn jaza almaidy: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%1 failyna %n sessiia jazyldy.</numerusform>
            <numerusform>%1 failyna %n sessiia jazyldy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with indicative times, marked as such in the title.</source>
        <translation>
            <numerusform>Onyŋ %n sessiiasynyŋ uaqyty şamamen, būl atauynda belgılengen.</numerusform>
            <numerusform>Onyŋ %n sessiiasynyŋ uaqyty şamamen, būl atauynda belgılengen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) left out because the format needs a date and a time that were not published:</source>
        <translation>
            <numerusform>%n sessiia qosylmady: būl pışımge kün men uaqyt kerek, al olar jariialanbaǧan:</numerusform>
            <numerusform>%n sessiia qosylmady: būl pışımge kün men uaqyt kerek, al olar jariialanbaǧan:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule exported</source>
        <translation>Baǧdarlama eksporttaldy</translation>
    </message>
</context>
<context>
    <name>FilePlace</name>
    <message>
        <location filename="../../src/companion/sources/errors.py" line="+41"/>
        <source>line {line}</source>
        <translation>{line}-jol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, column {column}</source>
        <translation>{line}-jol, {column}-baǧan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}</source>
        <translation>{row}-jol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte {byte}</source>
        <translation>{byte}-bait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line} (byte {byte})</source>
        <translation>{line}-jol ({byte}-bait)</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../src/companion/ui/file_problem.py" line="+20"/>
        <source>%1 (at %2): %3</source>
        <translation>%1 (orny: %2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/companion/ui/open_event.py" line="-96"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/companion/domain/system_errors.py" line="+15"/>
        <source>the folder does not exist</source>
        <translation>qalta joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>you have no permission to write there</source>
        <translation>ol jerge jazuǧa rūqsatyŋyz joq</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the disk or folder is read-only</source>
        <translation>disk ne qalta tek oquǧa arnalǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>disk toly</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>part of the path is a file, not a folder</source>
        <translation>joldyŋ bır bölıgı qalta emes, fail</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the file name is too long</source>
        <translation>fail atauy tym ūzyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your disk quota is used up</source>
        <translation>disk kvotaŋyz tausyldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for this disk</source>
        <translation>fail būl disk üşın tym ülken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an input/output error</source>
        <translation>disk engızu-şyǧaru qatesı turaly habarlady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path has a symbolic link that is not followed</source>
        <translation>jolda simvoldyq sılteme bar, al sıltemelerge ötılmeidı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file does not exist</source>
        <translation>fail joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>you have no permission to read it</source>
        <translation>faildy oquǧa rūqsatyŋyz joq</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+15"/>
        <location filename="../../src/companion/sources/reading.py" line="+39"/>
        <source>this is a folder, not a file</source>
        <translation>būl fail emes, qalta</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="-10"/>
        <source>{file} at {place}: {problem}</source>
        <translation>{file}, {place}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/reading.py" line="-3"/>
        <source>the file is {size} MB; the limit is {limit} MB</source>
        <translation>fail kölemı {size} MB; şegı — {limit} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is larger than {limit} MB (the limit)</source>
        <translation>kölemı {limit} MB şegınen asady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a device, not a file</source>
        <translation>būl fail emes, qūrylǧy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a special file (a socket or the like), not a file</source>
        <translation>būl kädımgı fail emes, arnaiy fail (soket ne soǧan ūqsas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it sent nothing for {seconds} s</source>
        <translation>{seconds} s boiy eşqandai derek kelmedı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was still sending after {seconds} s</source>
        <translation>{seconds} s ötken soŋ da derek kele berdı</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/companion/sources/report.py" line="+79"/>
        <source>sessions: {sessions}, days: {days}, rooms: {rooms}, people: {people}, tracks: {tracks}</source>
        <translation>sessiialar: {sessions}, künder: {days}, zaldar: {rooms}, qatysuşylar: {people}, baǧyttar: {tracks}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone {zone}: {reason}</source>
        <translation>Uaqyt beldeuı {zone}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped items: {count}</source>
        <translation>Ötkızıp jıberılgen elementter: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing skipped.</source>
        <translation>Eşteŋe ötkızıp jıberılmedı.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="-65"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="-813"/>
        <source>the file names it ({field})</source>
        <translation>failda körsetılgen ({field})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/value_limits.py" line="+19"/>
        <source>{value} is out of range (dates from the year {first} to {last} are read)</source>
        <translation>{value} rūqsat etılgen auqymnan tys ({first}–{last} jyldar aralyǧyndaǧy künder oqylady)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+5"/>
        <source>The file names the zone {zone}, which is not a known IANA zone.</source>
        <translation>Failda {zone} beldeuı körsetılgen, bıraq ondai IANA beldeuı joq.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone; chosen by you</source>
        <translation>failda beldeu körsetılmegen; ony özıŋız taŋdadyŋyz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file names no zone; every session date carries the offset {offset}</source>
        <translation>failda beldeu körsetılmegen; barlyq sessiia künderınde {offset} yǧysuy bar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone and its dates carry offsets {offsets}; times are shown in UTC (choose the conference&apos;s zone to see local times)</source>
        <translation>failda beldeu körsetılmegen, al künderınde {offsets} yǧysulary bar; uaqyt UTC boiynşa körsetıldı (jergılıktı uaqytty köru üşın konferensiia beldeuın taŋdaŋyz)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone; times are read as UTC (choose the conference&apos;s zone if that is wrong)</source>
        <translation>failda beldeu körsetılmegen; uaqyt UTC retınde oqyldy (būl qate bolsa, konferensiia beldeuın taŋdaŋyz)</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>day_change {value} is not a time of day; ignored.</source>
        <translation>day_change {value} täulık uaqyty emes; eskerılmedı.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>day date {value} is not a date; its sessions need their own</source>
        <translation>künnıŋ künı {value} jaramdy kün emes; onyŋ sessiialarynda öz künı boluy kerek</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>date {value} is not an ISO date and time</source>
        <translation>date {value} ISO pışımındegı kün men uaqyt emes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start {value} is not a time of day</source>
        <translation>start {value} täulık uaqyty emes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date {value} is not a date</source>
        <translation>date {value} jaramdy kün emes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start time without a day</source>
        <translation>künı joq bastalu uaqyty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>end {value} is not an ISO date and time</source>
        <translation>end {value} ISO pışımındegı kün men uaqyt emes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration {value} is not hours:minutes</source>
        <translation>duration {value} saǧat:minut pışımınde emes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it ends before it starts</source>
        <translation>bastalmai tūryp aiaqtalady</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no title</source>
        <translation>atauy joq</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="+303"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+14"/>
        <source>{place}: {problem}; listed without a time.</source>
        <translation>{place}: {problem}; uaqytsyz körsetıldı.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+21"/>
        <source>the same session as an earlier one (id {id})</source>
        <translation>joǧarydaǧy sessiiamen bırdei (id {id})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+60"/>
        <source>{count} session shares an id with an earlier, different session (a repeated workshop); it got an id ending in ~2</source>
        <translation>Basqa, erterektegı sessiiamen id-ı bırdei sessiialar (qaitalanatyn seminarlar): {count}; olarǧa ~2, ~3 … dep aiaqtalatyn id berıldı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sessions share an id with an earlier, different session (repeated workshops); they got ids ending in ~2, ~3 …</source>
        <translation>Basqa, erterektegı sessiiamen id-ı bırdei sessiialar (qaitalanatyn seminarlar): {count}; olarǧa ~2, ~3 … dep aiaqtalatyn id berıldı.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} session gives a start that differs from its date converted to {zone}; the date with its UTC offset was used.</source>
        <translation>Bastalu uaqyty {zone} beldeuıne keltırılgen künımen säikes kelmeitın sessiialar: {count}; UTC yǧysuy bar kün alyndy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sessions give a start that differs from their date converted to {zone}; the date with its UTC offset was used.</source>
        <translation>Bastalu uaqyty {zone} beldeuıne keltırılgen künımen säikes kelmeitın sessiialar: {count}; UTC yǧysuy bar kün alyndy.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{count} session has no readable time and is listed without one.</source>
        <translation>Uaqyty oqylmaityn sessiialar: {count}; olar uaqytsyz körsetıldı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} sessions have no readable time and are listed without one.</source>
        <translation>Uaqyty oqylmaityn sessiialar: {count}; olar uaqytsyz körsetıldı.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_schedule.py" line="-39"/>
        <source>iCalendar schedule</source>
        <translation>iCalendar baǧdarlamasy</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>VEVENT {number} (UID {uid})</source>
        <translation>VEVENT {number} (UID {uid})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VEVENT {number}</source>
        <translation>VEVENT {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} (VEVENT {number}, UID {uid})</source>
        <translation>{line}-jol (VEVENT {number}, UID {uid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} (VEVENT {number})</source>
        <translation>{line}-jol (VEVENT {number})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>marked STATUS:CANCELLED in the file</source>
        <translation>failda STATUS:CANCELLED dep belgılengen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{place}: DTEND is a date but DTSTART a time; the end was ignored.</source>
        <translation>{place}: DTEND — kün, al DTSTART — uaqyt; aiaqtaluy eskerılmedı.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{place}: DTSTART is not a date or time; listed without a time.</source>
        <translation>{place}: DTSTART kün de, uaqyt ta emes; uaqytsyz körsetıldı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: no DTSTART; listed without a time.</source>
        <translation>{place}: DTSTART joq; uaqytsyz körsetıldı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TZID of the start times</source>
        <translation>bastalu uaqyttarynyŋ TZID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start times use several zones ({others} besides {zone}); all are shown in {zone}.</source>
        <translation>Bastalu uaqyttary bırneşe beldeude berılgen ({zone} beldeuınen bölek {others}); barlyǧy {zone} beldeuınde körsetıldı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TZID {tzid} ({count} time) is neither an IANA zone nor defined in the file; that time was read in the event&apos;s zone.</source>
        <translation>TZID {tzid} ({count} ret) IANA beldeuı emes jäne failda anyqtalmaǧan; būl uaqyttar ıs-şara beldeuınde oqyldy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TZID {tzid} ({count} times) is neither an IANA zone nor defined in the file; those times were read in the event&apos;s zone.</source>
        <translation>TZID {tzid} ({count} ret) IANA beldeuı emes jäne failda anyqtalmaǧan; būl uaqyttar ıs-şara beldeuınde oqyldy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} start time is given in UTC.</source>
        <translation>Bastalu uaqyty UTC boiynşa berılgen (jazbalar sany: {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} start times are given in UTC.</source>
        <translation>Bastalu uaqyty UTC boiynşa berılgen (jazbalar sany: {count}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} repeating entry (RRULE) is listed at its first occurrence only.</source>
        <translation>Qaitalanatyn jazbalar (RRULE): {count}; ärqaisysy tek bırınşı ret körsetıldı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} repeating entries (RRULE) are listed at their first occurrence only.</source>
        <translation>Qaitalanatyn jazbalar (RRULE): {count}; ärqaisysy tek bırınşı ret körsetıldı.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_xml.py" line="-61"/>
        <source>frab schedule XML</source>
        <translation>frab baǧdarlamasy (XML)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="-397"/>
        <source>frab schedule.json</source>
        <translation>frab schedule.json</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a day that is not an object</source>
        <translation>obekt emes kün</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an object of room name to sessions; the day&apos;s sessions were skipped</source>
        <translation>«zal atauy → sessiialar» obektısı emes; osy künnıŋ sessiialary ötkızıp jıberıldı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a list of sessions</source>
        <translation>sessiialar tızımı emes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a session that is not an object</source>
        <translation>obekt emes sessiia</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/companion/ui/import_report.py" line="+59"/>
        <source>Schedule opened</source>
        <translation>Baǧdarlama aşyldy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions:</source>
        <translation>Sessiialar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Künder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms:</source>
        <translation>Zaldar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Qatysuşylar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks:</source>
        <translation>Baǧyttar:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone:</source>
        <translation>Uaqyt beldeuı:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time zone of this schedule</source>
        <translation>Osy baǧdarlamanyŋ uaqyt beldeuı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the times in &amp;zone:</source>
        <translation>Uaqytty myna &amp;beldeumen oqu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload in this zone</source>
        <translation>Osy beldeumen &amp;qaita jükteu</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Skipped %n item(s) and noted:</source>
        <translation>
            <numerusform>%n element ötkızıp jıberıldı, eskertuler:</numerusform>
            <numerusform>%n element ötkızıp jıberıldı, eskertuler:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing skipped.</source>
        <translation>Eşteŋe ötkızıp jıberılmedı.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes:</source>
        <translation>Eskertuler:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped items and notes</source>
        <translation>Ötkızıp jıberılgen elementter men eskertuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>named in the file</source>
        <translation>failda körsetılgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; chosen by you</source>
        <translation>failda körsetılmegen; özıŋız taŋdadyŋyz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; inferred from the UTC offset of its dates</source>
        <translation>failda körsetılmegen; künderınıŋ UTC yǧysuy boiynşa anyqtaldy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; UTC assumed. Choose the conference&apos;s zone below if that is wrong</source>
        <translation>failda körsetılmegen; UTC dep alyndy. Qate bolsa, tömennen konferensiianyŋ beldeuın taŋdaŋyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a time zone name such as Europe/Brussels.</source>
        <translation>«%1» — Europe/Brussels siiaqty uaqyt beldeuınıŋ atauy emes.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../src/companion/services/jobs.py" line="+102"/>
        <source>{task} stopped because of an unexpected problem in Companion ({kind}). Nothing was changed by the part that failed; the details are in the log file.</source>
        <translation>{task}: Companion ışındegı kütpegen qatege bailanysty jūmys toqtady ({kind}). Qate bolǧan bölık eşteŋenı özgertpedı; tolyq mälımet jurnal failynda.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/calendar_export.py" line="-253"/>
        <source>Writing the calendar file</source>
        <translation>Küntızbe failyn jazu</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="-280"/>
        <source>Opening the schedule</source>
        <translation>Baǧdarlamany aşu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing the event with the version seen last time</source>
        <translation>Is-şarany ötken joly körgen nūsqamen salystyru</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="-47"/>
        <source>Downloading the schedule</source>
        <translation>Baǧdarlamany jüktep alu</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../src/companion/ui/language.py" line="+161"/>
        <source>Lan&amp;guage</source>
        <translation>Tı&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the window</source>
        <translation>Terezenıŋ tılın taŋdau</translation>
    </message>
</context>
<context>
    <name>LegendEntries</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/agenda/legend.py" line="+92"/>
        <source>+%n more</source>
        <translation>
            <numerusform>taǧy %n</numerusform>
            <numerusform>taǧy %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="+246"/>
        <source>Event</source>
        <translation>Is-şara</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Better</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agenda</source>
        <translation>Baǧdarlama</translation>
    </message>
    <message>
        <location line="+304"/>
        <source>%1 — Companion</source>
        <translation>%1 — Companion</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Körınıs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>Ö&amp;tu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Anyqtama</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Şyǧu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this &amp;event</source>
        <translation>Is-şara &amp;turaly</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Companion</source>
        <translation>Companion t&amp;uraly</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main toolbar</source>
        <translation>Negızgı qūraldar taqtasy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search titles, topics, people, organisations… (Ctrl+F)</source>
        <translation>Ataular, taqyryptar, qatysuşylar, ūiymdar boiynşa ızdeu… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Izdeu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fin&amp;d…</source>
        <translation>&amp;Tabu…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Jump to now</source>
        <translation>&amp;Qazırgıge ötu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Next day</source>
        <translation>&amp;Kelesı kün</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous day</source>
        <translation>Al&amp;dyŋǧy kün</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../src/companion/ui/delegations/model.py" line="+62"/>
        <source>Name</source>
        <translation>Aty-jönı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rölı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(head of delegation)</source>
        <translation>(delegasiia basşysy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Jariialanbaǧan</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/companion/ui/message_bar.py" line="+43"/>
        <source>Dismiss (Esc)</source>
        <translation>Jabu (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Habardy jabu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Habar</translation>
    </message>
</context>
<context>
    <name>MyAgenda</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/model.py" line="+79"/>
        <source>%1 h %2 min</source>
        <translation>%1 saǧ %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 saǧ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>MyAgendaFeature</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/feature.py" line="+62"/>
        <source>My agenda</source>
        <translation>Menıŋ baǧdarlamam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as…</source>
        <translation>Basqaşa &amp;saqtau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>&amp;Qaltada körsetu</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+161"/>
        <source>Add to calendar</source>
        <translation>Küntızbege qosu</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+133"/>
        <source>Open this session in your calendar application</source>
        <translation>Osy sessiiany küntızbe qoldanbasynda aşu</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Export…</source>
        <translation>Eksporttau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save sessions as a calendar file (.ics): this one, starred, a day…</source>
        <translation>Sessiialardy küntızbe failyna (.ics) saqtau: osy, belgılengender, bır kün…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Star or unstar session</source>
        <translation>Sessiiany &amp;belgıleu ne belgını alu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export calendar file…</source>
        <translation>Küntızbe failyn &amp;eksporttau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import stars from calendar file…</source>
        <translation>Belgılerdı küntızbe failynan &amp;importtau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminders…</source>
        <translation>Eske sal&amp;ǧyştar…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select a session to star it.</source>
        <translation>Belgıleu üşın sessiiany taŋdaŋyz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starred: %1</source>
        <translation>Belgılendı: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstarred: %1</source>
        <translation>Belgı alyndy: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starred “%1”. It may clash with %2 (indicative times).</source>
        <translation>«%1» belgılendı. %2 sessiiasymen qabattasuy mümkın (uaqyty şamamen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starred “%1”. It clashes with %2.</source>
        <translation>«%1» belgılendı. %2 sessiiasymen qabattasady.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+26"/>
        <source>No date was published for this session, so it cannot be added to a calendar yet.</source>
        <translation>Būl sessiianyŋ künı jariialanbaǧan, sondyqtan ony äzırge küntızbege qosu mümkın emes.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>★ Starred</source>
        <translation>★ Belgılengen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Star</source>
        <translation>☆ Belgıleu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from My agenda (Ctrl+D)</source>
        <translation>Menıŋ baǧdarlamamnan alyp tastau (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to My agenda (Ctrl+D)</source>
        <translation>Menıŋ baǧdarlamama qosu (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starred</source>
        <translation>Belgılengen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Star</source>
        <translation>Belgıleu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unstar</source>
        <translation>Belgını alu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar (no date published)</source>
        <translation>Küntızbege qosu (künı jariialanbaǧan)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Save calendar file</source>
        <translation>Küntızbe failyn saqtau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar file not saved</source>
        <translation>Küntızbe faily saqtalmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion could not write %1: %2</source>
        <translation>%1 failyn jazu mümkın emes: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar file saved as %1.</source>
        <translation>Küntızbe faily %1 retınde saqtaldy.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import stars from calendar file</source>
        <translation>Belgılerdı küntızbe failynan importtau</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar faildary (*.ics);;Barlyq faildar (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Companion cannot read %1

Your stars are unchanged.</source>
        <translation>Companion %1 failyn oqi almaidy

Belgılerıŋız özgergen joq.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stars not imported</source>
        <translation>Belgıler importtalmady</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred from the file: %1</source>
        <translation>Fail boiynşa belgılendı: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already starred: %1</source>
        <translation>būryn belgılengen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the current programme: %1</source>
        <translation>qazırgı baǧdarlamada joq: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions of other events skipped: %1</source>
        <translation>basqa ıs-şaralardyŋ ötkızıp jıberılgen sessiialary: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries not written by Companion, ignored: %1</source>
        <translation>Companion jazbaǧan, elenbegen jazbalar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stars found</source>
        <translation>Belgıler tabylmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no session of this event.</source>
        <translation>%1 ışınde osy ıs-şaranyŋ sessiialary joq.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders off.</source>
        <translation>Eske salǧyştar öşırulı.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders %1 min before each starred session.</source>
        <translation>Är belgılengen sessiiaǧa %1 min qalǧanda eske salu.</translation>
    </message>
</context>
<context>
    <name>MyAgendaModel</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/model.py" line="+77"/>
        <source>Time</source>
        <translation>Uaqyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sessiia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes</source>
        <translation>Qabattasular</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starred: %1</source>
        <translation>Belgılendı: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clashing: %1</source>
        <translation>qabattasatyndar: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free time · %1</source>
        <translation>Bos uaqyt · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free time from %1 to %2</source>
        <translation>Bos uaqyt: %1 – %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May clash with %1 (indicative times)</source>
        <translation>%1 sessiiasymen qabattasuy mümkın (uaqyty şamamen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes with %1</source>
        <translation>%1 sessiiasymen qabattasady</translation>
    </message>
</context>
<context>
    <name>MyAgendaPage</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/page.py" line="+53"/>
        <source>My agenda summary</source>
        <translation>Menıŋ baǧdarlamamnyŋ qysqaşa mazmūny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar</source>
        <translation>Küntızbege qosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the starred sessions in your calendar application</source>
        <translation>Belgılengen sessiialardy küntızbe qoldanbasynda aşu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Eksporttau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the starred sessions as a calendar file (.ics)</source>
        <translation>Belgılengen sessiialardy küntızbe failyna (.ics) saqtau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import stars…</source>
        <translation>Belgılerdı importtau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star the sessions of a calendar file Companion exported</source>
        <translation>Companion eksporttaǧan küntızbe failyndaǧy sessiialardy belgıleu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred sessions</source>
        <translation>Belgılengen sessiialar</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+107"/>
        <source>Unstar</source>
        <translation>Belgını alu</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Remove the selected session from My agenda (Delete)</source>
        <translation>Taŋdalǧan sessiiany menıŋ baǧdarlamamnan alyp tastau (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in agenda</source>
        <translation>Baǧdarlamada körsetu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session in the Agenda page (Enter)</source>
        <translation>Taŋdalǧan sessiiany «Baǧdarlama» betınde aşu (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My agenda</source>
        <translation>Menıŋ baǧdarlamam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No starred sessions yet.

Star a session in the Agenda with the ☆ column, the Star button in its details, the timeline&apos;s context menu, or Ctrl+D.</source>
        <translation>Äzırge belgılengen sessiialar joq.

Sessiiany baǧdarlamada belgıleŋız: ☆ baǧany, mälımetterındegı «Belgıleu» tüimesı, uaqyt şkalasynyŋ mätınmändık mäzırı nemese Ctrl+D.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starred sessions no longer in the programme</source>
        <translation>Baǧdarlamada endı joq belgılengen sessiialar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Starred sessions: %1</source>
        <translation>Belgılengen sessiialar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clashes: %1, flagged on both sessions</source>
        <translation>qabattasular: %1, ekı sessiiada da belgılengen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no clashes</source>
        <translation>qabattasu joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times in %1</source>
        <translation>uaqyty: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n no longer in the programme</source>
        <translation>
            <numerusform>%n endı baǧdarlamada joq</numerusform>
            <numerusform>%n endı baǧdarlamada joq</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My agenda is empty.</source>
        <translation>Menıŋ baǧdarlamam bos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>title not known (id %1)</source>
        <translation>atauy belgısız (id %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in the programme: “%1”. Your star is kept in case it returns.</source>
        <translation>Endı baǧdarlamada joq: «%1». Sessiia qaita oralsa dep belgıŋız saqtaldy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unstar “%1”</source>
        <translation>«%1» belgısın alu</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/companion/ui/navigation.py" line="+60"/>
        <source>&amp;Back</source>
        <translation>&amp;Artqa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>Al&amp;ǧa</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Back to %1 (Alt+Left)</source>
        <translation>Artqa: %1 (Alt+Solǧa)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Artqa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to %1 (Alt+Right)</source>
        <translation>Alǧa: %1 (Alt+Oŋǧa)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward</source>
        <translation>Alǧa</translation>
    </message>
</context>
<context>
    <name>NowNextPanel</name>
    <message>
        <location filename="../../src/companion/ui/agenda/now_next.py" line="+48"/>
        <source>Now and next</source>
        <translation>Qazır jäne kelesı</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) today without published times</source>
        <translation>
            <numerusform>Bügın uaqyty jariialanbaǧan %n sessiia</numerusform>
            <numerusform>Bügın uaqyty jariialanbaǧan %n sessiia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing in the published programme</source>
        <translation>jariialanǧan baǧdarlamada eşteŋe joq</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing more in the published programme</source>
        <translation>jariialanǧan baǧdarlamada basqa eşteŋe joq</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>and %1 more</source>
        <translation>jäne taǧy %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="-4"/>
        <source>Now</source>
        <extracomment>src/companion/ui/agenda/now_next.py:80</extracomment>
        <translation>Qazır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <extracomment>src/companion/ui/agenda/now_next.py:81</extracomment>
        <translation>Kelesı</translation>
    </message>
</context>
<context>
    <name>PeopleFeature</name>
    <message>
        <location filename="../../src/companion/ui/navigation.py" line="+25"/>
        <source>People</source>
        <translation>Qatysuşylar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations</source>
        <translation>Delegasiialar</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/companion/ui/people/page.py" line="+55"/>
        <source>Filter by any spelling of a name, role or organisation</source>
        <translation>Aty-jönınıŋ, röldıŋ ne ūiymnyŋ kez kelgen jazyluy boiynşa süzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Qatysuşylardy süzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of people shown</source>
        <translation>Körsetılgen qatysuşylar sany</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People</source>
        <translation>Qatysuşylar</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 people named in the sources</source>
        <translation>Derekközderde atalǧan qatysuşylar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 people</source>
        <translation>%2 qatysuşynyŋ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not published for anyone: %1</source>
        <translation>eşkım üşın jariialanbaǧan: %1</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/companion/ui/people/model.py" line="+113"/>
        <source>Name</source>
        <translation>Aty-jönı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also spelled</source>
        <translation>Basqaşa jazyluy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rölı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegasiia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessiialar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session published</source>
        <translation>Sessiialar jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session</source>
        <translation>1 sessiia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sessions</source>
        <translation>%1 sessiia</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Not published</source>
        <translation>Jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None published</source>
        <translation>Jariialanbaǧan</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <location line="-115"/>
        <location filename="../../src/companion/ui/session/detail.py" line="+285"/>
        <source>* Companion&apos;s transliteration: no source publishes this name in this alphabet.</source>
        <translation>* Companion jasaǧan transliterasiia: eşbır derekköz būl aty-jönın osy älıpbimen jariialamaǧan.</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../src/companion/ui/people/person_detail.py" line="+72"/>
        <source>Person details</source>
        <translation>Qatysuşy turaly mälımet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Aty-jönı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported spellings</source>
        <translation>Habarlamalardaǧy jazyluy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role and organisation</source>
        <translation>Rölı men ūiymy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open delegation</source>
        <translation>Delegasiiany aşu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation published</source>
        <translation>Delegasiiasy jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Eskertu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessiialar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Qatysuy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions of this person</source>
        <translation>Osy qatysuşynyŋ sessiialary</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>No session published</source>
        <translation>Sessiialar jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Derekközder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person to see who they are and where they take part.</source>
        <translation>Kım ekenın jäne qaida qatysatynyn köru üşın qatysuşyny taŋdaŋyz.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Role</source>
        <translation>Rölı</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head of delegation</source>
        <translation>Delegasiia basşysy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open delegation %1</source>
        <translation>Delegasiiany aşu: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No source listed.</source>
        <translation>Derekközder körsetılmegen.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+4"/>
        <source>Delegation</source>
        <extracomment>src/companion/ui/people/person_detail.py:80</extracomment>
        <translation>Delegasiia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also spelled</source>
        <extracomment>src/companion/ui/people/person_detail.py:150</extracomment>
        <translation>Basqaşa jazyluy</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../src/companion/ui/badges/printing.py" line="+34"/>
        <source>The badge PDF could not be read again: %1</source>
        <translation>Beidjder PDF-ın qaita oqu mümkın bolmady: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be started.</source>
        <translation>Printerdı ıske qosu mümkın bolmady.</translation>
    </message>
</context>
<context>
    <name>PrintLogDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+85"/>
        <location line="+11"/>
        <source>Print log</source>
        <translation>Basyp şyǧaru jurnaly</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Printed</source>
        <translation>Basyldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as PDF (not printed)</source>
        <translation>PDF retınde saqtaldy (basylmaǧan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as printed</source>
        <translation>Basyldy dep belgılendı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Qaşan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>Qatysuşy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Äreket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Blank türı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Qaida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No badge has been printed or saved yet.</source>
        <translation>Äzırge bırde-bır beidj basylǧan da, saqtalǧan da joq.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../src/companion/ui/reminders.py" line="+31"/>
        <source>Reminders</source>
        <translation>Eske salǧyştar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me before my starred sessions</source>
        <translation>Belgılengen sessiialarym aldynda eske salu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes before</source>
        <translation> minut būryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes before the session</source>
        <translation>Sessiiaǧa deiıngı minuttar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders come while Companion is running, as a desktop notification where your desktop has one, otherwise as a notice in the window. Sessions without a published time get none.</source>
        <translation>Eske salǧyştar Companion jūmys ıstep tūrǧanda keledı: jūmys üstelınde habarlandyru bolsa, solai, bolmasa terezedegı habar retınde. Uaqyty jariialanbaǧan sessiialarǧa eske salǧyş berılmeidı.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location line="-66"/>
        <source>Starts in %1 min</source>
        <translation>%1 minuttan keiın bastalady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(indicative time)</source>
        <translation>(şamamen uaqyt)</translation>
    </message>
</context>
<context>
    <name>SavedData</name>
    <message>
        <location filename="../../src/companion/store/database.py" line="+74"/>
        <location line="+16"/>
        <source>cannot open {path}: {detail}</source>
        <translation>{path} failyn aşu mümkın emes: {detail}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{path} is in use by another Companion (a window or a command) and stayed locked for {seconds} seconds; try again when it has finished</source>
        <translation>{path} failyn basqa Companion (tereze ne komanda) paidalanyp jatyr, ol {seconds} sekund boiy qūlyptauly tūrdy; ol jūmysyn aiaqtaǧan soŋ qaitalap körıŋız</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a readable database: {detail}</source>
        <translation>{path} oqylatyn derekqor emes: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save to {path}: the disk is full (nothing was changed; free some space and try again)</source>
        <translation>{path} failyna saqtau mümkın emes: disk toly (eşteŋe özgertılmedı; oryn bosatyp, qaitalap körıŋız)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot save to {path}: the data folder is read-only (showing and exporting still work)</source>
        <translation>{path} failyna saqtau mümkın emes: derekter qaltasy tek oquǧa arnalǧan (körsetu men eksporttau būrynǧyşa jūmys ısteidı)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot use {path}: the disk reported an input/output error ({detail})</source>
        <translation>{path} failyn paidalanu mümkın emes: disk engızu-şyǧaru qatesı turaly habarlady ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a symbolic link; Companion does not follow links in its data folder</source>
        <translation>{path} — simvoldyq sılteme; Companion öz derekter qaltasyndaǧy sıltemelerge ötpeidı</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>the saved data was written by a newer Companion (schema version {found}; this version knows up to {known})</source>
        <translation>saqtalǧan derekterdı Companion-nyŋ jaŋaraq nūsqasy jazǧan (shema nūsqasy {found}; būl nūsqa shemalardy tek {known}-nūsqaǧa deiın qoldaidy)</translation>
    </message>
</context>
<context>
    <name>ScheduleExport</name>
    <message>
        <location filename="../../src/companion/exports/schedule_json.py" line="+170"/>
        <source>no published date</source>
        <translation>künı jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no published clock time</source>
        <translation>uaqyty jariialanbaǧan</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/companion/ui/search_results.py" line="+176"/>
        <source>Country</source>
        <translation>El</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ūiym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head: %1</source>
        <translation>basşysy: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>head not published</source>
        <translation>basşysy jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions</source>
        <translation>Sessiialar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Qatysuşylar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Delegasiialar</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 (%2, first %3 shown)</source>
        <translation>%1 (%2, alǧaşqy %3 körsetılgen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location line="+180"/>
        <location line="+10"/>
        <source>Search results</source>
        <translation>Izdeu nätijelerı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found.</source>
        <translation>Eşteŋe tabylmady.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ ↑ choose · Enter open · Esc clear</source>
        <translation>↓ ↑ taŋdau · Enter aşu · Esc tazartu</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="-178"/>
        <source>Session details</source>
        <translation>Sessiia turaly mälımet</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Published title</source>
        <translation>Jariialanǧan atauy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title above is Companion&apos;s translation; no title was published in this language.</source>
        <translation>Joǧarydaǧy atau — Companion audarmasy; būl tılde atauy jariialanbaǧan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title above describes the session; no title was published in this language.</source>
        <translation>Joǧarydaǧy atau sessiiany sipattaidy; būl tılde atauy jariialanbaǧan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Descriptive title</source>
        <translation>Sipattamalyq atau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the official title was not published</source>
        <translation>resmi atauy jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time not published</source>
        <translation>Künı men uaqyty jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · time not published</source>
        <translation>%1 · uaqyty jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Sources (%1)</source>
        <translation>Derekközder (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the sources</source>
        <translation>Derekközderdı jasyru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the sources</source>
        <translation>Derekközderdı körsetu</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>When</source>
        <translation>Qaşan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Venue not published</source>
        <translation>Ötetın orny jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Qaida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Türı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organised by</source>
        <translation>Ūiymdastyruşy</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No source gives the day of this session.</source>
        <translation>Būl sessiianyŋ künın eşbır derekköz atamaidy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>Select a session to see its details.</source>
        <extracomment>src/companion/ui/session/detail.py:145</extracomment>
        <translation>Mälımetterın köru üşın sessiiany taŋdaŋyz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicative time</source>
        <extracomment>src/companion/ui/session/detail.py:203</extracomment>
        <translation>Şamamen alynǧan uaqyt</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="-55"/>
        <source>no source gives the clock time; the slot follows the reported order of the day.</source>
        <translation>naqty uaqytty eşbır derekköz atamaidy; uaqyt aralyǧy habarlanǧan kün tärtıbınıŋ retımen qoiylǧan.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>People</source>
        <extracomment>src/companion/ui/session/detail.py:222</extracomment>
        <translation>Qatysuşylar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No people were named for this session.</source>
        <extracomment>src/companion/ui/session/detail.py:244</extracomment>
        <translation>Būl sessiiaǧa eşkım atalmaǧan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <extracomment>src/companion/ui/session/detail.py:249</extracomment>
        <translation>Taqyryptar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <extracomment>src/companion/ui/session/detail.py:253</extracomment>
        <translation>Sipattamasy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <extracomment>src/companion/ui/session/detail.py:261</extracomment>
        <translation>Eskertuler</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="+72"/>
        <source>Sources</source>
        <translation>Derekközder</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>No source listed.</source>
        <extracomment>src/companion/ui/session/detail.py:279</extracomment>
        <translation>Derekközder körsetılmegen.</translation>
    </message>
</context>
<context>
    <name>SessionLinksModel</name>
    <message>
        <location filename="../../src/companion/ui/people/session_links.py" line="+51"/>
        <source>Session</source>
        <translation>Sessiia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Qaşan</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../src/companion/ui/models/sessions.py" line="+600"/>
        <source>Indicative time: no source gives the clock time; the slot follows the day&apos;s order.</source>
        <translation>Şamamen alynǧan uaqyt: eşbır derekköz naqty uaqytty atamaidy; aralyq kün barysynyŋ retıne qarai qoiylǧan.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-202"/>
        <source>Day</source>
        <translation>Kün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uaqyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Atauy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Türı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Zal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Qatysuşylar</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/my_agenda/star_column.py" line="+57"/>
        <source>Starred</source>
        <translation>Belgılengen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not starred</source>
        <translation>Belgılenbegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starred: click or press Space to unstar</source>
        <translation>Belgılengen: belgını alu üşın şertıŋız ne Bos oryn pernesın basyŋyz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Space to star</source>
        <translation>Belgıleu üşın şertıŋız ne Bos oryn pernesın basyŋyz</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <location filename="../../src/companion/ui/session/formatting.py" line="+34"/>
        <source>%1 time, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Date not published</source>
        <translation>Künı jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time not published</source>
        <translation>Uaqyty jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1 (indicative)</source>
        <translation>~%1 (şamamen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room not published</source>
        <translation>Zaly jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <location filename="../../src/companion/services/subscriptions.py" line="+73"/>
        <source>{address} is not a web address (it must start with http:// or https://)</source>
        <translation>{address} — veb-mekenjai emes (ol http:// nemese https:// dep bastaluy kerek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server answered {status} {reason}</source>
        <translation>{address}: server {status} {reason} dep jauap berdı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: cannot reach the server ({reason})</source>
        <translation>{address}: serverge qosylu mümkın emes ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the secure connection could not be verified ({reason})</source>
        <translation>{address}: qorǧalǧan qosylymdy tekseru mümkın emes ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download took longer than {seconds} s and was stopped</source>
        <translation>{address}: jüktep alu {seconds} sekundtan ūzaqqa sozylǧandyqtan toqtatyldy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the schedule is larger than {limit} MB and was not kept</source>
        <translation>{address}: baǧdarlama {limit} MB-tan ülken, sondyqtan saqtalmady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download was cut short ({got} of {expected} bytes)</source>
        <translation>{address}: jüktep alu üzılıp qaldy ({expected} baittyŋ {got} baity alyndy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download was broken ({reason})</source>
        <translation>{address}: jüktep alu qatemen aiaqtaldy ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: too many redirects (more than {limit})</source>
        <translation>{address}: qaita baǧyttau tym köp ({limit} retten artyq)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the server redirected a secure address to an insecure one ({target}); not followed</source>
        <translation>{address}: server qorǧalǧan mekenjaidan qorǧalmaǧan mekenjaiǧa ({target}) qaita baǧyttady; oǧan ötılmedı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server redirected to {target}, which is not a web address</source>
        <translation>{address}: server {target} mekenjaiyna qaita baǧyttady, al ol veb-mekenjai emes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server used a compression Companion does not read ({encoding})</source>
        <translation>{address}: server Companion oqi almaityn syǧu ädısın qoldandy ({encoding})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server sent a web page, not a schedule (an error or sign-in page?)</source>
        <translation>{address}: server baǧdarlama emes, veb-bet jıberdı (qate ne kıru betı me?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: {problem}</source>
        <translation>{address}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address} at {place}: {problem}</source>
        <translation>{address} ({place}): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address} is not a subscribed schedule</source>
        <translation>{address} jazylymdar qatarynda joq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: no copy was ever downloaded</source>
        <translation>{address}: köşırme älı bırde-bır ret jüktep alynbaǧan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the saved copy cannot be read ({problem})</source>
        <translation>{address}: saqtalǧan köşırmenı oqu mümkın emes ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the copy cannot be saved ({problem})</source>
        <translation>{address}: köşırmenı saqtau mümkın emes ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the new version has {new} sessions instead of {old}</source>
        <translation>{address}: jaŋa nūsqada {old} ornyna {new} sessiia bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy fetched {age} is kept.</source>
        <translation>{age} jüktep alynǧan köşırme saqtaldy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the copy of {address} fetched {age}: {why}</source>
        <translation>{address} mekenjaiynan {age} jüktep alynǧan köşırme körsetılgen: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>jaŋa ǧana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} min ago</source>
        <translation>{count} min būryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} h ago</source>
        <translation>{count} saǧ būryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} d ago</source>
        <translation>{count} kün būryn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>eşqaşan</translation>
    </message>
</context>
<context>
    <name>SubscriptionsController</name>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="+154"/>
        <source>Open &amp;address…</source>
        <translation>&amp;Mekenjai boiynşa aşu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a schedule from its web address and keep it up to date</source>
        <translation>Baǧdarlamany veb-mekenjaiy boiynşa aşu jäne ony ünemı jaŋartyp otyru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Jaŋartu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the schedule shown again from its address</source>
        <translation>Körsetılgen baǧdarlamany mekenjaiynan qaita jüktep alu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bscriptions…</source>
        <translation>Jazy&amp;lymdar…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The event shown has no address to refresh from.</source>
        <translation>Körsetılgen ıs-şaranyŋ jaŋartuǧa arnalǧan mekenjaiy joq.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Downloading %1…</source>
        <translation>%1 jüktep alynuda…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Bas tartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading schedule</source>
        <translation>Baǧdarlama jüktep alynuda</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The schedule has not changed.</source>
        <translation>Baǧdarlama özgergen joq.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new version was downloaded; no session changed.</source>
        <translation>Jaŋa nūsqa jüktep alyndy; bırde-bır sessiia özgergen joq.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new version of %1 has %2 session(s) instead of %3. Replace the copy you have with it?</source>
        <translation>%1: jaŋa nūsqada %3 ornyna %2 sessiia bar. Qazırgı köşırmenı osy nūsqamen auystyrasyz ba?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most sessions gone</source>
        <translation>Sessiialardyŋ köbı joǧaldy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Companion cannot download %1</source>
        <translation>Companion %1 mekenjaiynan jüktep ala almaidy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window still shows %1.</source>
        <translation>Terezede būrynǧyşa körsetılıp tūr: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule not downloaded</source>
        <translation>Baǧdarlama jüktep alynbady</translation>
    </message>
</context>
<context>
    <name>SubscriptionsDialog</name>
    <message>
        <location line="-246"/>
        <source>Subscriptions</source>
        <translation>Jazylymdar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Mekenjai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Is-şara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Köşırme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Jaŋartu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Joiu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No subscriptions yet: use File → Open address…</source>
        <translation>Äzırge jazylymdar joq: «Fail → Mekenjai boiynşa aşu…» pärmenın taŋdaŋyz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only on demand</source>
        <translation>Tek qolmen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n minut saiyn</numerusform>
            <numerusform>%n minut saiyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n saǧat saiyn</numerusform>
            <numerusform>%n saǧat saiyn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fetched %1</source>
        <translation>%1 jüktep alyndy</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../src/companion/ui/agenda/timeline_bar.py" line="+39"/>
        <location line="+14"/>
        <source>Zoom out</source>
        <translation>Kışıreitu</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Zoom out (Ctrl+minus or Ctrl+wheel): more rooms and hours</source>
        <translation>Kışıreitu (Ctrl+minus nemese Ctrl+döŋgelek): köbırek zal men saǧat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Zoom in</source>
        <translation>Ülkeitu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Zoom in (Ctrl+plus or Ctrl+wheel)</source>
        <translation>Ülkeitu (Ctrl+plius nemese Ctrl+döŋgelek)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tracks: %1 of %2</source>
        <translation>Baǧyttar: %2 ışınen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks: all %1</source>
        <translation>Baǧyttar: barlyǧy (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms: %1 of %2</source>
        <translation>Zaldar: %2 ışınen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms: all %1</source>
        <translation>Zaldar: barlyǧy (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all</source>
        <translation>Barlyǧyn körsetu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms of one track</source>
        <translation>Bır baǧyttyŋ zaldary</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../src/companion/ui/agenda/legend.py" line="+78"/>
        <source>Timeline legend</source>
        <translation>Uaqyt şkalasynyŋ şartty belgılerı</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>~ dashed border: indicative or unpublished time</source>
        <translation>~ üzık jiek: uaqyty şamamen nemese jariialanbaǧan</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/companion/ui/agenda/timeline.py" line="+143"/>
        <source>Timeline</source>
        <translation>Uaqyt şkalasy</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>now</source>
        <translation>qazır</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No sessions match the filters.</source>
        <translation>Süzgılerge säikes sessiia joq.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No clock times were published for this day. Sessions (%1):</source>
        <translation>Būl künge naqty uaqyt jariialanbaǧan. Sessiialar (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time not published (%1)</source>
        <translation>Uaqyty jariialanbaǧan (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>time not published</source>
        <translation>uaqyty jariialanbaǧan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1–%2 indicative</source>
        <translation>~%1–%2 şamamen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No track</source>
        <translation>Baǧytsyz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room not published</source>
        <translation>Zaly jariialanbaǧan</translation>
    </message>
</context>
<context>
    <name>WhatChangedPage</name>
    <message>
        <location filename="../../src/companion/ui/changes/page.py" line="+28"/>
        <source>Summary of changes</source>
        <translation>Özgerıster qorytyndysy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starred sessions no longer in the programme</source>
        <translation>Baǧdarlamada endı joq belgılengen sessiialar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed sessions</source>
        <translation>Özgergen sessiialar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Times re-read in %1; the clock times did not change.</source>
        <translation>Uaqyt %1 beldeuınde qaita oqyldy; sessiialardyŋ naqty uaqyty özgergen joq.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes since you last opened this event.</source>
        <translation>Būl ıs-şarany soŋǧy aşqannan berı özgerıs joq.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes appear here when you open a newer version of an event you have opened before.</source>
        <translation>Būryn aşqan ıs-şaranyŋ jaŋa nūsqasyn aşqanda, özgerıster osynda körsetıledı.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n jaŋa</numerusform>
            <numerusform>%n jaŋa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n boldyrylmady</numerusform>
            <numerusform>%n boldyrylmady</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved in time</source>
        <translation>
            <numerusform>%n uaqyty auystyryldy</numerusform>
            <numerusform>%n uaqyty auystyryldy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved to another room</source>
        <translation>
            <numerusform>%n basqa zalǧa auystyryldy</numerusform>
            <numerusform>%n basqa zalǧa auystyryldy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retitled</source>
        <translation>
            <numerusform>%n atauy özgerdı</numerusform>
            <numerusform>%n atauy özgerdı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with people changed</source>
        <translation>
            <numerusform>%n qatysuşylary özgergen</numerusform>
            <numerusform>%n qatysuşylary özgergen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since you last opened this event: %1.</source>
        <translation>Būl ıs-şarany soŋǧy aşqannan bergı özgerıster: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Previous version: %1.)</source>
        <translation>(Aldyŋǧy nūsqasy: %1.)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them starred by you, listed first.</source>
        <translation>
            <numerusform>Onyŋ %n sessiiasyn sız belgıledıŋız, olar bırınşı körsetılgen.</numerusform>
            <numerusform>Onyŋ %n sessiiasyn sız belgıledıŋız, olar bırınşı körsetılgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n starred session(s) are no longer in the programme: %1. Your stars are kept.</source>
        <translation>
            <numerusform>%n belgılengen sessiia endı baǧdarlamada joq: %1. Belgılerıŋız saqtaldy.</numerusform>
            <numerusform>%n belgılengen sessiia endı baǧdarlamada joq: %1. Belgılerıŋız saqtaldy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowRebuilder</name>
    <message>
        <location filename="../../src/companion/ui/language.py" line="+92"/>
        <source>Finish or cancel the work running on this page before switching language.</source>
        <translation>Tıldı auystyrmas būryn osy bettegı jūmysty aiaqtaŋyz nemese odan bas tartyŋyz.</translation>
    </message>
</context>
</TS>
