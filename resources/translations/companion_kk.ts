<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="+34"/>
        <source>About Companion</source>
        <translation>Companion туралы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline conference companion: agenda, calendar export and badges.</source>
        <translation>Конференцияға арналған желісіз қолданба: бағдарлама, күнтізбеге экспорт және бейдждер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version: %1 (%2)</source>
        <translation>Деректер нұсқасы: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on Qt %1.</source>
        <translation>Qt %1 негізінде жұмыс істейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licences of the parts of Companion</source>
        <translation>Companion құрамдас бөліктерінің лицензиялары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence text</source>
        <translation>Лицензия мәтіні</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Companion is free software under the MIT licence. It ships these parts, each under its own licence (select one to read it):</source>
        <translation>Companion — MIT лицензиясымен таратылатын еркін қолданба. Оның құрамында әрқайсысы өз лицензиясымен таратылатын мына бөліктер бар (лицензиясын оқу үшін біреуін таңдаңыз):</translation>
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
        <translation>%1 туралы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this event</source>
        <translation>Іс-шара туралы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not published</source>
        <translation>жарияланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisers</source>
        <translation>Ұйымдастырушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>About the dates</source>
        <extracomment>src/companion/ui/agenda/about_event.py:60</extracomment>
        <translation>Күндері туралы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <extracomment>src/companion/ui/agenda/about_event.py:63</extracomment>
        <translation>Дереккөздер</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="+74"/>
        <source>Open address</source>
        <translation>Мекенжай бойынша ашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schedule&apos;s address (frab XML, schedule.json or iCalendar). Companion keeps a copy, so it opens without a network and can be refreshed later.</source>
        <translation>Бағдарламаның мекенжайы (frab XML, schedule.json немесе iCalendar). Companion оның көшірмесін сақтайды, сондықтан бағдарлама желісіз ашылады және оны кейін жаңартуға болады.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter an address starting with http:// or https://</source>
        <translation>http:// немесе https:// деп басталатын мекенжайды енгізіңіз</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../src/companion/ui/agenda/page.py" line="+143"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;List</source>
        <translation>&amp;Тізім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Уақыт шкаласы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cards</source>
        <translation>&amp;Карточкалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compact cards: time and room, title, people, type</source>
        <translation>Ықшам карточкалар: уақыт пен зал, атауы, қатысушылар, түрі</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+35"/>
        <source>Day note</source>
        <translation>Күнге ескерту</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+337"/>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No track</source>
        <translation>Бағытсыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event publishes no tracks.</source>
        <translation>Бұл іс-шараның жарияланған бағыттары жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>All days: %n session(s) match “%1”; the timeline shows those on %2. Esc clears search.</source>
        <translation>
            <numerusform>Барлық күн: «%1» сұрауына %n сессия сәйкес; уақыт шкаласында %2 күнгілері көрсетілген. Esc іздеуді тазартады.</numerusform>
            <numerusform>Барлық күн: «%1» сұрауына %n сессия сәйкес; уақыт шкаласында %2 күнгілері көрсетілген. Esc іздеуді тазартады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Search results from all days: %n session(s) match “%1”. Esc in the search box clears it.</source>
        <translation>
            <numerusform>Барлық күн бойынша іздеу нәтижелері: «%1» сұрауына %n сессия сәйкес. Іздеу өрісінде Esc оны тазартады.</numerusform>
            <numerusform>Барлық күн бойынша іздеу нәтижелері: «%1» сұрауына %n сессия сәйкес. Іздеу өрісінде Esc оны тазартады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rooms were not published for this day.</source>
        <translation>Бұл күнге залдар жарияланбаған.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sessions were published for this day.</source>
        <translation>Бұл күнге сессиялар жарияланбаған.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session of this day matches the search or filters.</source>
        <translation>Бұл күннің бірде-бір сессиясы іздеуге не сүзгілерге сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/companion/app.py" line="+141"/>
        <source>The event you had open last cannot be opened: %1</source>
        <translation>Соңғы рет ашылған іс-шараны ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Companion cannot open the event file %1</source>
        <translation>Companion іс-шара файлын аша алмайды: %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+50"/>
        <location line="+17"/>
        <source>Event file not opened</source>
        <translation>Іс-шара файлы ашылмады</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+51"/>
        <location line="+17"/>
        <source>The bundled CACCC-2025 programme is shown instead.</source>
        <translation>Оның орнына кірістірілген ОАҚӨК-2025 бағдарламасы көрсетілді.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Companion cannot use its saved data (%1). Changes will not be kept.</source>
        <translation>Companion сақталған деректерді пайдалана алмайды (%1). Өзгерістер сақталмайды.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Saved data not available</source>
        <translation>Сақталған деректер қолжетімсіз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder is read-only</source>
        <translation>Деректер қалтасы тек оқуға арналған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder %1 is read-only. Companion shows your saved stars and lists, but changes made now will not be kept after you close it.</source>
        <translation>%1 деректер қалтасы тек оқуға арналған. Companion сақталған белгілер мен тізімдерді көрсетеді, бірақ қазір енгізілген өзгерістер қолданба жабылғаннан кейін сақталмайды.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Showing the copy fetched %1.</source>
        <translation>%1 жүктеп алынған көшірме көрсетілген.</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+124"/>
        <source>Edit attendee</source>
        <translation>Қатысушыны өңдеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>made from the name when empty</source>
        <translation>бос болса, атынан құралады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country / &amp;delegation</source>
        <translation>Ел / &amp;делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Санаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail (never printed)</source>
        <translation>&amp;Эл. пошта (басылмайды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter a given or family name.</source>
        <translation>Атын немесе тегін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>ID-де тек A–Z әріптері, цифрлар, «.», «_» және «-» болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another attendee already has the ID %1.</source>
        <translation>%1 ID басқа қатысушыда бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address needs an “@”.</source>
        <translation>Эл. пошта мекенжайында «@» болуы керек.</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <location filename="../../src/companion/sources/attendees_csv.py" line="+153"/>
        <source>no column holds the names (given name, family name or full name)</source>
        <translation>аты-жөндер ешбір бағанда жоқ (аты, тегі немесе толық аты-жөні)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one column is mapped to {field}</source>
        <translation>{field} өрісі бірнеше бағанға тағайындалған</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>another Cyrillic encoding (e.g. KOI8-R or Mac Cyrillic)</source>
        <translation>басқа кирилл кодтауы (мысалы, KOI8-R немесе Mac Cyrillic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text looks like {encoding}, not UTF-8 or Windows-1251 (names come out like {sample}); nothing was imported. Save the list as CSV UTF-8 and import it again</source>
        <translation>мәтін UTF-8 не Windows-1251 емес, {encoding} сияқты (аты-жөндер {sample} түрінде шығады); ештеңе импортталмады. Тізімді CSV UTF-8 ретінде сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text looks like {encoding}, not UTF-8 or Windows-1251; nothing was imported. Save the list as CSV UTF-8 and import it again</source>
        <translation>мәтін UTF-8 не Windows-1251 емес, {encoding} сияқты; ештеңе импортталмады. Тізімді CSV UTF-8 ретінде сақтап, қайта импорттаңыз</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the text is neither UTF-8, UTF-16 nor Windows-1251; save it as CSV UTF-8</source>
        <translation>мәтін UTF-8, UTF-16 немесе Windows-1251 кодтауында емес; оны CSV UTF-8 ретінде сақтаңыз</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this is a spreadsheet workbook, not CSV; save it as CSV first</source>
        <translation>бұл CSV емес, электрондық кесте кітабы; алдымен оны CSV ретінде сақтаңыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file has no header row and no attendees</source>
        <translation>файлда тақырып жолы да, қатысушылар да жоқ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid CSV: {detail}</source>
        <translation>жарамсыз CSV: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}: error: {problem}</source>
        <translation>{row}-жол: қате: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {row}: warning: {problem}</source>
        <translation>{row}-жол: ескерту: {problem}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{count} values but the header has {width} columns (a &apos;{delimiter}&apos; inside a value that is not in quotes?)</source>
        <translation>{count} мән бар, ал тақырыпта {width} баған (тырнақшасыз мәннің ішінде &apos;{delimiter}&apos; таңбасы бар ма?)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no name (both given and family name are empty)</source>
        <translation>аты-жөні жоқ (аты да, тегі де бос)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is longer than {limit} characters</source>
        <translation>аты-жөні {limit} таңбадан ұзын</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown category {category} (expected {expected})</source>
        <translation>белгісіз санат {category} (күтілетіндер: {expected})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id {id} may only hold letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64)</source>
        <translation>{id} ID тек A-Z латын әріптерінен, сандардан, &apos;.&apos;, &apos;_&apos; және &apos;-&apos; таңбаларынан тұра алады (64 таңбаға дейін)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>same name and organisation as row {other}; not imported twice</source>
        <translation>аты-жөні мен ұйымы {other}-жолдағымен бірдей; қайталап импортталмайды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id {id} is already used on row {other}; not imported twice</source>
        <translation>{id} ID {other}-жолда қолданылған; қайталап импортталмайды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no category; imported as delegate</source>
        <translation>санаты көрсетілмеген; делегат ретінде импортталды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail {email} is not an address; left out</source>
        <translation>{email} e-mail мекенжайы емес; алынып тасталды</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{problems}; the header row has {headers}</source>
        <translation>{problems}; тақырып жолында: {headers}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="+238"/>
        <source>use --map given_name=COLUMN --map family_name=COLUMN (or full_name=COLUMN)</source>
        <translation>бағандарды көрсетіңіз: --map given_name=БАҒАН --map family_name=БАҒАН (немесе full_name=БАҒАН)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/attendees_sheet.py" line="+77"/>
        <source>the workbook is {size} MB; the limit is {limit} MB</source>
        <translation>жұмыс кітабының көлемі {size} МБ; шегі — {limit} МБ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a workbook Companion can read ({detail}); save it as .xlsx, .ods or CSV</source>
        <translation>бұл Companion оқи алатын жұмыс кітабы емес ({detail}); оны .xlsx, .ods немесе CSV ретінде сақтаңыз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the workbook has no sheet {sheet}; its sheets are {sheets}</source>
        <translation>жұмыс кітабында {sheet} парағы жоқ; оның парақтары: {sheets}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the workbook has no sheets</source>
        <translation>жұмыс кітабында бірде-бір парақ жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet {sheet} cannot be read: {detail}</source>
        <translation>{sheet} парағын оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sheet {sheet} has no header row and no attendees</source>
        <translation>{sheet} парағында тақырып жолы да, қатысушылар да жоқ</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../src/companion/ui/badges/model.py" line="+71"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country / delegation</source>
        <translation>Ел / делегация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed</source>
        <translation>Басылған</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not yet</source>
        <translation>әлі жоқ</translation>
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
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given names, family name)</source>
        <translation>Толық аты-жөні (аты, сосын тегі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (family name first, ФИО)</source>
        <translation>Толық аты-жөні (алдымен тегі, ТАӘ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country / delegation</source>
        <translation>Ел / делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not used)</source>
        <translation>(қолданылмайды)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/feature.py" line="+35"/>
        <source>Badges</source>
        <translation>Бейдждер</translation>
    </message>
    <message>
        <location filename="../../src/companion/exports/badges/render.py" line="+439"/>
        <source>the badge font has no glyph for {characters}</source>
        <translation>бейдж қарпінде {characters} таңбалары жоқ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{event} badges ({layout})</source>
        <translation>{event} бейдждері ({layout})</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>name printed at {size} pt, below the {floor} pt floor</source>
        <translation>аты-жөні {size} pt өлшемімен басылды, бұл {floor} pt ең төменгі шегінен кіші</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the id is too long: its QR code would need {size} mm modules on this stock (at least {minimum} mm scan reliably)</source>
        <translation>ID тым ұзын: оның QR коды бұл бланкіде {size} мм модульдерді қажет етеді (сенімді оқылуы үшін кемінде {minimum} мм керек)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No badges to print.</source>
        <translation>Басып шығаратын бейдж жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/companion/exports/badges/tokens.py" line="+52"/>
        <source>the code is damaged (bad field lengths)</source>
        <translation>код бүлінген (өріс ұзындықтары қате)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+96"/>
        <location filename="../../src/companion/services/checkin.py" line="+334"/>
        <source>not a Companion badge code</source>
        <translation>бұл Companion бейджінің коды емес</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the code is damaged (not base32)</source>
        <translation>код бүлінген (base32 емес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code is damaged (not in the form Companion prints)</source>
        <translation>код бүлінген (Companion басатын түрде емес)</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+96"/>
        <source>the code is too short</source>
        <translation>код тым қысқа</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>the signature does not match this event&apos;s key (forged or another event)</source>
        <translation>қолтаңба осы іс-шараның кілтіне сәйкес емес (жалған немесе басқа іс-шара)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>the badge is for event {badge}, not {event}</source>
        <translation>бейдж {event} емес, {badge} іс-шарасына арналған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed with key {key}, which this desk was not given (import the desk package)</source>
        <translation>{key} кілтімен қол қойылған, бұл кілт осы үстелге берілмеген (үстел пакетін импорттаңыз)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this desk has no key for the event (import the desk package)</source>
        <translation>бұл үстелде іс-шараның кілті жоқ (үстел пакетін импорттаңыз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature does not match this event&apos;s key (forged or altered)</source>
        <translation>қолтаңба осы іс-шараның кілтіне сәйкес емес (жалған немесе өзгертілген)</translation>
    </message>
    <message>
        <location filename="../../src/companion/store/badge_keys.py" line="+46"/>
        <location line="+79"/>
        <source>{file} is a symbolic link; Companion does not follow links in its data folder</source>
        <translation>{file} — символдық сілтеме; Companion өз деректер қалтасындағы сілтемелерге өтпейді</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>not a PEM public key: {detail}</source>
        <translation>бұл PEM ашық кілті емес: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key is not an Ed25519 public key</source>
        <translation>кілт Ed25519 ашық кілті емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: cannot save the badge signing key: {detail}</source>
        <translation>{file}: бейдждерге қол қою кілтін сақтау мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: cannot read the badge signing key: {detail}</source>
        <translation>{file}: бейдждерге қол қою кілтін оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: not an Ed25519 private key</source>
        <translation>{file}: бұл Ed25519 жабық кілті емес</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="+80"/>
        <source>warning: {badge}</source>
        <translation>ескерту: {badge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: {badge}</source>
        <translation>басылмады: {badge}</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/badges.py" line="+91"/>
        <source>cannot write {file}: {problem}</source>
        <translation>{file} жазылмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/controller.py" line="+36"/>
        <source>Drawing the badges</source>
        <translation>Бейдждерді салу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the badges</source>
        <translation>Бейдждерді басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the attendee list</source>
        <translation>Қатысушылар тізімін оқу</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../src/companion/ui/badges/panes.py" line="+50"/>
        <source>&amp;Import list…</source>
        <translation>Тізімді &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;ңдеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by name, organisation, country, category or ID</source>
        <translation>Аты, ұйымы, елі, санаты не ID бойынша сүзу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter attendees</source>
        <translation>Қатысушыларды сүзу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found</source>
        <translation>Ақаулар табылды</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the selected badge&apos;s QR code holds</source>
        <translation>Таңдалған бейдждің QR-кодында не бар</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/page.py" line="+440"/>
        <location filename="../../src/companion/ui/badges/panes.py" line="+2"/>
        <source>Select an attendee.</source>
        <translation>Қатысушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/panes.py" line="-70"/>
        <source>Read the attendee list: an Excel or LibreOffice workbook (.xlsx, .xls, .ods) or CSV; re-importing updates people by ID, or by e-mail where the list has no ID</source>
        <translation>Қатысушылар тізімін оқу: Excel не LibreOffice жұмыс кітабы (.xlsx, .xls, .ods) немесе CSV; қайта импорттағанда қатысушылар ID бойынша, ал тізімде ID болмаса, e-mail бойынша жаңартылады</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint o&amp;ne badge…</source>
        <translation>Б&amp;ір бейджді қайта басу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the selected person&apos;s badge alone, on a card or one label, without the rest of the run (a lost or misspelt badge)</source>
        <translation>Таңдалған адамның бейджін жеке, картаға не бір жапсырмаға, қалған бейдждерсіз басу (бейдж жоғалса не қате жазылса)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a list first: press Import list… and choose the organisers&apos; spreadsheet (.xlsx, .xls, .ods) or a CSV file. Or add people one by one with Add….</source>
        <translation>Алдымен тізімді импорттаңыз: «Тізімді импорттау…» түймесін басып, ұйымдастырушылардың электрондық кестесін (.xlsx, .xls, .ods) немесе CSV файлын таңдаңыз. Не қатысушыларды «Қосу…» түймесімен бір-бірден қосыңыз.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save pro&amp;blems…</source>
        <translation>Ақауларды &amp;файлға сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the last import left out, with the reasons, as a CSV file to fix them</source>
        <translation>Соңғы импорт қалдырып кеткен жолдарды түзету үшін оларды себептерімен бірге CSV файлына сақтау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QR code contents</source>
        <translation>QR-кодтың мазмұны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code payload</source>
        <translation>QR-код мазмұны</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A6, four per A4 sheet, cut marks</source>
        <translation>A6, A4 парағында төртеу, кесу белгілері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avery 5392 / 74459 inserts (4×3 in, Letter, 6)</source>
        <translation>Avery 5392 / 74459 салымдары (4×3 дюйм, Letter, 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avery L4785 labels (80×50 mm, A4, 10)</source>
        <translation>Avery L4785 жапсырмалары (80×50 мм, A4, 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURABLE 1445-02 inserts (90×54 mm, A4, 10)</source>
        <translation>DURABLE 1445-02 салымдары (90×54 мм, A4, 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 plastic card (card printer)</source>
        <translation>CR80 пластик карта (карта принтері)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country / delegation, then family name</source>
        <translation>Ел / делегация, сосын тегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category, then family name</source>
        <translation>Санаты, сосын тегі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All attendees</source>
        <translation>Барлық қатысушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only badges not printed yet</source>
        <translation>Тек әлі басылмағандары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the selected attendees</source>
        <translation>Тек таңдалған қатысушылар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh (Latin)</source>
        <translation>Қазақ тілі (латын әліпбиі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the event&apos;s name in this language too, after the badges&apos; own language (e.g. “ЦАКИК-2025 / CACCC-2025”)</source>
        <translation>Іс-шара атауын бейдж тілінен кейін осы тілде де басу (мысалы, «ОАҚӨК-2025 / CACCC-2025»)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive moves the print to the right</source>
        <translation>Оң мән басуды оңға жылжытады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive moves the print down</source>
        <translation>Оң мән басуды төмен жылжытады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Double-sided</source>
        <translation>&amp;Екі жақты басу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A back page after each sheet with the name again, mirrored for long-edge duplex printing</source>
        <translation>Әр парақтан кейін сол аты бар артқы бет, ұзын жиек бойынша дуплекс үшін айналы түрде</translation>
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
        <translation>Бла&amp;нк түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order</source>
        <translation>&amp;Реті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad&amp;ges</source>
        <translation>Бей&amp;дждер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second &amp;language for the event name</source>
        <translation>Іс-шара атауының екінші &amp;тілі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer offset x</source>
        <translation>Принтердің x бойынша ығысуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer offset y</source>
        <translation>Принтердің y бойынша ығысуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer o&amp;ffset</source>
        <translation>Принтер &amp;ығысуы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calibration sheet…</source>
        <translation>&amp;Калибрлеу парағы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export public &amp;key…</source>
        <translation>А&amp;шық кілтті экспорттау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key a check-in desk needs to verify badges offline</source>
        <translation>Тіркеу үстелінде бейдждерді желісіз тексеру үшін қажет кілт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mark as printed…</source>
        <translation>Басылған деп бел&amp;гілеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the chosen badges as printed (e.g. a saved PDF printed on another computer), so “Only badges not printed yet” leaves them out</source>
        <translation>Таңдалған бейдждерді басылған деп тіркеу (мысалы, сақталған PDF басқа компьютерде басылса), сонда «Тек әлі басылмағандары» оларды қалдырып кетеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print log…</source>
        <translation>Басып шығару журна&amp;лы…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering progress</source>
        <translation>Салу барысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview of the PDF that will be printed</source>
        <translation>Басылатын PDF-тің алдын ала көрінісі</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/page.py" line="-243"/>
        <location filename="../../src/companion/ui/badges/panes.py" line="+3"/>
        <source>Press Preview to see the badges exactly as they will print.</source>
        <translation>Бейдждерді басылатын күйінде көру үшін «Алдын ала қарау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 attendees, %2 badges printed.</source>
        <translation>Қатысушылар: %1, басылған бейдждер: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import attendee list</source>
        <translation>Қатысушылар тізімін импорттау</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import the list</source>
        <translation>Тізімді импорттау мүмкін емес</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row %1: not imported: %2</source>
        <translation>%1-жол: импортталмады: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5.</source>
        <translation>%1: жаңа %2, жаңартылған %3, өзгеріссіз %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n жол импортталмады</numerusform>
            <numerusform>%n жол импортталмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>Drawing %n badge(s)…</source>
        <translation>
            <numerusform>%n бейдж салынуда…</numerusform>
            <numerusform>%n бейдж салынуда…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Sending %n page(s) to the printer…</source>
        <translation>
            <numerusform>Принтерге %n бет жіберілуде…</numerusform>
            <numerusform>Принтерге %n бет жіберілуде…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Remove attendees</source>
        <translation>Қатысушыларды жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the list?</source>
        <translation>%1 тізімнен жойылсын ба?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Event: %1 · Attendee ID: %2 · Ed25519 signature of this event&apos;s key.
No name, e-mail or phone number is in the code.
%3</source>
        <translation>Іс-шара: %1 · Қатысушы ID: %2 · осы іс-шара кілтімен Ed25519 қолтаңбасы.
Кодта аты, эл. поштасы не телефоны жоқ.
%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list or the settings changed: Preview again to see the badges that Save PDF and Print… will produce.</source>
        <translation>Тізім не баптаулар өзгерді: «PDF сақтау» мен «Басып шығару…» жасайтын бейдждерді көру үшін қайта «Алдын ала қарау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+99"/>
        <location line="+5"/>
        <source>No badges</source>
        <translation>Бейдждер жоқ</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Attendee lists (*.xlsx *.xls *.ods *.csv *.txt);;Workbooks (*.xlsx *.xls *.ods);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Қатысушылар тізімдері (*.xlsx *.xls *.ods *.csv *.txt);;Жұмыс кітаптары (*.xlsx *.xls *.ods);;CSV файлдары (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a sheet</source>
        <translation>Парақты таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which sheet of %1 holds the attendees?</source>
        <translation>%1 файлының қай парағында қатысушылар бар?</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save import problems</source>
        <translation>Импорт ақауларын сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not imported</source>
        <translation>импортталмады</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reprint one badge</source>
        <translation>Бір бейджді қайта басу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock for %1&apos;s badge:</source>
        <translation>%1 үшін бейдж бланкісі:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+104"/>
        <source>No attendees match the chosen badges.</source>
        <translation>Таңдалған бейдждерге сәйкес қатысушы жоқ.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Mark as printed</source>
        <translation>Басылған деп белгілеу</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Log %n badge(s) of the current choice as printed? “Only badges not printed yet” will leave them out.</source>
        <translation>
            <numerusform>Ағымдағы таңдаудағы %n бейдж басылған деп тіркелсін бе? «Тек әлі басылмағандары» оларды қалдырып кетеді.</numerusform>
            <numerusform>Ағымдағы таңдаудағы %n бейдж басылған деп тіркелсін бе? «Тек әлі басылмағандары» оларды қалдырып кетеді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Import a list first: there is nobody to print a badge for.</source>
        <translation>Алдымен тізімді импорттаңыз: бейдж басатын ешкім жоқ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot sign badges</source>
        <translation>Бейдждерге қол қою мүмкін емес</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawing the badges failed: %1</source>
        <translation>Бейдждерді салу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. The previous preview is unchanged.</source>
        <translation>Бас тартылды. Бұрынғы алдын ала көрініс өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not printed: %1</source>
        <translation>Басылмаған: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 badges on %2 pages. This is the file Save PDF and Print… use.</source>
        <translation>Бейдждер: %1, беттер: %2. «PDF сақтау» мен «Басып шығару…» осы файлды қолданады.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print again?</source>
        <translation>Қайта басып шығару керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of these %2 badges were printed before. Print them again?</source>
        <translation>Осы %2 бейдждің %1 данасы бұрын басылған. Қайта басып шығару керек пе?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save badges as PDF</source>
        <translation>Бейдждерді PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+219"/>
        <location line="+57"/>
        <source>Cannot save</source>
        <translation>Сақтау мүмкін емес</translation>
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
        <translation>Бейдждерді басып шығару</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printing cancelled: these badges are not logged as printed.</source>
        <translation>Басып шығарудан бас тартылды: бұл бейдждер басылған деп тіркелмеді.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot print</source>
        <translation>Басып шығару мүмкін емес</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Printing failed: these badges are not logged as printed.</source>
        <translation>Басып шығару сәтсіз аяқталды: бұл бейдждер басылған деп тіркелмеді.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save calibration sheet</source>
        <translation>Калибрлеу парағын сақтау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export public key</source>
        <translation>Ашық кілтті экспорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM public keys (*.pem)</source>
        <translation>PEM ашық кілттері (*.pem)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cannot export the key</source>
        <translation>Кілтті экспорттау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../src/companion/ui/calendar_export.py" line="+61"/>
        <source>Each session keeps the same identifier in every export. Importing an updated file again: Apple Calendar updates the sessions in place; Thunderbird asks or updates; Outlook and Google Calendar may add duplicates or skip sessions they already have, so delete the earlier import first (in Google Calendar, import into a calendar of its own that you can delete). Reminders are kept by Apple Calendar and Thunderbird; Google and Outlook ignore them in imported files.</source>
        <translation>Әр сессияның идентификаторы барлық экспортта бірдей. Жаңартылған файлды қайта импорттағанда Apple Calendar сессияларды орнында жаңартады; Thunderbird сұрайды не жаңартады; Outlook пен Google Calendar қайталанатын жазбалар қосуы не бар сессияларды өткізіп жіберуі мүмкін, сондықтан алдымен бұрынғы импортты жойыңыз (Google Calendar-да жоюға болатын бөлек күнтізбеге импорттаңыз). Еске салғыштарды Apple Calendar мен Thunderbird сақтайды; Google мен Outlook импортталған файлдарда оларды елемейді.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times are in %1 with the time zone included, so your calendar shows them in your own zone. Indicative times are marked tentative and say so; sessions with a day but no published time become all-day entries marked “time not published”; sessions with no published date are left out.</source>
        <translation>Уақыт %1 белдеуі бойынша, белдеу белгісімен бірге берілген, сондықтан күнтізбеңіз оны өз белдеуіңізде көрсетеді. Уақыты шамамен берілген жазбалар алдын ала деп белгіленеді, бұл жазбаның өзінде де айтылады; күні белгілі, бірақ уақыты жарияланбаған сессиялар «уақыты жарияланбаған» деген белгімен күні бойғы жазба болады; күні жарияланбаған сессиялар экспортталмайды.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location line="+36"/>
        <source>Add sessions to your calendar</source>
        <translation>Сессияларды күнтізбеге қосу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This session: %1</source>
        <translation>Осы сессия: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session (none selected)</source>
        <translation>Осы сессия (ештеңе таңдалмаған)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My starred sessions (%1)</source>
        <translation>Мен белгілеген сессиялар (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One day:</source>
        <translation>Бір күн:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day to export</source>
        <translation>Экспорттайтын күн</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole event</source>
        <translation>Бүкіл іс-шара</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reminder</source>
        <translation>Еске салғыш қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min before</source>
        <translation> мин бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder minutes before the session</source>
        <translation>Сессияға дейін неше минут бұрын еске салу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will be exported</source>
        <translation>Не экспортталады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About calendar files</source>
        <translation>Күнтізбе файлдары туралы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar</source>
        <translation>Күнтізбеге қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the file and open it with your calendar application</source>
        <translation>Файлды жазып, күнтізбе қолданбасында ашу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the calendar file where you choose</source>
        <translation>Күнтізбе файлын өзіңіз таңдаған жерге сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sessions to export: %1.</source>
        <translation>Экспортталатын сессиялар: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a published time, so all-day entries: %1.</source>
        <translation>Уақыты жарияланбаған, сондықтан күні бойы: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, no date published: %1.</source>
        <translation>Қосылмады, күні жарияланбаған: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred but no longer in the programme: %1; written as cancelled where their last known time is stored, so your calendar drops them.</source>
        <translation>Белгіленген, бірақ енді бағдарламада жоқ: %1; соңғы белгілі уақыты сақталғандары болдырылмаған деп жазылды, сондықтан күнтізбеңіз оларды алып тастайды.</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <location line="+58"/>
        <source>Export calendar file</source>
        <translation>Күнтізбе файлын экспорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar файлдары (*.ics);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled.</source>
        <translation>Экспорттаудан бас тартылды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the calendar file…</source>
        <translation>Күнтізбе файлы дайындалуда…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar file not written</source>
        <translation>Күнтізбе файлы жазылмады</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Companion could not write %1: %2</source>
        <translation>Companion %1 файлын жаза алмады: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sessions written: %1, to %2.</source>
        <translation>Жазылған сессиялар: %1, файл: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out (no date published): %1.</source>
        <translation>Қосылмады (күні жарияланбаған): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written as cancelled (no longer in the programme): %1.</source>
        <translation>Болдырылмаған деп жазылды (енді бағдарламада жоқ): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred but no longer in the programme, and their last known time is not stored, so not written as cancelled: %1.</source>
        <translation>Белгіленген, бірақ енді бағдарламада жоқ, соңғы белгілі уақыты сақталмаған, сондықтан болдырылмаған деп жазылмады: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No calendar application opened it; import the file from your calendar.</source>
        <translation>Оны ешбір күнтізбе қолданбасы ашпады; файлды күнтізбеңізден импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <location filename="../../src/companion/ui/checkin/camera.py" line="+89"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+178"/>
        <source>Start ca&amp;mera</source>
        <translation>&amp;Камераны қосу</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Start or stop the camera</source>
        <translation>Камераны қосу не тоқтату</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read badges with a webcam: choose it and press Start camera.</source>
        <translation>Бейдждерді веб-камерамен оқыңыз: оны таңдап, «Камераны қосу» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera status</source>
        <translation>Камера күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera picture</source>
        <translation>Камера кескіні</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Camera reading is not installed (zxing-cpp is missing). Use a scanner or find the person by name.</source>
        <translation>Камерадан оқу орнатылмаған (zxing-cpp жоқ). Сканерді пайдаланыңыз немесе қатысушыны аты-жөні бойынша іздеңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera support is not available on this computer. Use a scanner or find the person by name.</source>
        <translation>Бұл компьютерде камера қолдауы жоқ. Сканерді пайдаланыңыз немесе қатысушыны аты-жөні бойынша іздеңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No camera found. Connect one and come back to this page, or use a scanner.</source>
        <translation>Камера табылмады. Камераны қосып, осы бетке қайта оралыңыз немесе сканерді пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>Камераны пайдалануға рұқсат күтілуде…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access to the camera was refused. Allow Companion to use the camera in the system&apos;s privacy settings, then press Start camera again.</source>
        <translation>Камераға кіруге тыйым салынды. Жүйенің құпиялық баптауларында Companion-ға камераны пайдалануға рұқсат беріп, «Камераны қосу» түймесін қайта басыңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop ca&amp;mera</source>
        <translation>&amp;Камераны тоқтату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the badge&apos;s code up to %1.</source>
        <translation>Бейдж кодын %1 алдына ұстаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera stopped: %1</source>
        <translation>Камера тоқтады: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Camera stopped.</source>
        <translation>Камера тоқтады.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../src/companion/ui/changes/model.py" line="+48"/>
        <source>Starred</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved (time)</source>
        <translation>Ауыстырылды (уақыты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved (room)</source>
        <translation>Ауыстырылды (залы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retitled</source>
        <translation>Атауы өзгерді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People changed</source>
        <translation>Қатысушылар өзгерді</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, time not published</source>
        <translation>%1, уақыты жарияланбаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date not published</source>
        <translation>күні жарияланбаған</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>~%1 (indicative)</source>
        <translation>~%1 (шамамен)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room not published</source>
        <translation>залы жарияланбаған</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nobody named</source>
        <translation>ешкім аталмаған</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starred</source>
        <translation>белгіленген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not starred</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You starred this session and it is no longer in the programme. Your star is kept.</source>
        <translation>Сіз бұл сессияны белгіледіңіз, бірақ ол енді бағдарламада жоқ. Белгіңіз сақталды.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="+128"/>
        <source>no badge code was given: name codes, --image pictures, or type or scan them one per line</source>
        <translation>бірде-бір бейдж коды берілмеді: кодтарды, --image суреттерін көрсетіңіз немесе оларды жол сайын біреуден теріңіз не сканерлеңіз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: no QR code found in the picture</source>
        <translation>{file}: суретте QR коды табылмады</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/checkin.py" line="-236"/>
        <source>this Companion cannot use a PostgreSQL server ({detail}); leave --store out to check in on this machine</source>
        <translation>бұл Companion PostgreSQL серверін пайдалана алмайды ({detail}); осы компьютерде тіркеу үшін --store параметрін көрсетпеңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{address} is not a check-in store address (use postgresql://… or leave it empty)</source>
        <translation>{address} тіркеу қоймасының мекенжайы емес (postgresql://… көрсетіңіз немесе бос қалдырыңыз)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>no check-in desk is open</source>
        <translation>ашық тіркеу үстелі жоқ</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>this badge was replaced by a reprint on {when}</source>
        <translation>бұл бейдждің орнына {when} жаңасы басылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this badge was revoked: {reason}</source>
        <translation>бұл бейдждің күші жойылған: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+23"/>
        <location line="+7"/>
        <location line="+232"/>
        <source>already checked in</source>
        <translation>тіркеліп қойған</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>valid badge, but {id} is not in this desk&apos;s list</source>
        <translation>бейдж жарамды, бірақ {id} осы үстелдің тізімінде жоқ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a manual admission needs a reason</source>
        <translation>қолмен өткізу үшін себеп керек</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/companion/ui/checkin/feature.py" line="+163"/>
        <source>{id} is not in this desk&apos;s list</source>
        <translation>{id} осы үстелдің тізімінде жоқ</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>admitted</source>
        <translation>өткізілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: not a badge of this event</source>
        <translation>қабылданбады: бұл іс-шараның бейджі емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: damaged code</source>
        <translation>қабылданбады: код зақымдалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: forged or altered</source>
        <translation>қабылданбады: жалған немесе өзгертілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: revoked</source>
        <translation>қабылданбады: бейдждің күші жойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: unknown key</source>
        <translation>қабылданбады: белгісіз кілт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admitted (not in this desk&apos;s list)</source>
        <translation>өткізілді (осы үстелдің тізімінде жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: not a badge</source>
        <translation>қабылданбады: бейдж емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in undone</source>
        <translation>тіркеу болдырылмады</translation>
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
        <translation>{verdict}: {who}, {when}, үстел: {desk}{by}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by {operator}</source>
        <translation> (оператор: {operator})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{verdict}: {who}</source>
        <translation>{verdict}: {who}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write {file}: {problem}</source>
        <translation>{file} жазылмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/desk_files.py" line="+132"/>
        <source>not a Companion desk package</source>
        <translation>бұл Companion үстел пакеті емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the desk package is damaged ({detail})</source>
        <translation>үстел пакеті зақымдалған ({detail})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the desk package is sealed with a passphrase; give the passphrase</source>
        <translation>үстел пакеті құпия фразамен қорғалған; құпия фразаны көрсетіңіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the desk package was made by a newer Companion (version {version})</source>
        <translation>үстел пакетін Companion-ның жаңарақ нұсқасы ({version}) жасаған</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>wrong passphrase (or the desk package was changed after it was sealed)</source>
        <translation>құпия фраза қате (немесе үстел пакеті қорғалғаннан кейін өзгертілген)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a Companion check-in log</source>
        <translation>бұл Companion тіркеу журналы емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this log is of event {logged}, not {event}</source>
        <translation>бұл журнал {event} емес, {logged} іс-шарасына тиесілі</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>record {number} is damaged</source>
        <translation>{number}-жазба зақымдалған</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/qr_image.py" line="+44"/>
        <source>not an image Companion can read</source>
        <translation>Companion бұл суретті оқи алмайды</translation>
    </message>
    <message>
        <location filename="../../src/companion/store/checkin_postgres.py" line="+249"/>
        <source>the check-in server holds data of a newer Companion (schema {found}, this one knows {known}): update Companion on this desk</source>
        <translation>тіркеу серверінде Companion-ның жаңарақ нұсқасының деректері бар (схема {found}, бұл нұсқа {known} схемасын біледі): осы үстелдегі Companion-ды жаңартыңыз</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the check-in server {address} did not answer in time</source>
        <translation>{address} тіркеу сервері уақытында жауап бермеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check-in server {address} cannot be used: {detail}</source>
        <translation>{address} тіркеу серверін пайдалану мүмкін емес: {detail}</translation>
    </message>
</context>
<context>
    <name>CheckinFeature</name>
    <message>
        <location filename="../../src/companion/ui/checkin/feature.py" line="-120"/>
        <source>Check-in</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full scr&amp;een</source>
        <translation>Толық &amp;экран</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Drawing a new badge</source>
        <translation>Жаңа бейджді жасау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge could not be reprinted: %1</source>
        <translation>Бейджді қайта басу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New badge drawn in %1 (no printer is set up: opened to print).</source>
        <translation>Жаңа бейдж %1 файлына жасалды (принтер бапталмаған: басып шығару үшін ашылды).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing a new badge</source>
        <translation>Жаңа бейджді басып шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New badge sent to %1.</source>
        <translation>Жаңа бейдж %1 принтеріне жіберілді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge could not be printed: %1</source>
        <translation>Жаңа бейджді басып шығару мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../src/companion/ui/checkin/camera.py" line="-207"/>
        <source>Reading the camera picture</source>
        <translation>Камера кескінін оқу</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/checkin/desk.py" line="+89"/>
        <location line="+13"/>
        <source>Checking a badge</source>
        <translation>Бейджді тексеру</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/checkin/page.py" line="+85"/>
        <source>The same badge again within a few seconds: counted once.</source>
        <translation>Сол бейдж бірнеше секунд ішінде қайта оқылды: бір рет есептелді.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+28"/>
        <source>Desk %1</source>
        <translation>%1 үстелі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to undo</source>
        <translation>Болдырмайтын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan a badge: the scanner works whatever has focus on this page.</source>
        <translation>Бейджді сканерлеңіз: фокус осы беттің қай жерінде болса да, сканер жұмыс істейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge</source>
        <translation>Бейджді сканерлеңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or hold it up to the camera, or find the person by name below.</source>
        <translation>Немесе оны камераға көрсетіңіз, не төменде қатысушыны аты-жөні бойынша табыңыз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check in by hand</source>
        <translation>Қолмен тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 checked in without scanning the badge? (kept in the log)</source>
        <translation>%1 неге бейдж сканерленбей тіркеліп жатыр? (журналда сақталады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the badge</source>
        <translation>Бейджін ұмытқан</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Admit anyway</source>
        <translation>Бәрібір өткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge of %1 was refused. Why admit them anyway? (kept in the log)</source>
        <translation>%1: бейджі қабылданбады. Неге бәрібір өткізу керек? (журналда сақталады)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the counts</source>
        <translation>Қорытынды сандарды оқу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File → Import desk package…, or import the list on the Badges page.</source>
        <translation>Файл → Үстел пакетін импорттау… немесе тізімді «Бейдждер» бетінде импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attendee list yet</source>
        <translation>Қатысушылар тізімі әлі жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 checked in</source>
        <translation>Тіркелгендер: %2 ішінен %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By category</source>
        <translation>Санаттар бойынша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No category</source>
        <translation>Санатсыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By delegation</source>
        <translation>Делегациялар бойынша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No delegation</source>
        <translation>Делегациясыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans per minute, by desk</source>
        <translation>Үстелдер бойынша минутына сканерлеу саны</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desks</source>
        <translation>Үстелдер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one was admitted at two desks.</source>
        <translation>Екі үстелде өткізілген ешкім жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted at two desks that could not see each other: check with the person.</source>
        <translation>Бір-бірін көрмейтін екі үстелде өткізілген: қатысушының өзінен нақтылаңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working offline: the check-in server %1 cannot be reached. %2 scan(s) wait here and are sent when it is back; nothing is lost.</source>
        <translation>Желісіз жұмыс: %1 тіркеу серверіне қосылу мүмкін емес. Осы жерде күтіп тұрған сканерлеулер: %2; сервер қайта қолжетімді болғанда олар жіберіледі, ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Refused: not a badge of this event</source>
        <translation>Қабылданбады: бұл іс-шараның бейджі емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: damaged code</source>
        <translation>Қабылданбады: код зақымдалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: forged or altered badge</source>
        <translation>Қабылданбады: бейдж жалған немесе өзгертілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: badge replaced by a reprint</source>
        <translation>Қабылданбады: бейдждің орнына жаңасы басылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: signed by an unknown key</source>
        <translation>Қабылданбады: белгісіз кілтпен қол қойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: not a Companion badge</source>
        <translation>Қабылданбады: Companion бейджі емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check-in undone</source>
        <translation>Тіркеу болдырылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is no longer counted as here.</source>
        <translation>Қатысушы енді келген деп есептелмейді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already checked in</source>
        <translation>Тіркеліп қойған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitted by hand</source>
        <translation>Қолмен өткізілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted: valid badge, not in this desk&apos;s list</source>
        <translation>Өткізілді: бейдж жарамды, бірақ осы үстелдің тізімінде жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admitted</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked in at %1 · desk: %2 · by %3</source>
        <translation>Тіркелген уақыты: %1 · үстел: %2 · оператор: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in at %1 · desk: %2</source>
        <translation>Тіркелген уақыты: %1 · үстел: %2</translation>
    </message>
</context>
<context>
    <name>ChoiceFilterButton</name>
    <message>
        <location filename="../../src/companion/ui/agenda/filters.py" line="+37"/>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: all</source>
        <translation>%1: барлығы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 ішінен %2</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+10"/>
        <source>Which column holds what?</source>
        <translation>Қай бағанда не бар?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Companion could not tell what some columns of %1 hold. Choose a field for each column; columns set to “(not used)” are left out.</source>
        <translation>Companion %1 файлының кейбір бағандарында не барын анықтай алмады. Әр бағанға өріс таңдаңыз; «(қолданылмайды)» бағандары алынбайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Баған&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;First values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Алғашқы мәндер&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Өріс&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(column %1)</source>
        <translation>(%1-баған)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field for column %1</source>
        <translation>%1-бағанның өрісі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recognised</source>
        <translation>Танылмады</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the column(s) holding the names.</source>
        <translation>Аты-жөндер тұрған бағандарды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each field can come from one column only.</source>
        <translation>Әр өріс тек бір бағаннан алынады.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/companion/cli/__init__.py" line="+155"/>
        <source>interrupted</source>
        <translation>үзілді</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="-205"/>
        <source>--offset {value} is not two numbers in mm like 1.5,-0.5</source>
        <translation>--offset {value} 1.5,-0.5 сияқты мм-дегі екі сан емес</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map {pair}: unknown field {field}</source>
        <translation>--map {pair}: белгісіз өріс {field}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map {pair}: the header has no column {column}</source>
        <translation>--map {pair}: тақырып жолында {column} бағаны жоқ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path}: desk package of {event} ({count} attendees, {sealed}); key fingerprint {fingerprint} (compare on the desk)</source>
        <translation>{path}: {event} іс-шарасының үстел пакеті (қатысушылар: {count}; {sealed}); кілт ізі {fingerprint} (үстелде салыстырыңыз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed with the passphrase</source>
        <translation>құпия фразамен қорғалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sealed</source>
        <translation>қорғалмаған</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the public key: {reason}</source>
        <translation>ашық кілт жазылмады: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: public key of {event} (verifies every badge of this event)</source>
        <translation>{path}: {event} іс-шарасының ашық кілті (осы іс-шараның әр бейджін тексереді)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say where to write the PDF with -o FILE.pdf</source>
        <translation>PDF қайда жазылатынын көрсетіңіз: -o ФАЙЛ.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}: calibration sheet for {layout}</source>
        <translation>{path}: {layout} үшін калибрлеу парағы</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no attendees in {path}; no PDF written</source>
        <translation>{path} файлында қатысушылар жоқ; PDF жазылмады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: attendees read: {count} ({format}, sheet {sheet}); new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: {errors}</source>
        <translation>{path}: оқылған қатысушылар: {count} ({format}, {sheet} парағы); жаңа: {added}, жаңартылған: {updated}, өзгермеген: {unchanged}; импортталмаған жолдар: {errors}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: attendees read: {count} ({encoding}, &apos;{delimiter}&apos;-separated); new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: {errors}</source>
        <translation>{path}: оқылған қатысушылар: {count} ({encoding}, бөлгіш &apos;{delimiter}&apos;); жаңа: {added}, жаңартылған: {updated}, өзгермеген: {unchanged}; импортталмаған жолдар: {errors}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no attendees stored for {event}; give an ATTENDEES.csv</source>
        <translation>{event} іс-шарасы үшін сақталған қатысушылар жоқ; ATTENDEES.csv файлын көрсетіңіз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no attendee with the id {ids} is stored for {event}</source>
        <translation>{event} іс-шарасының сақталған қатысушылары арасында {ids} ID-і жоқ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{event}: badges marked as printed: {count}</source>
        <translation>{event}: басылған деп белгіленген бейдждер: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: badges printed before and printed again: {count} (--only-new leaves them out)</source>
        <translation>ескерту: бұрын басылған және қайта басылатын бейдждер: {count} (--only-new оларды қалдырып кетеді)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path}: badges: {badges}, pages: {pages} ({layout})</source>
        <translation>{path}: бейдждер: {badges}, беттер: {pages} ({layout})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printed</source>
        <translation>басылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved as PDF</source>
        <translation>PDF ретінде сақталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as printed</source>
        <translation>басылды деп белгіленді</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/agenda.py" line="+50"/>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="+79"/>
        <source>--day {value} is not a date like 2025-05-13</source>
        <translation>--day {value} 2025-05-13 сияқты күн емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="-4"/>
        <source>{day} is not a day of this event ({days})</source>
        <translation>{day} осы іс-шараның күні емес ({days})</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="+13"/>
        <source>cannot read your stars: {problem}</source>
        <translation>белгілеріңіз оқылмады: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starred sessions no longer in the programme ({count}): {ids}</source>
        <translation>бағдарламада енді жоқ белгіленген сессиялар ({count}): {ids}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>session revisions not read ({problem}); SEQUENCE comes from the data only</source>
        <translation>сессия нұсқалары оқылмады ({problem}); SEQUENCE тек деректерден алынады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starred sessions no longer in the programme whose last known time is not stored ({count}), so not written as cancelled: {ids}</source>
        <translation>бағдарламада енді жоқ, соңғы белгілі уақыты сақталмаған белгіленген сессиялар ({count}), сондықтан болдырылмаған деп жазылмады: {ids}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>sessions left out because no date is published ({count}): {names}</source>
        <translation>күні жарияланбағандықтан алынып тасталған сессиялар ({count}): {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you have not starred any session</source>
        <translation>сіз бірде-бір сессияны белгілемегенсіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no session with a published date is listed on {day}</source>
        <translation>{day} күніне күні жарияланған сессия жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session with a published date to export</source>
        <translation>экспорттайтын күні жарияланған сессия жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; no file written</source>
        <translation>{reason}; файл жазылмады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timed: {count}</source>
        <translation>уақыты бар: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all-day, time not published: {count}</source>
        <translation>күні бойы, уақыты жарияланбаған: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled: {count}</source>
        <translation>болдырылмаған: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions written to {path}: {count} ({parts})</source>
        <translation>{path} файлына жазылған сессиялар: {count} ({parts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--alarm must be 0 to {most} minutes</source>
        <translation>--alarm мәні 0-ден {most} минутқа дейін болуы керек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown session id: {ids} (see `companion agenda` for ids)</source>
        <translation>белгісіз сессия ID: {ids} (ID-лерді `companion agenda` көрсетеді)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>starred sessions no longer in the programme ({count}), written as cancelled: {ids}</source>
        <translation>бағдарламада енді жоқ белгіленген сессиялар ({count}) болдырылмаған деп жазылды: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_schedule.py" line="+41"/>
        <source>sessions written: {count} (with indicative times, marked: {indicative}).</source>
        <translation>жазылған сессиялар: {count} (уақыты шамамен, белгіленгені: {indicative}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sessions left out (the format needs a date and a time): {count}</source>
        <translation>алынып тасталған сессиялар (форматқа күн мен уақыт керек): {count}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="+47"/>
        <source>skipped sessions of other events: {events} (this is {event}; open that event with --event to import them)</source>
        <translation>басқа іс-шаралардың сессиялары өткізіліп жіберілді: {events} (бұл — {event}; оларды импорттау үшін сол іс-шараны --event арқылы ашыңыз)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not in the current programme, so not starred: {ids}</source>
        <translation>қазіргі бағдарламада жоқ, сондықтан белгіленбеді: {ids}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events not written by Companion, ignored: {count}</source>
        <translation>Companion жазбаған, еленбеген оқиғалар: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session of {event} in {path}; nothing starred</source>
        <translation>{path} файлында {event} іс-шарасының сессиялары жоқ; ештеңе белгіленбеді</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot open your stars: {problem}</source>
        <translation>белгілеріңіз ашылмады: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sessions starred from {path}: {count}</source>
        <translation>{path} файлынан белгіленген сессиялар: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already starred: {count}</source>
        <translation>бұрын белгіленген: {count}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="+132"/>
        <location filename="../../src/companion/services/calendar.py" line="+173"/>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} жазылмады: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--now {value} is not a date and time like 2025-05-13T11:00</source>
        <translation>--now {value} — 2025-05-13T11:00 түріндегі күн мен уақыт емес</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="+26"/>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved (time)</source>
        <translation>ауыстырылды (уақыты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved (room)</source>
        <translation>ауыстырылды (залы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retitled</source>
        <translation>атауы өзгерді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people changed</source>
        <translation>қатысушылары өзгерді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cancelled</source>
        <translation>болдырылмаған: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} new</source>
        <translation>жаңа: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} moved (time)</source>
        <translation>уақыты ауыстырылған: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} moved (room)</source>
        <translation>залы ауыстырылған: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} retitled</source>
        <translation>атауы өзгерген: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people changed</source>
        <translation>қатысушылары өзгерген: {count}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>starred session no longer in the programme</source>
        <translation>белгіленген сессия енді бағдарламада жоқ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was {when}, {room}</source>
        <translation>бұрын: {when}, {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time: {old} → {new}</source>
        <translation>уақыты: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>room: {old} → {new}</source>
        <translation>залы: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was titled: {title}</source>
        <translation>бұрынғы атауы: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added: {names}</source>
        <translation>қосылды: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed: {names}</source>
        <translation>алынып тасталды: {names}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no changes</source>
        <translation>өзгерістер жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{old} session → {new} session: {summary}.</source>
        <translation>сессиялар: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} session → {new} sessions: {summary}.</source>
        <translation>сессиялар: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} sessions → {new} session: {summary}.</source>
        <translation>сессиялар: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} sessions → {new} sessions: {summary}.</source>
        <translation>сессиялар: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note: the files name different events ({old} and {new}); sessions are matched by id.</source>
        <translation>Ескерту: файлдарда әртүрлі іс-шаралар көрсетілген ({old} және {new}); сессиялар ID бойынша сәйкестендіріледі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} starred session is no longer in the programme (your stars are kept).</source>
        <translation>бағдарламада енді жоқ белгіленген сессиялар: {count} (белгілеріңіз сақталды).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} starred sessions are no longer in the programme (your stars are kept).</source>
        <translation>бағдарламада енді жоқ белгіленген сессиялар: {count} (белгілеріңіз сақталды).</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/refresh.py" line="+18"/>
        <source>{address}: subscribed, {count} sessions</source>
        <translation>{address}: жазылым рәсімделді, сессиялар: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: not changed</source>
        <translation>{address}: өзгеріс жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: {count} sessions changed (see companion diff, or What changed)</source>
        <translation>{address}: өзгерген сессиялар: {count} (companion diff немесе «Не өзгерді» бөлімін қараңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: new version, no session changed</source>
        <translation>{address}: жаңа нұсқа, бірде-бір сессия өзгермеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} {kept}</source>
        <translation>{problem} {kept}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}; not replaced (use --accept-drop to replace it)</source>
        <translation>{problem}; көшірме ауыстырылмады (ауыстыру үшін --accept-drop параметрін қолданыңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subscriptions (subscribe with companion --event URL … or in the window)</source>
        <translation>жазылымдар жоқ (companion --event URL … пәрменімен немесе қолданба терезесінде жазылыңыз)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="-44"/>
        <source>{file}: desk package of {event} imported: {count} attendees, {revoked} revoked codes; key fingerprint {fingerprint} (compare with the badge station)</source>
        <translation>{file}: {event} іс-шарасының үстел пакеті импортталды (қатысушылар: {count}, күші жойылған кодтар: {revoked}); кілт ізі {fingerprint} (бейдж басу станциясымен салыстырыңыз)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin_log.py" line="+56"/>
        <source>merged {files} logs: {records} records read, {added} new; conflicts: {conflicts}</source>
        <translation>біріктірілген журналдар: {files}; оқылған жазбалар: {records}, жаңалары: {added}; қайшылықтар: {conflicts}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>{file}: {count} records of {event}</source>
        <translation>{file}: {event} іс-шарасының жазбалары: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{event}: check-in log, desk list and keys erased</source>
        <translation>{event}: тіркеу журналы, үстел тізімі және кілттер өшірілді</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>checked in: {done} of {expected}</source>
        <translation>тіркелгендер: {expected} ішінен {done}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by category</source>
        <translation>санаттар бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by delegation</source>
        <translation>делегациялар бойынша</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>desk {desk}: {rate} scans per minute</source>
        <translation>үстел {desk} — минутына сканерлеу: {rate}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflict: {id} admitted at {where}</source>
        <translation>қайшылық: {id} бірнеше үстелде өткізілген: {where}</translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <location filename="../../src/companion/cli/__init__.py" line="-134"/>
        <source>open this event file instead of CACCC-2025</source>
        <translation>ОАҚӨК-2025 орнына осы іс-шара файлын ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pretend it is this time (event time zone)</source>
        <translation>қазір осы уақыт деп есептеу (іс-шараның уақыт белдеуі бойынша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep user state in DIR</source>
        <translation>пайдаланушы деректерін DIR қалтасында сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language: en, ru, kk or kk-Latn</source>
        <translation>тіл: en, ru, kk немесе kk-Latn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in store shared by desks, e.g. postgresql://desk@server/checkin (default: this machine&apos;s state file, or the address remembered)</source>
        <translation>үстелдерге ортақ тіркеу қоймасы, мысалы postgresql://desk@server/checkin (әдепкісінше: осы компьютердегі күй файлы немесе есте сақталған мекенжай)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Offline companion for CACCC-2025 (Ashgabat, 13–15 May 2025). Without a command it opens the window; companion FILE opens a schedule or event file in it (as --event FILE).</source>
        <translation>ОАҚӨК-2025 қатысушысының желісіз көмекшісі (Ашхабад, 2025 жылғы 13–15 мамыр). Командасыз терезені ашады; companion FILE онда бағдарлама не іс-шара файлын ашады (--event FILE сияқты).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show program&apos;s version number and exit</source>
        <translation>қолданба нұсқасының нөмірін көрсетіп, шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window on the Check-in page, full screen, for a registration desk</source>
        <translation>тіркеу үстелі үшін терезені «Тіркеу» бетінде толық экранда ашу</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/agenda.py" line="-25"/>
        <source>print the programme</source>
        <translation>бағдарламаны шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this day (&apos;undated&apos; for sessions with no published date)</source>
        <translation>тек осы күн (күні жарияланбаған сессиялар үшін &apos;undated&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of sessions</source>
        <translation>сессиялар тізімін JSON түрінде шығару</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="-300"/>
        <source>print name badges with signed QR codes to PDF</source>
        <translation>қолтаңбалы QR-кодтары бар атаулы бейдждерді PDF-ке басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an attendee list (CSV) into the event&apos;s state and print its badges to a PDF. Without ATTENDEES.csv the attendees already stored for the event are printed.</source>
        <translation>Қатысушылар тізімін (CSV) іс-шара деректеріне импорттап, олардың бейдждерін PDF-ке басып шығару. ATTENDEES.csv берілмесе, іс-шара үшін бұрын сақталған қатысушылар басылады.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write the badges here</source>
        <translation>бейдждерді осында жазу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>badge stock (default {layout}; see --list-layouts)</source>
        <translation>бейдж бланкілері (әдепкісі {layout}; --list-layouts қараңыз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order of the badges (default: delegation, then family name)</source>
        <translation>бейдждердің реті (әдепкісі: делегация, сосын тегі)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>attendee list: CSV (any common encoding) or an .xlsx, .xls or .ods workbook</source>
        <translation>қатысушылар тізімі: CSV (кез келген кең тараған кодтауда) немесе .xlsx, .xls не .ods жұмыс кітабы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook sheet holding the attendees, by name or number from 1 (default: the first)</source>
        <translation>қатысушылар тұрған жұмыс кітабы парағы: атауы немесе 1-ден басталатын нөмірі (әдепкісі: біріншісі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this attendee&apos;s badge (a lost or misspelt one; e.g. with --layout cr80); may be repeated</source>
        <translation>тек осы қатысушының бейджі (жоғалған не қате жазылған; мысалы, --layout cr80 параметрімен); қайталауға болады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log the chosen badges as printed (all, --only-new or --id); without -o nothing is drawn: the PDF was printed elsewhere</source>
        <translation>таңдалған бейдждерді басылған деп тіркеу (барлығын, --only-new не --id); -o болмаса, ештеңе салынбайды: PDF басқа жерде басылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the event&apos;s print log (printed, saved as PDF, marked), newest first</source>
        <translation>іс-шараның басып шығару журналын тізу (басылған, PDF ретінде сақталған, белгіленген), алдымен ең жаңалары</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only attendees whose badge was never printed (a saved PDF is not printed; see --mark-printed)</source>
        <translation>тек бейджі ешқашан басылмаған қатысушылар (сақталған PDF басылған болып саналмайды; --mark-printed қараңыз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printer offset in mm (x right, y down), e.g. 1.5,-0.5; with --duplex the backs are the fronts&apos; mirror image, so there x moves left and each back stays behind its front</source>
        <translation>принтердің мм-дегі ығысуы (x оңға, y төмен), мысалы 1.5,-0.5; --duplex кезінде артқы беттер алдыңғы беттердің айнадағы бейнесі, сондықтан онда x солға жылжытады және әр артқы бет өз алдыңғы бетінің артында қалады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add mirrored backs with the name, for long-edge duplex</source>
        <translation>ұзын жиек бойынша дуплекс үшін аты бар айналы артқы беттерді қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the layout&apos;s calibration sheet to -o instead</source>
        <translation>оның орнына -o файлына бланктің калибрлеу парағын жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which column holds a field when its header is not recognised (fields: {fields}); may be repeated</source>
        <translation>тақырыбы танылмаған өріс қай бағанда екенін көрсету (өрістер: {fields}); қайталауға болады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the event&apos;s name in this language too, after the --lang one (e.g. {example})</source>
        <translation>іс-шара атауын --lang тіліндегі атаудан кейін осы тілде де басу (мысалы, {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the badge stock this version knows</source>
        <translation>осы нұсқа білетін бейдж бланкілерін тізу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the event&apos;s public key (PEM) for check-in desks</source>
        <translation>тіркеу үстелдері үшін іс-шараның ашық кілтін (PEM) жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a desk package for check-in desks that did not print: public keys, revoked codes, names, organisations, delegations, categories (no e-mails, no private key)</source>
        <translation>бейдж баспаған тіркеу үстелдері үшін үстел пакетін жазу: ашық кілттер, күші жойылған кодтар, аты-жөндер, ұйымдар, делегациялар, санаттар (e-mail мекенжайларынсыз, жабық кілтсіз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seal the desk package with the passphrase on the first line of FILE</source>
        <translation>үстел пакетін FILE файлының бірінші жолындағы құпия фразамен қорғау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --id: the badge was lost; print a new code and revoke the old one</source>
        <translation>--id параметрімен: бейдж жоғалған; жаңа код басып, ескісінің күшін жою</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/delegations.py" line="+29"/>
        <source>list delegations: countries and organisations</source>
        <translation>делегацияларды тізу: елдер мен ұйымдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delegations found by TEXT (name or alias, any script)</source>
        <translation>тек TEXT бойынша табылған делегациялар (атауы немесе балама атауы, кез келген әліпби)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of delegations</source>
        <translation>делегациялар тізімін JSON түрінде шығару</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="-140"/>
        <source>show what changed between two versions of a schedule</source>
        <translation>бағдарламаның екі нұсқасы арасында не өзгергенін көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two versions of an event&apos;s schedule (any format Companion reads): new, cancelled, moved (time or room), retitled and people changed, your starred sessions first. Exit status: 0 no changes, 1 changes, 2 a file could not be read.</source>
        <translation>Іс-шара бағдарламасының екі нұсқасын салыстыру (Companion оқитын кез келген пішімде): жаңа, болдырылмаған, ауыстырылған (уақыты не залы), атауы өзгерген және қатысушылары өзгерген сессиялар, алдымен сіз белгілегендері. Шығу коды: 0 — өзгеріс жоқ, 1 — өзгерістер бар, 2 — файл оқылмады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the earlier schedule file</source>
        <translation>бағдарламаның ертеректегі файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the newer schedule file</source>
        <translation>бағдарламаның жаңарақ файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the changes as JSON</source>
        <translation>өзгерістерді JSON түрінде шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA zone for files that name none (default: UTC, or the zone their dates imply)</source>
        <translation>белдеу көрсетілмеген файлдар үшін IANA белдеуі (әдепкісі: UTC немесе күндерінен шығатын белдеу)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="-129"/>
        <source>write sessions to an .ics calendar file</source>
        <translation>сессияларды .ics күнтізбе файлына жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write sessions to an iCalendar (.ics) file. Sessions with a published day but no published time become all-day events marked &apos;(time not published)&apos;; sessions with no published date are left out and named on stderr. Indicative times are exported as TENTATIVE and say so. A starred session that left the programme is written as cancelled at its last known time, so calendars drop it.</source>
        <translation>Сессияларды iCalendar (.ics) файлына жазу. Күні жарияланған, бірақ уақыты жарияланбаған сессиялар «(уақыты жарияланбаған)» белгісімен күні бойғы оқиғаға айналады; күні жарияланбаған сессиялар жазылмайды және stderr-де аталады. Шамамен алынған уақыт TENTATIVE ретінде экспортталып, бұл айтылады. Бағдарламадан шығып қалған белгіленген сессия соңғы белгілі уақытында болдырылмаған деп жазылады, сонда күнтізбелер оны алып тастайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every session of the event</source>
        <translation>іс-шараның барлық сессиялары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sessions of one day</source>
        <translation>бір күннің сессиялары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>these sessions (ids as `companion agenda` shows)</source>
        <translation>осы сессиялар (идентификаторлары `companion agenda` көрсеткендей)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sessions you starred</source>
        <translation>сіз белгілеген сессиялар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .ics file to write (&apos;-&apos; for stdout)</source>
        <translation>жазылатын .ics файлы (stdout үшін &apos;-&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a reminder this many minutes before each session</source>
        <translation>әр сессиядан осынша минут бұрын еске салғыш қосу</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_schedule.py" line="-22"/>
        <source>write the event as a frab schedule.json (Giggity, EventFahrplan, pretalx-compatible readers)</source>
        <translation>іс-шараны frab schedule.json ретінде жазу (Giggity, EventFahrplan және pretalx-пен үйлесімді қолданбалар үшін)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the event (--event FILE, else CACCC-2025) as a frab schedule.json that validates against the c3voc schema. The format needs a time for every session: sessions without a published time are left out and named on stderr; indicative times are marked in the title and abstract.</source>
        <translation>Іс-шараны (--event FILE, әйтпесе ОАҚӨК-2025) c3voc схемасы бойынша тексеруден өтетін frab schedule.json ретінде жазу. Бұл пішім әр сессияның уақытын талап етеді: уақыты жарияланбаған сессиялар жазылмайды және stderr-де аталады; шамамен алынған уақыт атауда және аннотацияда белгіленеді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write (&apos;-&apos; for stdout)</source>
        <translation>жазылатын файл (stdout үшін &apos;-&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA zone for an --event file that names none (default: UTC)</source>
        <translation>белдеу көрсетілмеген --event файлы үшін IANA белдеуі (әдепкісі: UTC)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="-45"/>
        <source>star the sessions found in a calendar file that Companion exported</source>
        <translation>Companion экспорттаған күнтізбе файлындағы сессияларды белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star every session of this event found in FILE (an .ics written by Companion, for example by `companion export-ics --starred`). Stars you already have are kept.</source>
        <translation>FILE файлынан табылған осы іс-шараның әр сессиясын белгілеу (Companion жазған .ics файлы, мысалы `companion export-ics --starred` командасымен). Бұрыннан бар белгілер сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file</source>
        <translation>.ics файлы</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/people.py" line="+29"/>
        <source>list the people the sources name</source>
        <translation>дереккөздерде аталған қатысушыларды тізу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only people found by TEXT (any spelling, any script)</source>
        <translation>тек TEXT бойынша табылған қатысушылар (кез келген жазылуы, кез келген әліпби)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of people</source>
        <translation>қатысушылар тізімін JSON түрінде шығару</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/help_language.py" line="+24"/>
        <source>usage:</source>
        <translation>қолданылуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: қате: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>мына аргументтерді көрсету керек: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің бірін көрсету керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге көрсетуге болмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>бір аргумент күтіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ең көбі бір аргумент күтіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>кемінде бір аргумент күтіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз таңдау: %(value)r (мыналардан таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>жарамсыз %(type)s мәні: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>бірмәнді емес параметр: %(option)s мыналардың бірі болуы мүмкін: %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>анық көрсетілген %r аргументі еленбеді</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/refresh.py" line="+7"/>
        <source>download subscribed schedules again</source>
        <translation>жазылған бағдарламаларды қайта жүктеп алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every subscribed schedule (or the address given, subscribing to it). Exit status: 0 nothing changed, 1 something changed, 2 a refresh failed (the last good copy is kept).</source>
        <translation>Жазылған барлық бағдарламаны (немесе көрсетілген мекенжайдағы бағдарламаны, оған жазыла отырып) жаңарту. Шығу коды: 0 — ештеңе өзгермеді, 1 — өзгеріс бар, 2 — жаңарту мүмкін болмады (соңғы жарамды көшірме сақталады).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address to refresh (default: every subscription)</source>
        <translation>жаңартылатын мекенжай (әдепкісі: барлық жазылым)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the copy even when the new version drops most sessions</source>
        <translation>жаңа нұсқада сессиялардың көбі жоқ болса да, көшірмені ауыстыру</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="-68"/>
        <source>check people in by their badge codes</source>
        <translation>қатысушыларды бейдж кодтары бойынша тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check badge codes in (arguments, or stdin one per line as a scanner types them) and print each verdict. Exit status 2 when a code was refused, 1 when one was a duplicate, else 0.</source>
        <translation>Бейдж кодтарын тіркеу (аргументтерден немесе stdin-нен, сканер енгізгендей әр жолға біреуден) және әрқайсысы бойынша шешімді шығару. Шығу коды: код қабылданбаса 2, қайталанса 1, әйтпесе 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>badge codes (CB1:… or CB2:…); without any, and without --image, read stdin</source>
        <translation>бейдж кодтары (CB1:… немесе CB2:…); олар да, --image да берілмесе, stdin оқылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check in the QR codes in this picture (photo or screenshot); may be repeated</source>
        <translation>осы суреттегі QR кодтарын тіркеу (фото немесе скриншот); бірнеше рет көрсетуге болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a desk package from the badge station (keys, revocations, attendee list)</source>
        <translation>бейдж басу станциясынан үстел пакетін импорттау (кілттер, күші жойылғандар, қатысушылар тізімі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase of a sealed desk package, on the first line of FILE</source>
        <translation>қорғалған үстел пакетінің құпия фразасы (FILE файлының бірінші жолы)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this desk&apos;s id in the log (default: the one remembered on this machine)</source>
        <translation>осы үстелдің журналдағы идентификаторы (әдепкісінше: осы компьютерде есте сақталғаны)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is at the desk (recorded with each scan)</source>
        <translation>үстелде кім отыр (әр сканерлеумен бірге жазылады)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin_log.py" line="-76"/>
        <source>export, merge, report or erase the check-in log</source>
        <translation>тіркеу журналын экспорттау, біріктіру, есеп шығару немесе өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange check-in logs between desks (merging is idempotent: importing a log twice changes nothing), write the log as CSV, print the counts, or erase the event&apos;s check-in data.</source>
        <translation>Үстелдер арасында тіркеу журналдарымен алмасу (біріктіру идемпотентті: журналды екі рет импорттау ештеңені өзгертпейді), журналды CSV ретінде жазу, қорытынды сандарды шығару немесе іс-шараның тіркеу деректерін өшіру.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write this desk&apos;s log (every scan it knows) for other desks</source>
        <translation>осы үстелдің журналын (ол білетін барлық сканерлеулерді) басқа үстелдер үшін жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import other desks&apos; logs</source>
        <translation>басқа үстелдердің журналдарын импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the log as CSV for the organisers&apos; report</source>
        <translation>ұйымдастырушылар есебі үшін журналды CSV ретінде жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print checked in / expected by category and delegation, scans per minute, conflicts</source>
        <translation>санаттар мен делегациялар бойынша «тіркелген / күтілетін» сандарын, минутына сканерлеу санын, қайшылықтарды шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erase the event&apos;s check-in log, desk list and desk keys (after the event)</source>
        <translation>іс-шараның тіркеу журналын, үстел тізімін және үстел кілттерін өшіру (іс-шарадан кейін)</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../src/companion/ui/content_note.py" line="+15"/>
        <source>Descriptions, notes, topics and roles in this language are Companion&apos;s translation from English.</source>
        <translation>Бұл тілдегі сипаттамаларды, ескертулерді, тақырыптар мен рөлдерді Companion ағылшын тілінен аударған.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../src/companion/app.py" line="+55"/>
        <source>Companion ran into an unexpected problem. What you were doing may not have finished; your saved data is kept. If it happens again, please send the details below to whoever supports Companion for you.</source>
        <translation>Companion күтпеген қатеге тап болды. Сіз істеп жатқан әрекет аяқталмаған болуы мүмкін; сақталған деректеріңіз орнында. Бұл қайталанса, төмендегі мәліметтерді Companion бойынша сізге көмектесетін адамға жіберіңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are also in %1.</source>
        <translation>Бұл мәліметтер %1 файлында да бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected problem</source>
        <translation>Күтпеген қате</translation>
    </message>
</context>
<context>
    <name>DelegationDetail</name>
    <message>
        <location filename="../../src/companion/ui/delegations/detail.py" line="+41"/>
        <source>Delegation details</source>
        <translation>Делегация туралы мәлімет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Named members</source>
        <translation>Аталған мүшелері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member is named in the sources.</source>
        <translation>Дереккөздерде бірде-бір мүшесі аталмаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Composition as reported</source>
        <translation>Хабарламалар бойынша құрамы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sessions its people take part in</source>
        <translation>Мүшелері қатысатын сессиялар</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session published for its people.</source>
        <translation>Мүшелері үшін сессиялар жарияланбаған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Sessions it organised</source>
        <translation>Ол ұйымдастырған сессиялар</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Organised with</source>
        <translation>Бірлесіп ұйымдастырғандар</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Choose a country or organisation to see its delegation.</source>
        <translation>Делегациясын көру үшін елді немесе ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This event&apos;s data names no delegations.</source>
        <translation>Бұл іс-шараның деректерінде делегациялар аталмаған.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open person %1</source>
        <translation>Ашу: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Not published</source>
        <translation>Жарияланбаған</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No source listed.</source>
        <translation>Дереккөздер көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+6"/>
        <source>Also</source>
        <extracomment>src/companion/ui/delegations/detail.py:136</extracomment>
        <translation>Сондай-ақ</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../src/companion/ui/delegations/page.py" line="+30"/>
        <source>Filter by name, alias or member, in any script</source>
        <translation>Атауы, басқа атауы не мүшесі бойынша сүзу, кез келген әліпбимен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter delegations</source>
        <translation>Делегацияларды сүзу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
</context>
<context>
    <name>DelegationsTableModel</name>
    <message>
        <location filename="../../src/companion/ui/delegations/model.py" line="+62"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Басшысы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Named members</source>
        <translation>Аталған мүшелері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not published</source>
        <translation>Жарияланбаған</translation>
    </message>
</context>
<context>
    <name>DeskPackageActions</name>
    <message>
        <location filename="../../src/companion/ui/checkin/desk_package.py" line="+41"/>
        <source>Export &amp;desk package…</source>
        <translation>Үстел &amp;пакетін экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the keys and the attendee list that check-in desks need (no e-mails), sealed with a passphrase</source>
        <translation>Тіркеу үстелдеріне қажет кілттер мен қатысушылар тізімін (e-mail мекенжайларынсыз) құпия фразамен қорғап жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import des&amp;k package…</source>
        <translation>Үстел пакетін импор&amp;ттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the badge station&apos;s keys and attendee list for this desk</source>
        <translation>Осы үстел үшін бейдж басу станциясының кілттері мен қатысушылар тізімін алу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export desk package</source>
        <translation>Үстел пакетін экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk packages (*.json)</source>
        <translation>Үстел пакеттері (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing the desk package</source>
        <translation>Үстел пакетін жазу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk package was not written: %1</source>
        <translation>Үстел пакеті жазылмады: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Seal the desk package</source>
        <translation>Үстел пакетін қорғау</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Passphrase to seal the package with (leave empty not to seal it). Tell it to the desks another way than the file.</source>
        <translation>Пакетті қорғайтын құпия фраза (қорғамау үшін бос қалдырыңыз). Оны үстелдерге файлмен бірге емес, басқа жолмен айтыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same passphrase again:</source>
        <translation>Сол құпия фраза тағы бір рет:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Екі құпия фраза сәйкес емес. Оларды қайта теріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed with the passphrase</source>
        <translation>құпия фразамен қорғалған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sealed</source>
        <translation>қорғалмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: desk package of %2 (%3 attendees, %4). Key fingerprint %5: compare it on each desk.</source>
        <translation>%1: %2 іс-шарасының үстел пакеті (қатысушылар: %3, %4). Кілт ізі %5: оны әр үстелде салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Import desk package</source>
        <translation>Үстел пакетін импорттау</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Desk packages (*.json);;All files (*)</source>
        <translation>Үстел пакеттері (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the desk package</source>
        <translation>Үстел пакетін оқу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk package was not imported: %1</source>
        <translation>Үстел пакеті импортталмады: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is sealed. Passphrase:</source>
        <translation>%1 қорғалған. Құпия фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase for %1 (or the file was changed). Passphrase:</source>
        <translation>%1 үшін құпия фраза қате (немесе файл өзгертілген). Құпия фраза:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: desk package of %2 imported: %3 attendees, %4 revoked codes. Key fingerprint %5: compare it with the badge station.</source>
        <translation>%1: %2 іс-шарасының үстел пакеті импортталды (қатысушылар: %3, күші жойылған кодтар: %4). Кілт ізі %5: оны бейдж басу станциясымен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>DeskPanes</name>
    <message>
        <location filename="../../src/companion/ui/checkin/panes.py" line="+54"/>
        <source>Connection to the shared check-in server</source>
        <translation>Ортақ тіркеу серверіне қосылым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a badge: the scanner works whatever has focus on this page.</source>
        <translation>Бейджді сканерлеңіз: фокус осы беттің қай жерінде болса да, сканер жұмыс істейді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator: who is at this desk (kept in the log)</source>
        <translation>Оператор: осы үстелде кім отыр (журналда сақталады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, kept with each check-in</source>
        <translation>Сіздің аты-жөніңіз, әр тіркеумен бірге сақталады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo last check-in</source>
        <translation>Соңғы тіркеуді &amp;болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>Соңғы тіркеуді болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sound</source>
        <translation>&amp;Дыбыс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each verdict</source>
        <translation>Әр шешім кезінде дыбыс ойнату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full scr&amp;een</source>
        <translation>Толық &amp;экран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen (F11)</source>
        <translation>Толық экран (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit &amp;anyway…</source>
        <translation>Бәрібір &amp;өткізу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit the person whose badge was refused, with a reason</source>
        <translation>Бейджі қабылданбаған қатысушыны себебін көрсетіп өткізу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the badge? Find the person</source>
        <translation>Бейдж ұмытылды ма? Қатысушыны табыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd by name:</source>
        <translation>Аты-жөні бойынша &amp;іздеу:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a person by name</source>
        <translation>Қатысушыны аты-жөні бойынша іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, organisation or delegation, in any script</source>
        <translation>Аты-жөні, ұйымы немесе делегациясы, кез келген әліпбимен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People found</source>
        <translation>Табылған қатысушылар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in &amp;by hand…</source>
        <translation>&amp;Қолмен тіркеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in the chosen person by hand</source>
        <translation>Таңдалған қатысушыны қолмен тіркеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reprint badge</source>
        <translation>Бейджді қа&amp;йта басу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint the chosen person&apos;s badge</source>
        <translation>Таңдалған қатысушының бейджін қайта басу</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Checked in</source>
        <translation>Тіркелгендер</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>People checked in</source>
        <translation>Тіркелген қатысушылар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked in by category, delegation and desk</source>
        <translation>Санаттар, делегациялар және үстелдер бойынша тіркелгендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Күтілетін</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Admitted at two desks</source>
        <translation>Екі үстелде өткізілгендер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People admitted at more than one desk</source>
        <translation>Бірнеше үстелде өткізілген қатысушылар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../../src/companion/ui/reminders.py" line="+159"/>
        <source>Companion reminders</source>
        <translation>Companion еске салғыштары</translation>
    </message>
</context>
<context>
    <name>EventFile</name>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="+91"/>
        <source>a schedule.json needs a &apos;schedule&apos; object</source>
        <translation>schedule.json ішінде &apos;schedule&apos; объектісі болуы керек</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing or not an object</source>
        <translation>жоқ немесе объект емес</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing or not a list</source>
        <translation>жоқ немесе тізім емес</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_text.py" line="+21"/>
        <location filename="../../src/companion/sources/json_text.py" line="+33"/>
        <source>not UTF-8 text</source>
        <translation>бұл UTF-8 кодтауындағы мәтін емес</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_schedule.py" line="+60"/>
        <source>END:{name} does not close anything open (no END here expected)</source>
        <translation>END:{name} ашық ештеңені жаппайды (мұнда END күтілмейді)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>END:{name} does not close anything open (END:{open} expected)</source>
        <translation>END:{name} ашық ештеңені жаппайды (END:{open} күтіледі)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BEGIN:{name} is never closed (is the file truncated?)</source>
        <translation>BEGIN:{name} ешқайда жабылмаған (файл қиылып қалған ба?)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_text.py" line="+66"/>
        <source>not a readable iCalendar file: {detail}</source>
        <translation>iCalendar файлы оқылмайды: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/json_text.py" line="+5"/>
        <source>not valid JSON: {detail}</source>
        <translation>JSON жарамсыз: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number with {digits} digits is too long to read</source>
        <translation>{digits} цифрлы сан оқу үшін тым ұзын</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/companion_json.py" line="+140"/>
        <location filename="../../src/companion/sources/json_text.py" line="-2"/>
        <source>JSON nested too deeply</source>
        <translation>JSON тым терең кірістірілген</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="+63"/>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Companion event file</source>
        <translation>Companion іс-шара файлы</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_stars.py" line="+68"/>
        <source>not UTF-8 text, so not a calendar file</source>
        <translation>бұл UTF-8 кодтауындағы мәтін емес, демек күнтізбе файлы да емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a calendar file (no BEGIN:VCALENDAR)</source>
        <translation>бұл күнтізбе файлы емес (BEGIN:VCALENDAR жоқ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file ends before END:VCALENDAR (cut short?)</source>
        <translation>файл END:VCALENDAR жолына жетпей үзіледі (қиылып қалған ба?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a valid calendar file: {detail}</source>
        <translation>күнтізбе файлы жарамсыз: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no complete VCALENDAR (BEGIN and END lines do not match)</source>
        <translation>бірде-бір толық VCALENDAR жоқ (BEGIN және END жолдары сәйкес емес)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>event {uid}: {property}: {problem}</source>
        <translation>{uid} оқиғасы: {property}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="-17"/>
        <source>this is not a schedule Companion can read. It reads schedules exported by conference programme tools (frab or pretalx, as XML or JSON), calendar files (.ics) and Companion event files</source>
        <translation>бұл Companion оқи алатын бағдарлама емес. Ол конференция бағдарламасын жасайтын жүйелерден (frab немесе pretalx, XML не JSON түрінде) шығарылған бағдарламаларды, күнтізбе файлдарын (.ics) және Companion іс-шара файлдарын оқиды</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown time zone {zone} (use an IANA name like Europe/Berlin)</source>
        <translation>белгісіз уақыт белдеуі {zone} (Europe/Berlin сияқты IANA атауын көрсетіңіз)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>JSON, but neither a frab schedule.json (&apos;schedule&apos; key) nor a Companion event file ({keys})</source>
        <translation>бұл JSON, бірақ frab schedule.json (&apos;schedule&apos; кілті) да, Companion іс-шара файлы да емес ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/companion_json.py" line="-104"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+546"/>
        <source>unknown time zone {zone}</source>
        <translation>белгісіз уақыт белдеуі {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date and time: {value}</source>
        <translation>бұл күн мен уақыт емес: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date: {value}</source>
        <translation>бұл күн емес: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session id {id} is used twice</source>
        <translation>{id} сессия идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id {id} is used twice</source>
        <translation>{id} идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown session type {type}</source>
        <translation>белгісіз сессия түрі {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown room {room}</source>
        <translation>белгісіз зал {room}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown track {track}</source>
        <translation>белгісіз бағыт {track}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown person {person}</source>
        <translation>белгісіз адам {person}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown delegation {delegation}</source>
        <translation>белгісіз делегация {delegation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown source {source}</source>
        <translation>белгісіз дереккөз {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person}: unknown delegation {delegation}</source>
        <translation>{person}: белгісіз делегация {delegation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} names {delegation} but is not among its members</source>
        <translation>{person} {delegation} делегациясын көрсетеді, бірақ оның мүшелерінің қатарында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: unknown person {person}</source>
        <translation>{delegation}: белгісіз адам {person}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: head {person} is not a member</source>
        <translation>{delegation}: басшы {person} делегация мүшесі емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} is listed here but belongs to {delegation}</source>
        <translation>{person} осында көрсетілген, бірақ {delegation} делегациясына жатады</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the file must hold a JSON object</source>
        <translation>файлда JSON объектісі болуы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {expected}, found {found}</source>
        <translation>{expected} күтілген, бірақ {found} көрсетілген</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event file schema says: {detail}</source>
        <translation>іс-шара файлының схемасы бойынша тексеру: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event file schema says: {detail} (and {count} more problem)</source>
        <translation>іс-шара файлының схемасы бойынша тексеру: {detail} (тағы {count} қате бар)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event file schema says: {detail} (and {count} more problems)</source>
        <translation>іс-шара файлының схемасы бойынша тексеру: {detail} (тағы {count} қате бар)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>start and end must both be given or both be null</source>
        <translation>басталуы мен аяқталуы екеуі де көрсетілуі немесе екеуі де null болуы керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session ends before it starts</source>
        <translation>сессия басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a session with a time cannot be &apos;unknown&apos;</source>
        <translation>уақыты көрсетілген сессияның күйі &apos;unknown&apos; бола алмайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} needs a start and an end</source>
        <translation>{status} күйі үшін басталуы мен аяқталуы керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts on {start} but is listed on {day}</source>
        <translation>{start} басталады, бірақ {day} күнінде көрсетілген</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+520"/>
        <source>the schedule has no days and no dated sessions</source>
        <translation>бағдарламада күндер де, күні көрсетілген сессиялар да жоқ</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="+163"/>
        <source>cannot open {path}: {problem}</source>
        <translation>{path} файлын ашу мүмкін емес: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="+14"/>
        <source>cannot read {path}: {problem}</source>
        <translation>{path} файлын оқу мүмкін емес: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="-21"/>
        <source>cannot open event file {path}: {problem}</source>
        <translation>{path} іс-шара файлын ашу мүмкін емес: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_xml.py" line="+41"/>
        <source>not well-formed XML: {detail} (is the file in the encoding it declares?)</source>
        <translation>XML құрылымы қате: {detail} (файл өзінде жарияланған кодтауда ма?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not well-formed XML: {detail}</source>
        <translation>XML құрылымы қате: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refused unsafe XML ({kind}): entity declarations and external references are not allowed in a schedule</source>
        <translation>қауіпті XML қабылданбады ({kind}): бағдарламада XML entity жариялауларына және сыртқы сілтемелерге рұқсат жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable text encoding: {detail}</source>
        <translation>мәтін кодтауы оқылмайды: {detail}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the root element is not &lt;schedule&gt;</source>
        <translation>түбір элемент &lt;schedule&gt; емес</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/events.py" line="+34"/>
        <source>unexpected problem: {detail}</source>
        <translation>күтпеген қате: {detail}</translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="+93"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a schedule: frab XML, schedule.json, iCalendar or a Companion event</source>
        <translation>Бағдарламаны ашу: frab XML, schedule.json, iCalendar не Companion іс-шарасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Соңғылар&amp;ды ашу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;schedule.json…</source>
        <translation>&amp;schedule.json ретінде экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this event as a frab schedule.json for other schedule apps</source>
        <translation>Іс-шараны басқа бағдарлама қолданбалары үшін frab schedule.json ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/changes/entry.py" line="+55"/>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="+140"/>
        <source>Open schedule</source>
        <translation>Бағдарламаны ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules (*.xml *.json *.ics *.ical *.ifb);;All files (*)</source>
        <translation>Бағдарламалар (*.xml *.json *.ics *.ical *.ifb);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening schedule</source>
        <translation>Бағдарлама ашылуда</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Companion cannot open %1</source>
        <translation>Companion %1 файлын аша алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window still shows %1.</source>
        <translation>Терезеде бұрынғысынша %1 көрсетілген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule not opened</source>
        <translation>Бағдарлама ашылмады</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Times re-read in %1; the clock times did not change.</source>
        <translation>Уақыт %1 белдеуінде қайта оқылды; сессиялардың нақты уақыты өзгерген жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) changed since you last opened this event: see What changed.</source>
        <translation>
            <numerusform>Бұл іс-шараны соңғы ашқаннан бері %n сессия өзгерді: «Не өзгерді» бөлімін қараңыз.</numerusform>
            <numerusform>Бұл іс-шараны соңғы ашқаннан бері %n сессия өзгерді: «Не өзгерді» бөлімін қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No recent events</source>
        <translation>Соңғы іс-шаралар жоқ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export schedule.json</source>
        <translation>schedule.json ретінде экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>frab schedule.json (*.json)</source>
        <translation>frab schedule.json (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule not exported</source>
        <translation>Бағдарлама экспортталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion cannot write %1: %2</source>
        <translation>Companion %1 файлын жаза алмайды: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%1 файлына %n сессия жазылды.</numerusform>
            <numerusform>%1 файлына %n сессия жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with indicative times, marked as such in the title.</source>
        <translation>
            <numerusform>Оның %n сессиясының уақыты шамамен, бұл атауында белгіленген.</numerusform>
            <numerusform>Оның %n сессиясының уақыты шамамен, бұл атауында белгіленген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) left out because the format needs a date and a time that were not published:</source>
        <translation>
            <numerusform>%n сессия қосылмады: бұл пішімге күн мен уақыт керек, ал олар жарияланбаған:</numerusform>
            <numerusform>%n сессия қосылмады: бұл пішімге күн мен уақыт керек, ал олар жарияланбаған:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule exported</source>
        <translation>Бағдарлама экспортталды</translation>
    </message>
</context>
<context>
    <name>FilePlace</name>
    <message>
        <location filename="../../src/companion/sources/errors.py" line="+41"/>
        <source>line {line}</source>
        <translation>{line}-жол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, column {column}</source>
        <translation>{line}-жол, {column}-баған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}</source>
        <translation>{row}-жол</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte {byte}</source>
        <translation>{byte}-байт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line} (byte {byte})</source>
        <translation>{line}-жол ({byte}-байт)</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../src/companion/ui/file_problem.py" line="+20"/>
        <source>%1 (at %2): %3</source>
        <translation>%1 (орны: %2): %3</translation>
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
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>you have no permission to write there</source>
        <translation>ол жерге жазуға рұқсатыңыз жоқ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the disk or folder is read-only</source>
        <translation>диск не қалта тек оқуға арналған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>part of the path is a file, not a folder</source>
        <translation>жолдың бір бөлігі қалта емес, файл</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the file name is too long</source>
        <translation>файл атауы тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your disk quota is used up</source>
        <translation>диск квотаңыз таусылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for this disk</source>
        <translation>файл бұл диск үшін тым үлкен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an input/output error</source>
        <translation>диск енгізу-шығару қатесі туралы хабарлады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path has a symbolic link that is not followed</source>
        <translation>жолда символдық сілтеме бар, ал сілтемелерге өтілмейді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file does not exist</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>you have no permission to read it</source>
        <translation>файлды оқуға рұқсатыңыз жоқ</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+15"/>
        <location filename="../../src/companion/sources/reading.py" line="+39"/>
        <source>this is a folder, not a file</source>
        <translation>бұл файл емес, қалта</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="-10"/>
        <source>{file} at {place}: {problem}</source>
        <translation>{file}, {place}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/reading.py" line="-3"/>
        <source>the file is {size} MB; the limit is {limit} MB</source>
        <translation>файл көлемі {size} МБ; шегі — {limit} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is larger than {limit} MB (the limit)</source>
        <translation>көлемі {limit} МБ шегінен асады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a device, not a file</source>
        <translation>бұл файл емес, құрылғы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a special file (a socket or the like), not a file</source>
        <translation>бұл кәдімгі файл емес, арнайы файл (сокет не соған ұқсас)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it sent nothing for {seconds} s</source>
        <translation>{seconds} с бойы ешқандай дерек келмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was still sending after {seconds} s</source>
        <translation>{seconds} с өткен соң да дерек келе берді</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/companion/sources/report.py" line="+79"/>
        <source>sessions: {sessions}, days: {days}, rooms: {rooms}, people: {people}, tracks: {tracks}</source>
        <translation>сессиялар: {sessions}, күндер: {days}, залдар: {rooms}, қатысушылар: {people}, бағыттар: {tracks}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone {zone}: {reason}</source>
        <translation>Уақыт белдеуі {zone}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped items: {count}</source>
        <translation>Өткізіп жіберілген элементтер: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing skipped.</source>
        <translation>Ештеңе өткізіп жіберілмеді.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="-65"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="-813"/>
        <source>the file names it ({field})</source>
        <translation>файлда көрсетілген ({field})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/value_limits.py" line="+19"/>
        <source>{value} is out of range (dates from the year {first} to {last} are read)</source>
        <translation>{value} рұқсат етілген ауқымнан тыс ({first}–{last} жылдар аралығындағы күндер оқылады)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+5"/>
        <source>The file names the zone {zone}, which is not a known IANA zone.</source>
        <translation>Файлда {zone} белдеуі көрсетілген, бірақ ондай IANA белдеуі жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone; chosen by you</source>
        <translation>файлда белдеу көрсетілмеген; оны өзіңіз таңдадыңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file names no zone; every session date carries the offset {offset}</source>
        <translation>файлда белдеу көрсетілмеген; барлық сессия күндерінде {offset} ығысуы бар</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone and its dates carry offsets {offsets}; times are shown in UTC (choose the conference&apos;s zone to see local times)</source>
        <translation>файлда белдеу көрсетілмеген, ал күндерінде {offsets} ығысулары бар; уақыт UTC бойынша көрсетілді (жергілікті уақытты көру үшін конференция белдеуін таңдаңыз)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone; times are read as UTC (choose the conference&apos;s zone if that is wrong)</source>
        <translation>файлда белдеу көрсетілмеген; уақыт UTC ретінде оқылды (бұл қате болса, конференция белдеуін таңдаңыз)</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>day_change {value} is not a time of day; ignored.</source>
        <translation>day_change {value} тәулік уақыты емес; ескерілмеді.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>day date {value} is not a date; its sessions need their own</source>
        <translation>күннің күні {value} жарамды күн емес; оның сессияларында өз күні болуы керек</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>date {value} is not an ISO date and time</source>
        <translation>date {value} ISO пішіміндегі күн мен уақыт емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start {value} is not a time of day</source>
        <translation>start {value} тәулік уақыты емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date {value} is not a date</source>
        <translation>date {value} жарамды күн емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start time without a day</source>
        <translation>күні жоқ басталу уақыты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>end {value} is not an ISO date and time</source>
        <translation>end {value} ISO пішіміндегі күн мен уақыт емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration {value} is not hours:minutes</source>
        <translation>duration {value} сағат:минут пішімінде емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it ends before it starts</source>
        <translation>басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no title</source>
        <translation>атауы жоқ</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="+303"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+14"/>
        <source>{place}: {problem}; listed without a time.</source>
        <translation>{place}: {problem}; уақытсыз көрсетілді.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+21"/>
        <source>the same session as an earlier one (id {id})</source>
        <translation>жоғарыдағы сессиямен бірдей (id {id})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+60"/>
        <source>{count} session shares an id with an earlier, different session (a repeated workshop); it got an id ending in ~2</source>
        <translation>Басқа, ертеректегі сессиямен id-і бірдей сессиялар (қайталанатын семинарлар): {count}; оларға ~2, ~3 … деп аяқталатын id берілді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sessions share an id with an earlier, different session (repeated workshops); they got ids ending in ~2, ~3 …</source>
        <translation>Басқа, ертеректегі сессиямен id-і бірдей сессиялар (қайталанатын семинарлар): {count}; оларға ~2, ~3 … деп аяқталатын id берілді.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} session gives a start that differs from its date converted to {zone}; the date with its UTC offset was used.</source>
        <translation>Басталу уақыты {zone} белдеуіне келтірілген күнімен сәйкес келмейтін сессиялар: {count}; UTC ығысуы бар күн алынды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sessions give a start that differs from their date converted to {zone}; the date with its UTC offset was used.</source>
        <translation>Басталу уақыты {zone} белдеуіне келтірілген күнімен сәйкес келмейтін сессиялар: {count}; UTC ығысуы бар күн алынды.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{count} session has no readable time and is listed without one.</source>
        <translation>Уақыты оқылмайтын сессиялар: {count}; олар уақытсыз көрсетілді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} sessions have no readable time and are listed without one.</source>
        <translation>Уақыты оқылмайтын сессиялар: {count}; олар уақытсыз көрсетілді.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_schedule.py" line="-39"/>
        <source>iCalendar schedule</source>
        <translation>iCalendar бағдарламасы</translation>
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
        <translation>{line}-жол (VEVENT {number}, UID {uid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} (VEVENT {number})</source>
        <translation>{line}-жол (VEVENT {number})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>marked STATUS:CANCELLED in the file</source>
        <translation>файлда STATUS:CANCELLED деп белгіленген</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{place}: DTEND is a date but DTSTART a time; the end was ignored.</source>
        <translation>{place}: DTEND — күн, ал DTSTART — уақыт; аяқталуы ескерілмеді.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{place}: DTSTART is not a date or time; listed without a time.</source>
        <translation>{place}: DTSTART күн де, уақыт та емес; уақытсыз көрсетілді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: no DTSTART; listed without a time.</source>
        <translation>{place}: DTSTART жоқ; уақытсыз көрсетілді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TZID of the start times</source>
        <translation>басталу уақыттарының TZID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start times use several zones ({others} besides {zone}); all are shown in {zone}.</source>
        <translation>Басталу уақыттары бірнеше белдеуде берілген ({zone} белдеуінен бөлек {others}); барлығы {zone} белдеуінде көрсетілді.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TZID {tzid} ({count} time) is neither an IANA zone nor defined in the file; that time was read in the event&apos;s zone.</source>
        <translation>TZID {tzid} ({count} рет) IANA белдеуі емес және файлда анықталмаған; бұл уақыттар іс-шара белдеуінде оқылды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TZID {tzid} ({count} times) is neither an IANA zone nor defined in the file; those times were read in the event&apos;s zone.</source>
        <translation>TZID {tzid} ({count} рет) IANA белдеуі емес және файлда анықталмаған; бұл уақыттар іс-шара белдеуінде оқылды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} start time is given in UTC.</source>
        <translation>Басталу уақыты UTC бойынша берілген (жазбалар саны: {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} start times are given in UTC.</source>
        <translation>Басталу уақыты UTC бойынша берілген (жазбалар саны: {count}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} repeating entry (RRULE) is listed at its first occurrence only.</source>
        <translation>Қайталанатын жазбалар (RRULE): {count}; әрқайсысы тек бірінші рет көрсетілді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} repeating entries (RRULE) are listed at their first occurrence only.</source>
        <translation>Қайталанатын жазбалар (RRULE): {count}; әрқайсысы тек бірінші рет көрсетілді.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_xml.py" line="-61"/>
        <source>frab schedule XML</source>
        <translation>frab бағдарламасы (XML)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="-397"/>
        <source>frab schedule.json</source>
        <translation>frab schedule.json</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a day that is not an object</source>
        <translation>объект емес күн</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an object of room name to sessions; the day&apos;s sessions were skipped</source>
        <translation>«зал атауы → сессиялар» объектісі емес; осы күннің сессиялары өткізіп жіберілді</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a list of sessions</source>
        <translation>сессиялар тізімі емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a session that is not an object</source>
        <translation>объект емес сессия</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/companion/ui/import_report.py" line="+59"/>
        <source>Schedule opened</source>
        <translation>Бағдарлама ашылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions:</source>
        <translation>Сессиялар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Күндер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms:</source>
        <translation>Залдар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Қатысушылар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks:</source>
        <translation>Бағыттар:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone:</source>
        <translation>Уақыт белдеуі:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time zone of this schedule</source>
        <translation>Осы бағдарламаның уақыт белдеуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the times in &amp;zone:</source>
        <translation>Уақытты мына &amp;белдеумен оқу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload in this zone</source>
        <translation>Осы белдеумен &amp;қайта жүктеу</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Skipped %n item(s) and noted:</source>
        <translation>
            <numerusform>%n элемент өткізіп жіберілді, ескертулер:</numerusform>
            <numerusform>%n элемент өткізіп жіберілді, ескертулер:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing skipped.</source>
        <translation>Ештеңе өткізіп жіберілмеді.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes:</source>
        <translation>Ескертулер:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped items and notes</source>
        <translation>Өткізіп жіберілген элементтер мен ескертулер</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>named in the file</source>
        <translation>файлда көрсетілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; chosen by you</source>
        <translation>файлда көрсетілмеген; өзіңіз таңдадыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; inferred from the UTC offset of its dates</source>
        <translation>файлда көрсетілмеген; күндерінің UTC ығысуы бойынша анықталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; UTC assumed. Choose the conference&apos;s zone below if that is wrong</source>
        <translation>файлда көрсетілмеген; UTC деп алынды. Қате болса, төменнен конференцияның белдеуін таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a time zone name such as Europe/Brussels.</source>
        <translation>«%1» — Europe/Brussels сияқты уақыт белдеуінің атауы емес.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../src/companion/services/jobs.py" line="+102"/>
        <source>{task} stopped because of an unexpected problem in Companion ({kind}). Nothing was changed by the part that failed; the details are in the log file.</source>
        <translation>{task}: Companion ішіндегі күтпеген қатеге байланысты жұмыс тоқтады ({kind}). Қате болған бөлік ештеңені өзгертпеді; толық мәлімет журнал файлында.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/calendar_export.py" line="-253"/>
        <source>Writing the calendar file</source>
        <translation>Күнтізбе файлын жазу</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="-280"/>
        <source>Opening the schedule</source>
        <translation>Бағдарламаны ашу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing the event with the version seen last time</source>
        <translation>Іс-шараны өткен жолы көрген нұсқамен салыстыру</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="-47"/>
        <source>Downloading the schedule</source>
        <translation>Бағдарламаны жүктеп алу</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../src/companion/ui/language.py" line="+161"/>
        <source>Lan&amp;guage</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the window</source>
        <translation>Терезенің тілін таңдау</translation>
    </message>
</context>
<context>
    <name>LegendEntries</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/agenda/legend.py" line="+92"/>
        <source>+%n more</source>
        <translation>
            <numerusform>тағы %n</numerusform>
            <numerusform>тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="+246"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agenda</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location line="+304"/>
        <source>%1 — Companion</source>
        <translation>%1 — Companion</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this &amp;event</source>
        <translation>Іс-шара &amp;туралы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Companion</source>
        <translation>Companion т&amp;уралы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search titles, topics, people, organisations… (Ctrl+F)</source>
        <translation>Атаулар, тақырыптар, қатысушылар, ұйымдар бойынша іздеу… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fin&amp;d…</source>
        <translation>&amp;Табу…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Jump to now</source>
        <translation>&amp;Қазіргіге өту</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Next day</source>
        <translation>&amp;Келесі күн</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous day</source>
        <translation>Ал&amp;дыңғы күн</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../src/companion/ui/delegations/model.py" line="+62"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(head of delegation)</source>
        <translation>(делегация басшысы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Жарияланбаған</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/companion/ui/message_bar.py" line="+43"/>
        <source>Dismiss (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Хабарды жабу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
</context>
<context>
    <name>MyAgenda</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/model.py" line="+79"/>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>MyAgendaFeature</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/feature.py" line="+62"/>
        <source>My agenda</source>
        <translation>Менің бағдарламам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>&amp;Қалтада көрсету</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+161"/>
        <source>Add to calendar</source>
        <translation>Күнтізбеге қосу</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+133"/>
        <source>Open this session in your calendar application</source>
        <translation>Осы сессияны күнтізбе қолданбасында ашу</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save sessions as a calendar file (.ics): this one, starred, a day…</source>
        <translation>Сессияларды күнтізбе файлына (.ics) сақтау: осы, белгіленгендер, бір күн…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Star or unstar session</source>
        <translation>Сессияны &amp;белгілеу не белгіні алу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export calendar file…</source>
        <translation>Күнтізбе файлын &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import stars from calendar file…</source>
        <translation>Белгілерді күнтізбе файлынан &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminders…</source>
        <translation>Еске сал&amp;ғыштар…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select a session to star it.</source>
        <translation>Белгілеу үшін сессияны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starred: %1</source>
        <translation>Белгіленді: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstarred: %1</source>
        <translation>Белгі алынды: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starred “%1”. It may clash with %2 (indicative times).</source>
        <translation>«%1» белгіленді. %2 сессиясымен қабаттасуы мүмкін (уақыты шамамен).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starred “%1”. It clashes with %2.</source>
        <translation>«%1» белгіленді. %2 сессиясымен қабаттасады.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+26"/>
        <source>No date was published for this session, so it cannot be added to a calendar yet.</source>
        <translation>Бұл сессияның күні жарияланбаған, сондықтан оны әзірге күнтізбеге қосу мүмкін емес.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>★ Starred</source>
        <translation>★ Белгіленген</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Star</source>
        <translation>☆ Белгілеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from My agenda (Ctrl+D)</source>
        <translation>Менің бағдарламамнан алып тастау (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to My agenda (Ctrl+D)</source>
        <translation>Менің бағдарламама қосу (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starred</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Star</source>
        <translation>Белгілеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unstar</source>
        <translation>Белгіні алу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar (no date published)</source>
        <translation>Күнтізбеге қосу (күні жарияланбаған)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Save calendar file</source>
        <translation>Күнтізбе файлын сақтау</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar file not saved</source>
        <translation>Күнтізбе файлы сақталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion could not write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar file saved as %1.</source>
        <translation>Күнтізбе файлы %1 ретінде сақталды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import stars from calendar file</source>
        <translation>Белгілерді күнтізбе файлынан импорттау</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar файлдары (*.ics);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Companion cannot read %1

Your stars are unchanged.</source>
        <translation>Companion %1 файлын оқи алмайды

Белгілеріңіз өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stars not imported</source>
        <translation>Белгілер импортталмады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred from the file: %1</source>
        <translation>Файл бойынша белгіленді: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already starred: %1</source>
        <translation>бұрын белгіленген: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the current programme: %1</source>
        <translation>қазіргі бағдарламада жоқ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions of other events skipped: %1</source>
        <translation>басқа іс-шаралардың өткізіп жіберілген сессиялары: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries not written by Companion, ignored: %1</source>
        <translation>Companion жазбаған, еленбеген жазбалар: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stars found</source>
        <translation>Белгілер табылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no session of this event.</source>
        <translation>%1 ішінде осы іс-шараның сессиялары жоқ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders off.</source>
        <translation>Еске салғыштар өшірулі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders %1 min before each starred session.</source>
        <translation>Әр белгіленген сессияға %1 мин қалғанда еске салу.</translation>
    </message>
</context>
<context>
    <name>MyAgendaModel</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/model.py" line="+77"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes</source>
        <translation>Қабаттасулар</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starred: %1</source>
        <translation>Белгіленді: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clashing: %1</source>
        <translation>қабаттасатындар: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free time · %1</source>
        <translation>Бос уақыт · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free time from %1 to %2</source>
        <translation>Бос уақыт: %1 – %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May clash with %1 (indicative times)</source>
        <translation>%1 сессиясымен қабаттасуы мүмкін (уақыты шамамен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes with %1</source>
        <translation>%1 сессиясымен қабаттасады</translation>
    </message>
</context>
<context>
    <name>MyAgendaPage</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/page.py" line="+53"/>
        <source>My agenda summary</source>
        <translation>Менің бағдарламамның қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar</source>
        <translation>Күнтізбеге қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the starred sessions in your calendar application</source>
        <translation>Белгіленген сессияларды күнтізбе қолданбасында ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the starred sessions as a calendar file (.ics)</source>
        <translation>Белгіленген сессияларды күнтізбе файлына (.ics) сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import stars…</source>
        <translation>Белгілерді импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star the sessions of a calendar file Companion exported</source>
        <translation>Companion экспорттаған күнтізбе файлындағы сессияларды белгілеу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred sessions</source>
        <translation>Белгіленген сессиялар</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+107"/>
        <source>Unstar</source>
        <translation>Белгіні алу</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Remove the selected session from My agenda (Delete)</source>
        <translation>Таңдалған сессияны менің бағдарламамнан алып тастау (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in agenda</source>
        <translation>Бағдарламада көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session in the Agenda page (Enter)</source>
        <translation>Таңдалған сессияны «Бағдарлама» бетінде ашу (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My agenda</source>
        <translation>Менің бағдарламам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No starred sessions yet.

Star a session in the Agenda with the ☆ column, the Star button in its details, the timeline&apos;s context menu, or Ctrl+D.</source>
        <translation>Әзірге белгіленген сессиялар жоқ.

Сессияны бағдарламада белгілеңіз: ☆ бағаны, мәліметтеріндегі «Белгілеу» түймесі, уақыт шкаласының мәтінмәндік мәзірі немесе Ctrl+D.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starred sessions no longer in the programme</source>
        <translation>Бағдарламада енді жоқ белгіленген сессиялар</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Starred sessions: %1</source>
        <translation>Белгіленген сессиялар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clashes: %1, flagged on both sessions</source>
        <translation>қабаттасулар: %1, екі сессияда да белгіленген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no clashes</source>
        <translation>қабаттасу жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times in %1</source>
        <translation>уақыты: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n no longer in the programme</source>
        <translation>
            <numerusform>%n енді бағдарламада жоқ</numerusform>
            <numerusform>%n енді бағдарламада жоқ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My agenda is empty.</source>
        <translation>Менің бағдарламам бос.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>title not known (id %1)</source>
        <translation>атауы белгісіз (id %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in the programme: “%1”. Your star is kept in case it returns.</source>
        <translation>Енді бағдарламада жоқ: «%1». Сессия қайта оралса деп белгіңіз сақталды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unstar “%1”</source>
        <translation>«%1» белгісін алу</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/companion/ui/navigation.py" line="+60"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>Ал&amp;ға</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Back to %1 (Alt+Left)</source>
        <translation>Артқа: %1 (Alt+Солға)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to %1 (Alt+Right)</source>
        <translation>Алға: %1 (Alt+Оңға)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
</context>
<context>
    <name>NowNextPanel</name>
    <message>
        <location filename="../../src/companion/ui/agenda/now_next.py" line="+48"/>
        <source>Now and next</source>
        <translation>Қазір және келесі</translation>
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
            <numerusform>Бүгін уақыты жарияланбаған %n сессия</numerusform>
            <numerusform>Бүгін уақыты жарияланбаған %n сессия</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing in the published programme</source>
        <translation>жарияланған бағдарламада ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing more in the published programme</source>
        <translation>жарияланған бағдарламада басқа ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>and %1 more</source>
        <translation>және тағы %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="-4"/>
        <source>Now</source>
        <extracomment>src/companion/ui/agenda/now_next.py:80</extracomment>
        <translation>Қазір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <extracomment>src/companion/ui/agenda/now_next.py:81</extracomment>
        <translation>Келесі</translation>
    </message>
</context>
<context>
    <name>PeopleFeature</name>
    <message>
        <location filename="../../src/companion/ui/navigation.py" line="+25"/>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/companion/ui/people/page.py" line="+55"/>
        <source>Filter by any spelling of a name, role or organisation</source>
        <translation>Аты-жөнінің, рөлдің не ұйымның кез келген жазылуы бойынша сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Қатысушыларды сүзу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of people shown</source>
        <translation>Көрсетілген қатысушылар саны</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 people named in the sources</source>
        <translation>Дереккөздерде аталған қатысушылар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 people</source>
        <translation>%2 қатысушының %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not published for anyone: %1</source>
        <translation>ешкім үшін жарияланбаған: %1</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/companion/ui/people/model.py" line="+113"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also spelled</source>
        <translation>Басқаша жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session published</source>
        <translation>Сессиялар жарияланбаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session</source>
        <translation>1 сессия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sessions</source>
        <translation>%1 сессия</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Not published</source>
        <translation>Жарияланбаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None published</source>
        <translation>Жарияланбаған</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <location line="-115"/>
        <location filename="../../src/companion/ui/session/detail.py" line="+285"/>
        <source>* Companion&apos;s transliteration: no source publishes this name in this alphabet.</source>
        <translation>* Companion жасаған транслитерация: ешбір дереккөз бұл аты-жөнін осы әліпбимен жарияламаған.</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../src/companion/ui/people/person_detail.py" line="+72"/>
        <source>Person details</source>
        <translation>Қатысушы туралы мәлімет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported spellings</source>
        <translation>Хабарламалардағы жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role and organisation</source>
        <translation>Рөлі мен ұйымы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open delegation</source>
        <translation>Делегацияны ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation published</source>
        <translation>Делегациясы жарияланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions of this person</source>
        <translation>Осы қатысушының сессиялары</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>No session published</source>
        <translation>Сессиялар жарияланбаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person to see who they are and where they take part.</source>
        <translation>Кім екенін және қайда қатысатынын көру үшін қатысушыны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Жарияланбаған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open delegation %1</source>
        <translation>Делегацияны ашу: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No source listed.</source>
        <translation>Дереккөздер көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+4"/>
        <source>Delegation</source>
        <extracomment>src/companion/ui/people/person_detail.py:80</extracomment>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also spelled</source>
        <extracomment>src/companion/ui/people/person_detail.py:150</extracomment>
        <translation>Басқаша жазылуы</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../src/companion/ui/badges/printing.py" line="+34"/>
        <source>The badge PDF could not be read again: %1</source>
        <translation>Бейдждер PDF-ін қайта оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>PrintLogDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+85"/>
        <location line="+11"/>
        <source>Print log</source>
        <translation>Басып шығару журналы</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Printed</source>
        <translation>Басылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as PDF (not printed)</source>
        <translation>PDF ретінде сақталды (басылмаған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as printed</source>
        <translation>Басылды деп белгіленді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Бланк түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No badge has been printed or saved yet.</source>
        <translation>Әзірге бірде-бір бейдж басылған да, сақталған да жоқ.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../src/companion/ui/reminders.py" line="+31"/>
        <source>Reminders</source>
        <translation>Еске салғыштар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me before my starred sessions</source>
        <translation>Белгіленген сессияларым алдында еске салу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes before</source>
        <translation> минут бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes before the session</source>
        <translation>Сессияға дейінгі минуттар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders come while Companion is running, as a desktop notification where your desktop has one, otherwise as a notice in the window. Sessions without a published time get none.</source>
        <translation>Еске салғыштар Companion жұмыс істеп тұрғанда келеді: жұмыс үстелінде хабарландыру болса, солай, болмаса терезедегі хабар ретінде. Уақыты жарияланбаған сессияларға еске салғыш берілмейді.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location line="-66"/>
        <source>Starts in %1 min</source>
        <translation>%1 минуттан кейін басталады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(indicative time)</source>
        <translation>(шамамен уақыт)</translation>
    </message>
</context>
<context>
    <name>SavedData</name>
    <message>
        <location filename="../../src/companion/store/database.py" line="+74"/>
        <location line="+16"/>
        <source>cannot open {path}: {detail}</source>
        <translation>{path} файлын ашу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{path} is in use by another Companion (a window or a command) and stayed locked for {seconds} seconds; try again when it has finished</source>
        <translation>{path} файлын басқа Companion (терезе не команда) пайдаланып жатыр, ол {seconds} секунд бойы құлыптаулы тұрды; ол жұмысын аяқтаған соң қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a readable database: {detail}</source>
        <translation>{path} оқылатын дерекқор емес: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save to {path}: the disk is full (nothing was changed; free some space and try again)</source>
        <translation>{path} файлына сақтау мүмкін емес: диск толы (ештеңе өзгертілмеді; орын босатып, қайталап көріңіз)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot save to {path}: the data folder is read-only (showing and exporting still work)</source>
        <translation>{path} файлына сақтау мүмкін емес: деректер қалтасы тек оқуға арналған (көрсету мен экспорттау бұрынғыша жұмыс істейді)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot use {path}: the disk reported an input/output error ({detail})</source>
        <translation>{path} файлын пайдалану мүмкін емес: диск енгізу-шығару қатесі туралы хабарлады ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a symbolic link; Companion does not follow links in its data folder</source>
        <translation>{path} — символдық сілтеме; Companion өз деректер қалтасындағы сілтемелерге өтпейді</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>the saved data was written by a newer Companion (schema version {found}; this version knows up to {known})</source>
        <translation>сақталған деректерді Companion-ның жаңарақ нұсқасы жазған (схема нұсқасы {found}; бұл нұсқа схемаларды тек {known}-нұсқаға дейін қолдайды)</translation>
    </message>
</context>
<context>
    <name>ScheduleExport</name>
    <message>
        <location filename="../../src/companion/exports/schedule_json.py" line="+170"/>
        <source>no published date</source>
        <translation>күні жарияланбаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no published clock time</source>
        <translation>уақыты жарияланбаған</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/companion/ui/search_results.py" line="+176"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head: %1</source>
        <translation>басшысы: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>head not published</source>
        <translation>басшысы жарияланбаған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 (%2, first %3 shown)</source>
        <translation>%1 (%2, алғашқы %3 көрсетілген)</translation>
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
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ ↑ choose · Enter open · Esc clear</source>
        <translation>↓ ↑ таңдау · Enter ашу · Esc тазарту</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="-178"/>
        <source>Session details</source>
        <translation>Сессия туралы мәлімет</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Published title</source>
        <translation>Жарияланған атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title above is Companion&apos;s translation; no title was published in this language.</source>
        <translation>Жоғарыдағы атау — Companion аудармасы; бұл тілде атауы жарияланбаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title above describes the session; no title was published in this language.</source>
        <translation>Жоғарыдағы атау сессияны сипаттайды; бұл тілде атауы жарияланбаған.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Descriptive title</source>
        <translation>Сипаттамалық атау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the official title was not published</source>
        <translation>ресми атауы жарияланбаған</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time not published</source>
        <translation>Күні мен уақыты жарияланбаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · time not published</source>
        <translation>%1 · уақыты жарияланбаған</translation>
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
        <translation>Дереккөздер (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the sources</source>
        <translation>Дереккөздерді жасыру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the sources</source>
        <translation>Дереккөздерді көрсету</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Venue not published</source>
        <translation>Өтетін орны жарияланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organised by</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No source gives the day of this session.</source>
        <translation>Бұл сессияның күнін ешбір дереккөз атамайды.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>Select a session to see its details.</source>
        <extracomment>src/companion/ui/session/detail.py:145</extracomment>
        <translation>Мәліметтерін көру үшін сессияны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicative time</source>
        <extracomment>src/companion/ui/session/detail.py:203</extracomment>
        <translation>Шамамен алынған уақыт</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="-55"/>
        <source>no source gives the clock time; the slot follows the reported order of the day.</source>
        <translation>нақты уақытты ешбір дереккөз атамайды; уақыт аралығы хабарланған күн тәртібінің ретімен қойылған.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>People</source>
        <extracomment>src/companion/ui/session/detail.py:222</extracomment>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No people were named for this session.</source>
        <extracomment>src/companion/ui/session/detail.py:244</extracomment>
        <translation>Бұл сессияға ешкім аталмаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <extracomment>src/companion/ui/session/detail.py:249</extracomment>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <extracomment>src/companion/ui/session/detail.py:253</extracomment>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <extracomment>src/companion/ui/session/detail.py:261</extracomment>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="+72"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>No source listed.</source>
        <extracomment>src/companion/ui/session/detail.py:279</extracomment>
        <translation>Дереккөздер көрсетілмеген.</translation>
    </message>
</context>
<context>
    <name>SessionLinksModel</name>
    <message>
        <location filename="../../src/companion/ui/people/session_links.py" line="+51"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../src/companion/ui/models/sessions.py" line="+600"/>
        <source>Indicative time: no source gives the clock time; the slot follows the day&apos;s order.</source>
        <translation>Шамамен алынған уақыт: ешбір дереккөз нақты уақытты атамайды; аралық күн барысының ретіне қарай қойылған.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-202"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/my_agenda/star_column.py" line="+57"/>
        <source>Starred</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not starred</source>
        <translation>Белгіленбеген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starred: click or press Space to unstar</source>
        <translation>Белгіленген: белгіні алу үшін шертіңіз не Бос орын пернесін басыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Space to star</source>
        <translation>Белгілеу үшін шертіңіз не Бос орын пернесін басыңыз</translation>
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
        <translation>Күні жарияланбаған</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time not published</source>
        <translation>Уақыты жарияланбаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1 (indicative)</source>
        <translation>~%1 (шамамен)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room not published</source>
        <translation>Залы жарияланбаған</translation>
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
        <translation>{address} — веб-мекенжай емес (ол http:// немесе https:// деп басталуы керек)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server answered {status} {reason}</source>
        <translation>{address}: сервер {status} {reason} деп жауап берді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: cannot reach the server ({reason})</source>
        <translation>{address}: серверге қосылу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the secure connection could not be verified ({reason})</source>
        <translation>{address}: қорғалған қосылымды тексеру мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download took longer than {seconds} s and was stopped</source>
        <translation>{address}: жүктеп алу {seconds} секундтан ұзаққа созылғандықтан тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the schedule is larger than {limit} MB and was not kept</source>
        <translation>{address}: бағдарлама {limit} МБ-тан үлкен, сондықтан сақталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download was cut short ({got} of {expected} bytes)</source>
        <translation>{address}: жүктеп алу үзіліп қалды ({expected} байттың {got} байты алынды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download was broken ({reason})</source>
        <translation>{address}: жүктеп алу қатемен аяқталды ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: too many redirects (more than {limit})</source>
        <translation>{address}: қайта бағыттау тым көп ({limit} реттен артық)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the server redirected a secure address to an insecure one ({target}); not followed</source>
        <translation>{address}: сервер қорғалған мекенжайдан қорғалмаған мекенжайға ({target}) қайта бағыттады; оған өтілмеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server redirected to {target}, which is not a web address</source>
        <translation>{address}: сервер {target} мекенжайына қайта бағыттады, ал ол веб-мекенжай емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server used a compression Companion does not read ({encoding})</source>
        <translation>{address}: сервер Companion оқи алмайтын сығу әдісін қолданды ({encoding})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server sent a web page, not a schedule (an error or sign-in page?)</source>
        <translation>{address}: сервер бағдарлама емес, веб-бет жіберді (қате не кіру беті ме?)</translation>
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
        <translation>{address} жазылымдар қатарында жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: no copy was ever downloaded</source>
        <translation>{address}: көшірме әлі бірде-бір рет жүктеп алынбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the saved copy cannot be read ({problem})</source>
        <translation>{address}: сақталған көшірмені оқу мүмкін емес ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the copy cannot be saved ({problem})</source>
        <translation>{address}: көшірмені сақтау мүмкін емес ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the new version has {new} sessions instead of {old}</source>
        <translation>{address}: жаңа нұсқада {old} орнына {new} сессия бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy fetched {age} is kept.</source>
        <translation>{age} жүктеп алынған көшірме сақталды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the copy of {address} fetched {age}: {why}</source>
        <translation>{address} мекенжайынан {age} жүктеп алынған көшірме көрсетілген: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} min ago</source>
        <translation>{count} мин бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} h ago</source>
        <translation>{count} сағ бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} d ago</source>
        <translation>{count} күн бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
</context>
<context>
    <name>SubscriptionsController</name>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="+154"/>
        <source>Open &amp;address…</source>
        <translation>&amp;Мекенжай бойынша ашу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a schedule from its web address and keep it up to date</source>
        <translation>Бағдарламаны веб-мекенжайы бойынша ашу және оны үнемі жаңартып отыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the schedule shown again from its address</source>
        <translation>Көрсетілген бағдарламаны мекенжайынан қайта жүктеп алу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bscriptions…</source>
        <translation>Жазы&amp;лымдар…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The event shown has no address to refresh from.</source>
        <translation>Көрсетілген іс-шараның жаңартуға арналған мекенжайы жоқ.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Downloading %1…</source>
        <translation>%1 жүктеп алынуда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading schedule</source>
        <translation>Бағдарлама жүктеп алынуда</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The schedule has not changed.</source>
        <translation>Бағдарлама өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new version was downloaded; no session changed.</source>
        <translation>Жаңа нұсқа жүктеп алынды; бірде-бір сессия өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new version of %1 has %2 session(s) instead of %3. Replace the copy you have with it?</source>
        <translation>%1: жаңа нұсқада %3 орнына %2 сессия бар. Қазіргі көшірмені осы нұсқамен ауыстырасыз ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most sessions gone</source>
        <translation>Сессиялардың көбі жоғалды</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Companion cannot download %1</source>
        <translation>Companion %1 мекенжайынан жүктеп ала алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window still shows %1.</source>
        <translation>Терезеде бұрынғыша көрсетіліп тұр: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule not downloaded</source>
        <translation>Бағдарлама жүктеп алынбады</translation>
    </message>
</context>
<context>
    <name>SubscriptionsDialog</name>
    <message>
        <location line="-246"/>
        <source>Subscriptions</source>
        <translation>Жазылымдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No subscriptions yet: use File → Open address…</source>
        <translation>Әзірге жазылымдар жоқ: «Файл → Мекенжай бойынша ашу…» пәрменін таңдаңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only on demand</source>
        <translation>Тек қолмен</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n минут сайын</numerusform>
            <numerusform>%n минут сайын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n сағат сайын</numerusform>
            <numerusform>%n сағат сайын</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fetched %1</source>
        <translation>%1 жүктеп алынды</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../src/companion/ui/agenda/timeline_bar.py" line="+39"/>
        <location line="+14"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Zoom out (Ctrl+minus or Ctrl+wheel): more rooms and hours</source>
        <translation>Кішірейту (Ctrl+минус немесе Ctrl+дөңгелек): көбірек зал мен сағат</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Zoom in (Ctrl+plus or Ctrl+wheel)</source>
        <translation>Үлкейту (Ctrl+плюс немесе Ctrl+дөңгелек)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tracks: %1 of %2</source>
        <translation>Бағыттар: %2 ішінен %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks: all %1</source>
        <translation>Бағыттар: барлығы (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms: %1 of %2</source>
        <translation>Залдар: %2 ішінен %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms: all %1</source>
        <translation>Залдар: барлығы (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms of one track</source>
        <translation>Бір бағыттың залдары</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../src/companion/ui/agenda/legend.py" line="+78"/>
        <source>Timeline legend</source>
        <translation>Уақыт шкаласының шартты белгілері</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>~ dashed border: indicative or unpublished time</source>
        <translation>~ үзік жиек: уақыты шамамен немесе жарияланбаған</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/companion/ui/agenda/timeline.py" line="+143"/>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>now</source>
        <translation>қазір</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No sessions match the filters.</source>
        <translation>Сүзгілерге сәйкес сессия жоқ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No clock times were published for this day. Sessions (%1):</source>
        <translation>Бұл күнге нақты уақыт жарияланбаған. Сессиялар (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time not published (%1)</source>
        <translation>Уақыты жарияланбаған (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>time not published</source>
        <translation>уақыты жарияланбаған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1–%2 indicative</source>
        <translation>~%1–%2 шамамен</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No track</source>
        <translation>Бағытсыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room not published</source>
        <translation>Залы жарияланбаған</translation>
    </message>
</context>
<context>
    <name>WhatChangedPage</name>
    <message>
        <location filename="../../src/companion/ui/changes/page.py" line="+28"/>
        <source>Summary of changes</source>
        <translation>Өзгерістер қорытындысы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starred sessions no longer in the programme</source>
        <translation>Бағдарламада енді жоқ белгіленген сессиялар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed sessions</source>
        <translation>Өзгерген сессиялар</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Times re-read in %1; the clock times did not change.</source>
        <translation>Уақыт %1 белдеуінде қайта оқылды; сессиялардың нақты уақыты өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes since you last opened this event.</source>
        <translation>Бұл іс-шараны соңғы ашқаннан бері өзгеріс жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes appear here when you open a newer version of an event you have opened before.</source>
        <translation>Бұрын ашқан іс-шараның жаңа нұсқасын ашқанда, өзгерістер осында көрсетіледі.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n жаңа</numerusform>
            <numerusform>%n жаңа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n болдырылмады</numerusform>
            <numerusform>%n болдырылмады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved in time</source>
        <translation>
            <numerusform>%n уақыты ауыстырылды</numerusform>
            <numerusform>%n уақыты ауыстырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved to another room</source>
        <translation>
            <numerusform>%n басқа залға ауыстырылды</numerusform>
            <numerusform>%n басқа залға ауыстырылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retitled</source>
        <translation>
            <numerusform>%n атауы өзгерді</numerusform>
            <numerusform>%n атауы өзгерді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with people changed</source>
        <translation>
            <numerusform>%n қатысушылары өзгерген</numerusform>
            <numerusform>%n қатысушылары өзгерген</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since you last opened this event: %1.</source>
        <translation>Бұл іс-шараны соңғы ашқаннан бергі өзгерістер: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Previous version: %1.)</source>
        <translation>(Алдыңғы нұсқасы: %1.)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them starred by you, listed first.</source>
        <translation>
            <numerusform>Оның %n сессиясын сіз белгіледіңіз, олар бірінші көрсетілген.</numerusform>
            <numerusform>Оның %n сессиясын сіз белгіледіңіз, олар бірінші көрсетілген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n starred session(s) are no longer in the programme: %1. Your stars are kept.</source>
        <translation>
            <numerusform>%n белгіленген сессия енді бағдарламада жоқ: %1. Белгілеріңіз сақталды.</numerusform>
            <numerusform>%n белгіленген сессия енді бағдарламада жоқ: %1. Белгілеріңіз сақталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowRebuilder</name>
    <message>
        <location filename="../../src/companion/ui/language.py" line="+92"/>
        <source>Finish or cancel the work running on this page before switching language.</source>
        <translation>Тілді ауыстырмас бұрын осы беттегі жұмысты аяқтаңыз немесе одан бас тартыңыз.</translation>
    </message>
</context>
</TS>
