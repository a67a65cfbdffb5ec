<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/companion/ui/about.py" line="+34"/>
        <source>About Companion</source>
        <translation>О приложении Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offline conference companion: agenda, calendar export and badges.</source>
        <translation>Офлайн-приложение для конференции: программа, экспорт в календарь и бейджи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data version: %1 (%2)</source>
        <translation>Версия данных: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on Qt %1.</source>
        <translation>Работает на Qt %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licences of the parts of Companion</source>
        <translation>Лицензии компонентов Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Companion is free software under the MIT licence. It ships these parts, each under its own licence (select one to read it):</source>
        <translation>Companion — свободное ПО под лицензией MIT. В его состав входят следующие компоненты, каждый под своей лицензией (выберите компонент, чтобы прочитать её):</translation>
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
        <translation>О мероприятии %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this event</source>
        <translation>О мероприятии</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not published</source>
        <translation>не опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>About the dates</source>
        <extracomment>src/companion/ui/agenda/about_event.py:60</extracomment>
        <translation>О датах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <extracomment>src/companion/ui/agenda/about_event.py:63</extracomment>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="+74"/>
        <source>Open address</source>
        <translation>Открыть по адресу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The schedule&apos;s address (frab XML, schedule.json or iCalendar). Companion keeps a copy, so it opens without a network and can be refreshed later.</source>
        <translation>Адрес программы (frab XML, schedule.json или iCalendar). Companion сохраняет копию, поэтому программа открывается без сети, и её можно позже обновить.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter an address starting with http:// or https://</source>
        <translation>Введите адрес, начинающийся с http:// или https://</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../src/companion/ui/agenda/page.py" line="+143"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Шкала времени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cards</source>
        <translation>&amp;Карточки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compact cards: time and room, title, people, type</source>
        <translation>Компактные карточки: время и зал, название, участники, тип</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+35"/>
        <source>Day note</source>
        <translation>Примечание ко дню</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+337"/>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No track</source>
        <translation>Без направления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event publishes no tracks.</source>
        <translation>У этого мероприятия нет опубликованных направлений.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>All days: %n session(s) match “%1”; the timeline shows those on %2. Esc clears search.</source>
        <translation>
            <numerusform>Все дни: по запросу «%1» найдена %n сессия; на шкале времени — за %2. Esc очищает поиск.</numerusform>
            <numerusform>Все дни: по запросу «%1» найдены %n сессии; на шкале времени — за %2. Esc очищает поиск.</numerusform>
            <numerusform>Все дни: по запросу «%1» найдено %n сессий; на шкале времени — за %2. Esc очищает поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Search results from all days: %n session(s) match “%1”. Esc in the search box clears it.</source>
        <translation>
            <numerusform>Результаты поиска по всем дням: по запросу «%1» найдена %n сессия. Esc в поле поиска очищает его.</numerusform>
            <numerusform>Результаты поиска по всем дням: по запросу «%1» найдены %n сессии. Esc в поле поиска очищает его.</numerusform>
            <numerusform>Результаты поиска по всем дням: по запросу «%1» найдено %n сессий. Esc в поле поиска очищает его.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rooms were not published for this day.</source>
        <translation>Залы на этот день не опубликованы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No sessions were published for this day.</source>
        <translation>На этот день сессии не опубликованы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session of this day matches the search or filters.</source>
        <translation>Ни одна сессия этого дня не подходит под поиск или фильтры.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/companion/app.py" line="+141"/>
        <source>The event you had open last cannot be opened: %1</source>
        <translation>Не удалось открыть мероприятие, открытое в прошлый раз: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Companion cannot open the event file %1</source>
        <translation>Companion не может открыть файл мероприятия %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+50"/>
        <location line="+17"/>
        <source>Event file not opened</source>
        <translation>Файл мероприятия не открыт</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+51"/>
        <location line="+17"/>
        <source>The bundled CACCC-2025 programme is shown instead.</source>
        <translation>Вместо него показана встроенная программа ЦАКИК-2025.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Companion cannot use its saved data (%1). Changes will not be kept.</source>
        <translation>Companion не может использовать сохранённые данные (%1). Изменения не будут сохранены.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Saved data not available</source>
        <translation>Сохранённые данные недоступны</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder is read-only</source>
        <translation>Папка данных доступна только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data folder %1 is read-only. Companion shows your saved stars and lists, but changes made now will not be kept after you close it.</source>
        <translation>Папка данных %1 доступна только для чтения. Companion показывает сохранённые отметки и списки, но изменения, сделанные сейчас, не сохранятся после закрытия Companion.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Showing the copy fetched %1.</source>
        <translation>Показана копия, загруженная %1.</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+124"/>
        <source>Edit attendee</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>made from the name when empty</source>
        <translation>если пусто, составляется из имени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country / &amp;delegation</source>
        <translation>Страна / &amp;делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail (never printed)</source>
        <translation>&amp;Эл. почта (не печатается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter a given or family name.</source>
        <translation>Введите имя или фамилию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID may only hold letters A–Z, digits, “.”, “_” and “-”.</source>
        <translation>ID может содержать только буквы A–Z, цифры, «.», «_» и «-».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another attendee already has the ID %1.</source>
        <translation>ID %1 уже есть у другого участника.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address needs an “@”.</source>
        <translation>В адресе эл. почты нужен «@».</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <location filename="../../src/companion/sources/attendees_csv.py" line="+153"/>
        <source>no column holds the names (given name, family name or full name)</source>
        <translation>ни в одном столбце нет имён (имени, фамилии или полного имени)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one column is mapped to {field}</source>
        <translation>поле {field} назначено нескольким столбцам</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>another Cyrillic encoding (e.g. KOI8-R or Mac Cyrillic)</source>
        <translation>другую кириллическую кодировку (например, KOI8-R или Mac Cyrillic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text looks like {encoding}, not UTF-8 or Windows-1251 (names come out like {sample}); nothing was imported. Save the list as CSV UTF-8 and import it again</source>
        <translation>текст похож на {encoding}, а не на UTF-8 или Windows-1251 (имена выглядят как {sample}); ничего не импортировано. Сохраните список как CSV UTF-8 и импортируйте его снова</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text looks like {encoding}, not UTF-8 or Windows-1251; nothing was imported. Save the list as CSV UTF-8 and import it again</source>
        <translation>текст похож на {encoding}, а не на UTF-8 или Windows-1251; ничего не импортировано. Сохраните список как CSV UTF-8 и импортируйте его снова</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the text is neither UTF-8, UTF-16 nor Windows-1251; save it as CSV UTF-8</source>
        <translation>текст не в кодировке UTF-8, UTF-16 или Windows-1251; сохраните его как CSV UTF-8</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this is a spreadsheet workbook, not CSV; save it as CSV first</source>
        <translation>это книга электронной таблицы, а не CSV; сначала сохраните её как CSV</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file has no header row and no attendees</source>
        <translation>в файле нет ни строки заголовков, ни участников</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid CSV: {detail}</source>
        <translation>недопустимый CSV: {detail}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row}: error: {problem}</source>
        <translation>строка {row}: ошибка: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row {row}: warning: {problem}</source>
        <translation>строка {row}: предупреждение: {problem}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{count} values but the header has {width} columns (a &apos;{delimiter}&apos; inside a value that is not in quotes?)</source>
        <translation>значений: {count}, а в заголовке столбцов: {width} (знак &apos;{delimiter}&apos; внутри значения без кавычек?)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no name (both given and family name are empty)</source>
        <translation>нет имени (имя и фамилия пусты)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is longer than {limit} characters</source>
        <translation>имя длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown category {category} (expected {expected})</source>
        <translation>неизвестная категория {category} (ожидается одна из: {expected})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>id {id} may only hold letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 64)</source>
        <translation>ID {id} может содержать только латинские буквы A-Z, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos; (не более 64 знаков)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>same name and organisation as row {other}; not imported twice</source>
        <translation>то же имя и организация, что в строке {other}; повторно не импортируется</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id {id} is already used on row {other}; not imported twice</source>
        <translation>ID {id} уже используется в строке {other}; повторно не импортируется</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no category; imported as delegate</source>
        <translation>категория не указана; импортирован как делегат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e-mail {email} is not an address; left out</source>
        <translation>e-mail {email} не является адресом; пропущен</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{problems}; the header row has {headers}</source>
        <translation>{problems}; в строке заголовков: {headers}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="+238"/>
        <source>use --map given_name=COLUMN --map family_name=COLUMN (or full_name=COLUMN)</source>
        <translation>укажите столбцы: --map given_name=СТОЛБЕЦ --map family_name=СТОЛБЕЦ (или full_name=СТОЛБЕЦ)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/attendees_sheet.py" line="+77"/>
        <source>the workbook is {size} MB; the limit is {limit} MB</source>
        <translation>размер книги {size} МБ; допустимо не более {limit} МБ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a workbook Companion can read ({detail}); save it as .xlsx, .ods or CSV</source>
        <translation>это не книга, которую может прочитать Companion ({detail}); сохраните её как .xlsx, .ods или CSV</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the workbook has no sheet {sheet}; its sheets are {sheets}</source>
        <translation>в книге нет листа {sheet}; её листы: {sheets}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the workbook has no sheets</source>
        <translation>в книге нет ни одного листа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sheet {sheet} cannot be read: {detail}</source>
        <translation>не удалось прочитать лист {sheet}: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sheet {sheet} has no header row and no attendees</source>
        <translation>на листе {sheet} нет ни строки заголовков, ни участников</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../src/companion/ui/badges/model.py" line="+71"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country / delegation</source>
        <translation>Страна / делегация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed</source>
        <translation>Напечатан</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given names, family name)</source>
        <translation>Полное имя (имя, затем фамилия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (family name first, ФИО)</source>
        <translation>Полное имя (сначала фамилия, ФИО)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country / delegation</source>
        <translation>Страна / делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not used)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/feature.py" line="+35"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location filename="../../src/companion/exports/badges/render.py" line="+439"/>
        <source>the badge font has no glyph for {characters}</source>
        <translation>в шрифте бейджа нет знаков {characters}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{event} badges ({layout})</source>
        <translation>Бейджи {event} ({layout})</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>name printed at {size} pt, below the {floor} pt floor</source>
        <translation>имя напечатано кеглем {size} pt, меньше минимума в {floor} pt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the id is too long: its QR code would need {size} mm modules on this stock (at least {minimum} mm scan reliably)</source>
        <translation>ID слишком длинный: его QR-коду на этом бланке нужны модули по {size} мм (надёжно сканируются модули от {minimum} мм)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No badges to print.</source>
        <translation>Нет бейджей для печати.</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="+80"/>
        <source>warning: {badge}</source>
        <translation>предупреждение: {badge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: {badge}</source>
        <translation>не напечатан: {badge}</translation>
    </message>
    <message>
        <location filename="../../src/companion/exports/badges/tokens.py" line="+52"/>
        <source>the code is damaged (bad field lengths)</source>
        <translation>код повреждён (неверные длины полей)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+96"/>
        <location filename="../../src/companion/services/checkin.py" line="+334"/>
        <source>not a Companion badge code</source>
        <translation>это не код бейджа Companion</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the code is damaged (not base32)</source>
        <translation>код повреждён (не base32)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code is damaged (not in the form Companion prints)</source>
        <translation>код повреждён (не в том виде, в каком его печатает Companion)</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+96"/>
        <source>the code is too short</source>
        <translation>код слишком короткий</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>the signature does not match this event&apos;s key (forged or another event)</source>
        <translation>подпись не соответствует ключу этого мероприятия (подделка или другое мероприятие)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>the badge is for event {badge}, not {event}</source>
        <translation>бейдж выдан для мероприятия {badge}, а не {event}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed with key {key}, which this desk was not given (import the desk package)</source>
        <translation>подписан ключом {key}, которого нет у этой стойки (импортируйте пакет стойки)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this desk has no key for the event (import the desk package)</source>
        <translation>у этой стойки нет ключа мероприятия (импортируйте пакет стойки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature does not match this event&apos;s key (forged or altered)</source>
        <translation>подпись не соответствует ключу этого мероприятия (подделка или изменение)</translation>
    </message>
    <message>
        <location filename="../../src/companion/store/badge_keys.py" line="+46"/>
        <location line="+79"/>
        <source>{file} is a symbolic link; Companion does not follow links in its data folder</source>
        <translation>{file} — символическая ссылка; Companion не переходит по ссылкам в своей папке данных</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>not a PEM public key: {detail}</source>
        <translation>это не открытый ключ PEM: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the key is not an Ed25519 public key</source>
        <translation>ключ не является открытым ключом Ed25519</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: cannot save the badge signing key: {detail}</source>
        <translation>{file}: не удалось сохранить ключ подписи бейджей: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: cannot read the badge signing key: {detail}</source>
        <translation>{file}: не удалось прочитать ключ подписи бейджей: {detail}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{file}: not an Ed25519 private key</source>
        <translation>{file}: это не закрытый ключ Ed25519</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/badges.py" line="+91"/>
        <source>cannot write {file}: {problem}</source>
        <translation>не удалось записать {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/controller.py" line="+36"/>
        <source>Drawing the badges</source>
        <translation>Отрисовка бейджей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing the badges</source>
        <translation>Печать бейджей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the attendee list</source>
        <translation>Чтение списка участников</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../src/companion/ui/badges/panes.py" line="+50"/>
        <source>&amp;Import list…</source>
        <translation>&amp;Импорт списка…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add…</source>
        <translation>Доб&amp;авить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by name, organisation, country, category or ID</source>
        <translation>Фильтр по имени, организации, стране, категории или ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter attendees</source>
        <translation>Фильтр участников</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found</source>
        <translation>Найдены проблемы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What the selected badge&apos;s QR code holds</source>
        <translation>Что содержит QR-код выбранного бейджа</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/page.py" line="+440"/>
        <location filename="../../src/companion/ui/badges/panes.py" line="+2"/>
        <source>Select an attendee.</source>
        <translation>Выберите участника.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/panes.py" line="-70"/>
        <source>Read the attendee list: an Excel or LibreOffice workbook (.xlsx, .xls, .ods) or CSV; re-importing updates people by ID, or by e-mail where the list has no ID</source>
        <translation>Прочитать список участников: книгу Excel или LibreOffice (.xlsx, .xls, .ods) или CSV; при повторном импорте участники обновляются по ID, а если в списке нет ID — по e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint o&amp;ne badge…</source>
        <translation>Перепечатать &amp;один бейдж…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the selected person&apos;s badge alone, on a card or one label, without the rest of the run (a lost or misspelt badge)</source>
        <translation>Напечатать бейдж выбранного человека отдельно — на карте или одной этикетке, без остального тиража (если бейдж потерян или в нём ошибка)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a list first: press Import list… and choose the organisers&apos; spreadsheet (.xlsx, .xls, .ods) or a CSV file. Or add people one by one with Add….</source>
        <translation>Сначала импортируйте список: нажмите «Импорт списка…» и выберите таблицу организаторов (.xlsx, .xls, .ods) или файл CSV. Или добавьте участников по одному кнопкой «Добавить…».</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save pro&amp;blems…</source>
        <translation>Сохранить п&amp;роблемы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows the last import left out, with the reasons, as a CSV file to fix them</source>
        <translation>Сохранить строки, пропущенные при последнем импорте, вместе с причинами в файл CSV, чтобы их исправить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QR code contents</source>
        <translation>Содержимое QR-кода</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QR code payload</source>
        <translation>Содержимое QR-кода</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A6, four per A4 sheet, cut marks</source>
        <translation>A6, четыре на листе A4, метки реза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avery 5392 / 74459 inserts (4×3 in, Letter, 6)</source>
        <translation>Вкладыши Avery 5392 / 74459 (4×3 дюйма, Letter, 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avery L4785 labels (80×50 mm, A4, 10)</source>
        <translation>Этикетки Avery L4785 (80×50 мм, A4, 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURABLE 1445-02 inserts (90×54 mm, A4, 10)</source>
        <translation>Вкладыши DURABLE 1445-02 (90×54 мм, A4, 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CR80 plastic card (card printer)</source>
        <translation>Пластиковая карта CR80 (карточный принтер)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country / delegation, then family name</source>
        <translation>Страна / делегация, затем фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category, then family name</source>
        <translation>Категория, затем фамилия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All attendees</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only badges not printed yet</source>
        <translation>Только ещё не напечатанные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the selected attendees</source>
        <translation>Только выбранные участники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh (Latin)</source>
        <translation>Казахский (латиница)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the event&apos;s name in this language too, after the badges&apos; own language (e.g. “ЦАКИК-2025 / CACCC-2025”)</source>
        <translation>Печатать название мероприятия и на этом языке, после языка бейджей (например, «ЦАКИК-2025 / CACCC-2025»)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive moves the print to the right</source>
        <translation>Положительное значение сдвигает печать вправо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive moves the print down</source>
        <translation>Положительное значение сдвигает печать вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Double-sided</source>
        <translation>&amp;Двусторонняя печать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A back page after each sheet with the name again, mirrored for long-edge duplex printing</source>
        <translation>После каждого листа — оборот с тем же именем, зеркально, для дуплекса по длинному краю</translation>
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
        <translation>&amp;Бланк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order</source>
        <translation>Пор&amp;ядок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad&amp;ges</source>
        <translation>Бе&amp;йджи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second &amp;language for the event name</source>
        <translation>Второй язык &amp;названия мероприятия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer offset x</source>
        <translation>Смещение принтера по x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer offset y</source>
        <translation>Смещение принтера по y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer o&amp;ffset</source>
        <translation>Сме&amp;щение принтера</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previe&amp;w</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Calibration sheet…</source>
        <translation>&amp;Калибровочный лист…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export public &amp;key…</source>
        <translation>&amp;Экспорт открытого ключа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key a check-in desk needs to verify badges offline</source>
        <translation>Ключ, нужный стойке регистрации для проверки бейджей без сети</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mark as printed…</source>
        <translation>О&amp;тметить как напечатанные…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the chosen badges as printed (e.g. a saved PDF printed on another computer), so “Only badges not printed yet” leaves them out</source>
        <translation>Отметить выбранные бейджи как напечатанные (например, если сохранённый PDF напечатали на другом компьютере), чтобы вариант «Только ещё не напечатанные» их пропускал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print log…</source>
        <translation>&amp;Журнал печати…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering progress</source>
        <translation>Ход отрисовки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview of the PDF that will be printed</source>
        <translation>Просмотр PDF, который будет напечатан</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/badges/page.py" line="-243"/>
        <location filename="../../src/companion/ui/badges/panes.py" line="+3"/>
        <source>Press Preview to see the badges exactly as they will print.</source>
        <translation>Нажмите «Просмотр», чтобы увидеть бейджи точно такими, какими они будут напечатаны.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 attendees, %2 badges printed.</source>
        <translation>Участников: %1, напечатано бейджей: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import attendee list</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import the list</source>
        <translation>Не удаётся импортировать список</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row %1: not imported: %2</source>
        <translation>Строка %1: не импортирована: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5.</source>
        <translation>%1: новых %2, обновлено %3, без изменений %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) not imported</source>
        <translation>
            <numerusform>%n строка не импортирована</numerusform>
            <numerusform>%n строки не импортированы</numerusform>
            <numerusform>%n строк не импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>Drawing %n badge(s)…</source>
        <translation>
            <numerusform>Отрисовка %n бейджа…</numerusform>
            <numerusform>Отрисовка %n бейджей…</numerusform>
            <numerusform>Отрисовка %n бейджей…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Sending %n page(s) to the printer…</source>
        <translation>
            <numerusform>Отправка %n страницы на принтер…</numerusform>
            <numerusform>Отправка %n страниц на принтер…</numerusform>
            <numerusform>Отправка %n страниц на принтер…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Remove attendees</source>
        <translation>Удалить участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the list?</source>
        <translation>Удалить %1 из списка?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Event: %1 · Attendee ID: %2 · Ed25519 signature of this event&apos;s key.
No name, e-mail or phone number is in the code.
%3</source>
        <translation>Мероприятие: %1 · ID участника: %2 · подпись Ed25519 ключом этого мероприятия.
Имени, эл. почты и телефона в коде нет.
%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list or the settings changed: Preview again to see the badges that Save PDF and Print… will produce.</source>
        <translation>Список или настройки изменились: снова нажмите «Просмотр», чтобы увидеть бейджи, которые дадут «Сохранить PDF» и «Печать…».</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+99"/>
        <location line="+5"/>
        <source>No badges</source>
        <translation>Нет бейджей</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Attendee lists (*.xlsx *.xls *.ods *.csv *.txt);;Workbooks (*.xlsx *.xls *.ods);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Списки участников (*.xlsx *.xls *.ods *.csv *.txt);;Книги (*.xlsx *.xls *.ods);;Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a sheet</source>
        <translation>Выберите лист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which sheet of %1 holds the attendees?</source>
        <translation>На каком листе %1 находятся участники?</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save import problems</source>
        <translation>Сохранить проблемы импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not imported</source>
        <translation>не импортирована</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reprint one badge</source>
        <translation>Перепечатать один бейдж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock for %1&apos;s badge:</source>
        <translation>Бланк для бейджа участника %1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+104"/>
        <source>No attendees match the chosen badges.</source>
        <translation>Под выбранные бейджи не подходит ни один участник.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Mark as printed</source>
        <translation>Отметить как напечатанные</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Log %n badge(s) of the current choice as printed? “Only badges not printed yet” will leave them out.</source>
        <translation>
            <numerusform>Отметить %n бейдж из текущего выбора как напечатанный? Вариант «Только ещё не напечатанные» будет его пропускать.</numerusform>
            <numerusform>Отметить %n бейджа из текущего выбора как напечатанные? Вариант «Только ещё не напечатанные» будет их пропускать.</numerusform>
            <numerusform>Отметить %n бейджей из текущего выбора как напечатанные? Вариант «Только ещё не напечатанные» будет их пропускать.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Import a list first: there is nobody to print a badge for.</source>
        <translation>Сначала импортируйте список: печатать бейджи пока не для кого.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot sign badges</source>
        <translation>Не удаётся подписать бейджи</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawing the badges failed: %1</source>
        <translation>Не удалось отрисовать бейджи: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. The previous preview is unchanged.</source>
        <translation>Отменено. Прежний просмотр не изменился.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not printed: %1</source>
        <translation>Не напечатано: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 badges on %2 pages. This is the file Save PDF and Print… use.</source>
        <translation>Бейджей: %1, страниц: %2. Именно этот файл используют «Сохранить PDF» и «Печать…».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print again?</source>
        <translation>Напечатать снова?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of these %2 badges were printed before. Print them again?</source>
        <translation>%1 из этих %2 бейджей уже печатались. Напечатать их снова?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save badges as PDF</source>
        <translation>Сохранить бейджи в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+219"/>
        <location line="+57"/>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
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
        <translation>Печать бейджей</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printing cancelled: these badges are not logged as printed.</source>
        <translation>Печать отменена: эти бейджи не отмечены как напечатанные.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Printing failed: these badges are not logged as printed.</source>
        <translation>Не удалось напечатать: эти бейджи не отмечены как напечатанные.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save calibration sheet</source>
        <translation>Сохранить калибровочный лист</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export public key</source>
        <translation>Экспорт открытого ключа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM public keys (*.pem)</source>
        <translation>Открытые ключи PEM (*.pem)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cannot export the key</source>
        <translation>Не удаётся экспортировать ключ</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../src/companion/ui/calendar_export.py" line="+61"/>
        <source>Each session keeps the same identifier in every export. Importing an updated file again: Apple Calendar updates the sessions in place; Thunderbird asks or updates; Outlook and Google Calendar may add duplicates or skip sessions they already have, so delete the earlier import first (in Google Calendar, import into a calendar of its own that you can delete). Reminders are kept by Apple Calendar and Thunderbird; Google and Outlook ignore them in imported files.</source>
        <translation>У каждой сессии один и тот же идентификатор во всех экспортах. При повторном импорте обновлённого файла Apple Calendar обновляет сессии на месте; Thunderbird спрашивает или обновляет; Outlook и Google Calendar могут добавить дубликаты или пропустить уже имеющиеся сессии, поэтому сначала удалите прежний импорт (в Google Calendar импортируйте в отдельный календарь, который можно удалить). Напоминания сохраняют Apple Calendar и Thunderbird; Google и Outlook игнорируют их в импортированных файлах.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times are in %1 with the time zone included, so your calendar shows them in your own zone. Indicative times are marked tentative and say so; sessions with a day but no published time become all-day entries marked “time not published”; sessions with no published date are left out.</source>
        <translation>Время указано по поясу %1 вместе с обозначением пояса, поэтому календарь покажет его в вашем поясе. События с ориентировочным временем помечены как предварительные, и это сказано в самом событии; сессии с известным днём, но без опубликованного времени становятся событиями на весь день с пометкой «время не опубликовано»; сессии без опубликованной даты не экспортируются.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location line="+36"/>
        <source>Add sessions to your calendar</source>
        <translation>Добавить сессии в календарь</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This session: %1</source>
        <translation>Эта сессия: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session (none selected)</source>
        <translation>Эта сессия (ничего не выбрано)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My starred sessions (%1)</source>
        <translation>Отмеченные мной сессии (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One day:</source>
        <translation>Один день:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day to export</source>
        <translation>День для экспорта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole event</source>
        <translation>Всё мероприятие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a reminder</source>
        <translation>Добавить напоминание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min before</source>
        <translation> мин до начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder minutes before the session</source>
        <translation>За сколько минут до сессии напомнить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will be exported</source>
        <translation>Что будет экспортировано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About calendar files</source>
        <translation>О файлах календаря</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar</source>
        <translation>Добавить в календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the file and open it with your calendar application</source>
        <translation>Записать файл и открыть его в приложении календаря</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the calendar file where you choose</source>
        <translation>Сохранить файл календаря в выбранном месте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sessions to export: %1.</source>
        <translation>Сессий для экспорта: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a published time, so all-day entries: %1.</source>
        <translation>Без опубликованного времени, поэтому на весь день: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, no date published: %1.</source>
        <translation>Пропущено, дата не опубликована: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred but no longer in the programme: %1; written as cancelled where their last known time is stored, so your calendar drops them.</source>
        <translation>Отмечены, но больше не в программе: %1; записаны как отменённые там, где сохранено их последнее известное время, поэтому календарь их уберёт.</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <location line="+58"/>
        <source>Export calendar file</source>
        <translation>Экспорт файла календаря</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the calendar file…</source>
        <translation>Подготовка файла календаря…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calendar file not written</source>
        <translation>Файл календаря не записан</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Companion could not write %1: %2</source>
        <translation>Companion не смог записать %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sessions written: %1, to %2.</source>
        <translation>Записано сессий: %1, в файл %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out (no date published): %1.</source>
        <translation>Пропущено (дата не опубликована): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written as cancelled (no longer in the programme): %1.</source>
        <translation>Записаны как отменённые (больше не в программе): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred but no longer in the programme, and their last known time is not stored, so not written as cancelled: %1.</source>
        <translation>Отмечены, но больше не в программе, а их последнее известное время не сохранено, поэтому не записаны как отменённые: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No calendar application opened it; import the file from your calendar.</source>
        <translation>Ни одно приложение календаря его не открыло; импортируйте файл из своего календаря.</translation>
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
        <translation>Запустить &amp;камеру</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Start or stop the camera</source>
        <translation>Запустить или остановить камеру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read badges with a webcam: choose it and press Start camera.</source>
        <translation>Считывайте бейджи веб-камерой: выберите её и нажмите «Запустить камеру».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera status</source>
        <translation>Состояние камеры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera picture</source>
        <translation>Изображение с камеры</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Camera reading is not installed (zxing-cpp is missing). Use a scanner or find the person by name.</source>
        <translation>Считывание с камеры не установлено (нет zxing-cpp). Используйте сканер или найдите участника по имени.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera support is not available on this computer. Use a scanner or find the person by name.</source>
        <translation>Камера на этом компьютере не поддерживается. Используйте сканер или найдите участника по имени.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No camera found. Connect one and come back to this page, or use a scanner.</source>
        <translation>Камера не найдена. Подключите её и вернитесь на эту страницу или используйте сканер.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Waiting for permission to use the camera…</source>
        <translation>Ожидание разрешения на использование камеры…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access to the camera was refused. Allow Companion to use the camera in the system&apos;s privacy settings, then press Start camera again.</source>
        <translation>Доступ к камере запрещён. Разрешите Companion использовать камеру в настройках конфиденциальности системы, затем снова нажмите «Запустить камеру».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop ca&amp;mera</source>
        <translation>Остановить &amp;камеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the badge&apos;s code up to %1.</source>
        <translation>Поднесите код бейджа к %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The camera stopped: %1</source>
        <translation>Камера остановлена: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Camera stopped.</source>
        <translation>Камера остановлена.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../src/companion/ui/changes/model.py" line="+48"/>
        <source>Starred</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved (time)</source>
        <translation>Перенесена (время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved (room)</source>
        <translation>Перенесена (зал)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retitled</source>
        <translation>Переименована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People changed</source>
        <translation>Изменились участники</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, time not published</source>
        <translation>%1, время не опубликовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date not published</source>
        <translation>дата не опубликована</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>~%1 (indicative)</source>
        <translation>~%1 (ориентировочно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room not published</source>
        <translation>зал не опубликован</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nobody named</source>
        <translation>никто не назван</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>starred</source>
        <translation>отмечена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not starred</source>
        <translation>не отмечена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You starred this session and it is no longer in the programme. Your star is kept.</source>
        <translation>Вы отметили эту сессию, а её больше нет в программе. Ваша отметка сохранена.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="+128"/>
        <source>no badge code was given: name codes, --image pictures, or type or scan them one per line</source>
        <translation>не передано ни одного кода бейджа: укажите коды, снимки через --image или введите либо отсканируйте их по одному в строке</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file}: no QR code found in the picture</source>
        <translation>{file}: на изображении не найден QR-код</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/checkin.py" line="-236"/>
        <source>this Companion cannot use a PostgreSQL server ({detail}); leave --store out to check in on this machine</source>
        <translation>этот Companion не может работать с сервером PostgreSQL ({detail}); не указывайте --store, чтобы регистрировать на этом компьютере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{address} is not a check-in store address (use postgresql://… or leave it empty)</source>
        <translation>{address} — не адрес хранилища регистрации (укажите postgresql://… или оставьте пустым)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>no check-in desk is open</source>
        <translation>нет открытой стойки регистрации</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>this badge was replaced by a reprint on {when}</source>
        <translation>этот бейдж заменён новым (перепечатан {when})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this badge was revoked: {reason}</source>
        <translation>этот бейдж отозван: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+23"/>
        <location line="+7"/>
        <location line="+232"/>
        <source>already checked in</source>
        <translation>уже зарегистрирован</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>valid badge, but {id} is not in this desk&apos;s list</source>
        <translation>бейдж действителен, но {id} нет в списке этой стойки</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a manual admission needs a reason</source>
        <translation>для пропуска вручную нужна причина</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/companion/ui/checkin/feature.py" line="+163"/>
        <source>{id} is not in this desk&apos;s list</source>
        <translation>{id} нет в списке этой стойки</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>admitted</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused: not a badge of this event</source>
        <translation>отказано: не бейдж этого мероприятия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: damaged code</source>
        <translation>отказано: повреждённый код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: forged or altered</source>
        <translation>отказано: подделка или изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: revoked</source>
        <translation>отказано: бейдж отозван</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: unknown key</source>
        <translation>отказано: неизвестный ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admitted (not in this desk&apos;s list)</source>
        <translation>пропущен (нет в списке этой стойки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: not a badge</source>
        <translation>отказано: не бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in undone</source>
        <translation>регистрация отменена</translation>
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
        <translation>{verdict}: {who}, {when}, стойка {desk}{by}</translation>
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
        <translation>не удаётся записать {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/desk_files.py" line="+132"/>
        <source>not a Companion desk package</source>
        <translation>это не пакет стойки Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the desk package is damaged ({detail})</source>
        <translation>пакет стойки повреждён ({detail})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the desk package is sealed with a passphrase; give the passphrase</source>
        <translation>пакет стойки защищён парольной фразой; укажите её</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the desk package was made by a newer Companion (version {version})</source>
        <translation>пакет стойки создан более новой версией Companion ({version})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>wrong passphrase (or the desk package was changed after it was sealed)</source>
        <translation>неверная парольная фраза (или пакет стойки изменён после защиты)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a Companion check-in log</source>
        <translation>это не журнал регистрации Companion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this log is of event {logged}, not {event}</source>
        <translation>этот журнал относится к мероприятию {logged}, а не {event}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>record {number} is damaged</source>
        <translation>запись {number} повреждена</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/qr_image.py" line="+44"/>
        <source>not an image Companion can read</source>
        <translation>Companion не может прочитать это изображение</translation>
    </message>
    <message>
        <location filename="../../src/companion/store/checkin_postgres.py" line="+249"/>
        <source>the check-in server holds data of a newer Companion (schema {found}, this one knows {known}): update Companion on this desk</source>
        <translation>на сервере регистрации данные более новой версии Companion (схема {found}, эта версия знает {known}): обновите Companion на этой стойке</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the check-in server {address} did not answer in time</source>
        <translation>сервер регистрации {address} не ответил вовремя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check-in server {address} cannot be used: {detail}</source>
        <translation>сервер регистрации {address} нельзя использовать: {detail}</translation>
    </message>
</context>
<context>
    <name>CheckinFeature</name>
    <message>
        <location filename="../../src/companion/ui/checkin/feature.py" line="-120"/>
        <source>Check-in</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full scr&amp;een</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Drawing a new badge</source>
        <translation>Формирование нового бейджа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge could not be reprinted: %1</source>
        <translation>Не удалось перепечатать бейдж: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New badge drawn in %1 (no printer is set up: opened to print).</source>
        <translation>Новый бейдж сохранён в %1 (принтер не настроен: файл открыт для печати).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printing a new badge</source>
        <translation>Печать нового бейджа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New badge sent to %1.</source>
        <translation>Новый бейдж отправлен на %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new badge could not be printed: %1</source>
        <translation>Не удалось напечатать новый бейдж: %1</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../src/companion/ui/checkin/camera.py" line="-207"/>
        <source>Reading the camera picture</source>
        <translation>Считывание изображения с камеры</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/checkin/desk.py" line="+89"/>
        <location line="+13"/>
        <source>Checking a badge</source>
        <translation>Проверка бейджа</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/checkin/page.py" line="+85"/>
        <source>The same badge again within a few seconds: counted once.</source>
        <translation>Тот же бейдж повторно в течение нескольких секунд: засчитан один раз.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+28"/>
        <source>Desk %1</source>
        <translation>Стойка %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan a badge: the scanner works whatever has focus on this page.</source>
        <translation>Отсканируйте бейдж: сканер работает, где бы ни был фокус на этой странице.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan a badge</source>
        <translation>Отсканируйте бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or hold it up to the camera, or find the person by name below.</source>
        <translation>Или поднесите его к камере либо найдите участника по имени ниже.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Check in by hand</source>
        <translation>Регистрация вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 checked in without scanning the badge? (kept in the log)</source>
        <translation>Почему %1 регистрируется без сканирования бейджа? (сохраняется в журнале)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the badge</source>
        <translation>Забыт бейдж</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Admit anyway</source>
        <translation>Всё равно пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The badge of %1 was refused. Why admit them anyway? (kept in the log)</source>
        <translation>Бейдж участника %1 не принят. Почему всё равно пропустить? (сохраняется в журнале)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the counts</source>
        <translation>Чтение итогов</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File → Import desk package…, or import the list on the Badges page.</source>
        <translation>Файл → Импорт пакета стойки… или импортируйте список на странице «Бейджи».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attendee list yet</source>
        <translation>Списка участников пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 checked in</source>
        <translation>Зарегистрировано: %1 из %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By delegation</source>
        <translation>По делегациям</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No delegation</source>
        <translation>Без делегации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans per minute, by desk</source>
        <translation>Сканирований в минуту по стойкам</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desks</source>
        <translation>Стойки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one was admitted at two desks.</source>
        <translation>Никто не был пропущен на двух стойках.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted at two desks that could not see each other: check with the person.</source>
        <translation>Пропущен на двух стойках, которые не видели друг друга: уточните у участника.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working offline: the check-in server %1 cannot be reached. %2 scan(s) wait here and are sent when it is back; nothing is lost.</source>
        <translation>Работа офлайн: сервер регистрации %1 недоступен. Сканирований в очереди на этом компьютере: %2; они будут отправлены, когда сервер снова станет доступен. Ничего не потеряется.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Refused: not a badge of this event</source>
        <translation>Отказано: не бейдж этого мероприятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: damaged code</source>
        <translation>Отказано: повреждённый код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: forged or altered badge</source>
        <translation>Отказано: поддельный или изменённый бейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: badge replaced by a reprint</source>
        <translation>Отказано: бейдж заменён перепечатанным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: signed by an unknown key</source>
        <translation>Отказано: подписан неизвестным ключом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: not a Companion badge</source>
        <translation>Отказано: не бейдж Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check-in undone</source>
        <translation>Регистрация отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person is no longer counted as here.</source>
        <translation>Участник больше не считается присутствующим.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already checked in</source>
        <translation>Уже зарегистрирован</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admitted by hand</source>
        <translation>Пропущен вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admitted: valid badge, not in this desk&apos;s list</source>
        <translation>Пропущен: бейдж действителен, но нет в списке этой стойки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admitted</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked in at %1 · desk: %2 · by %3</source>
        <translation>Зарегистрирован в %1 · стойка: %2 · оператор: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked in at %1 · desk: %2</source>
        <translation>Зарегистрирован в %1 · стойка: %2</translation>
    </message>
</context>
<context>
    <name>ChoiceFilterButton</name>
    <message>
        <location filename="../../src/companion/ui/agenda/filters.py" line="+37"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: all</source>
        <translation>%1: все</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+10"/>
        <source>Which column holds what?</source>
        <translation>Какой столбец что содержит?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Companion could not tell what some columns of %1 hold. Choose a field for each column; columns set to “(not used)” are left out.</source>
        <translation>Companion не смог определить, что содержат некоторые столбцы %1. Выберите поле для каждого столбца; столбцы «(не используется)» пропускаются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Столбец&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;First values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Первые значения&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(column %1)</source>
        <translation>(столбец %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not recognised</source>
        <translation>Не распознано</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the column(s) holding the names.</source>
        <translation>Выберите столбцы с именами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each field can come from one column only.</source>
        <translation>Каждое поле может браться только из одного столбца.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/companion/cli/__init__.py" line="+155"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="-205"/>
        <source>--offset {value} is not two numbers in mm like 1.5,-0.5</source>
        <translation>--offset {value} — это не два числа в мм вида 1.5,-0.5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--map {pair}: unknown field {field}</source>
        <translation>--map {pair}: неизвестное поле {field}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map {pair}: the header has no column {column}</source>
        <translation>--map {pair}: в заголовке нет столбца {column}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{path}: desk package of {event} ({count} attendees, {sealed}); key fingerprint {fingerprint} (compare on the desk)</source>
        <translation>{path}: пакет стойки мероприятия {event} (участников: {count}; {sealed}); отпечаток ключа {fingerprint} (сверьте на стойке)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed with the passphrase</source>
        <translation>защищён парольной фразой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sealed</source>
        <translation>не защищён</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the public key: {reason}</source>
        <translation>не удалось записать открытый ключ: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: public key of {event} (verifies every badge of this event)</source>
        <translation>{path}: открытый ключ мероприятия {event} (проверяет каждый бейдж этого мероприятия)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say where to write the PDF with -o FILE.pdf</source>
        <translation>укажите, куда записать PDF: -o ФАЙЛ.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}: calibration sheet for {layout}</source>
        <translation>{path}: калибровочный лист для {layout}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no attendees in {path}; no PDF written</source>
        <translation>в {path} нет участников; PDF не записан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: attendees read: {count} ({format}, sheet {sheet}); new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: {errors}</source>
        <translation>{path}: прочитано участников: {count} ({format}, лист {sheet}); новых: {added}, обновлено: {updated}, без изменений: {unchanged}; не импортировано строк: {errors}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: attendees read: {count} ({encoding}, &apos;{delimiter}&apos;-separated); new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: {errors}</source>
        <translation>{path}: прочитано участников: {count} ({encoding}, разделитель &apos;{delimiter}&apos;); новых: {added}, обновлено: {updated}, без изменений: {unchanged}; не импортировано строк: {errors}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no attendees stored for {event}; give an ATTENDEES.csv</source>
        <translation>для мероприятия {event} не сохранено ни одного участника; укажите ATTENDEES.csv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no attendee with the id {ids} is stored for {event}</source>
        <translation>среди сохранённых участников мероприятия {event} нет ID {ids}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{event}: badges marked as printed: {count}</source>
        <translation>{event}: бейджей, отмеченных как напечатанные: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: badges printed before and printed again: {count} (--only-new leaves them out)</source>
        <translation>примечание: бейджей, напечатанных ранее и печатаемых снова: {count} (--only-new их пропускает)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path}: badges: {badges}, pages: {pages} ({layout})</source>
        <translation>{path}: бейджей: {badges}, страниц: {pages} ({layout})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>printed</source>
        <translation>напечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved as PDF</source>
        <translation>сохранён в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as printed</source>
        <translation>отмечен как напечатанный</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/agenda.py" line="+50"/>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="+79"/>
        <source>--day {value} is not a date like 2025-05-13</source>
        <translation>--day {value} — это не дата вида 2025-05-13</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="-4"/>
        <source>{day} is not a day of this event ({days})</source>
        <translation>{day} — не день этого мероприятия ({days})</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="+13"/>
        <source>cannot read your stars: {problem}</source>
        <translation>не удалось прочитать ваши отметки: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starred sessions no longer in the programme ({count}): {ids}</source>
        <translation>отмеченные сессии, которых больше нет в программе ({count}): {ids}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>session revisions not read ({problem}); SEQUENCE comes from the data only</source>
        <translation>версии сессий не прочитаны ({problem}); SEQUENCE берётся только из данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starred sessions no longer in the programme whose last known time is not stored ({count}), so not written as cancelled: {ids}</source>
        <translation>отмеченные сессии, которых больше нет в программе и последнее известное время которых не сохранено ({count}), поэтому не записаны как отменённые: {ids}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>sessions left out because no date is published ({count}): {names}</source>
        <translation>пропущены сессии без опубликованной даты ({count}): {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you have not starred any session</source>
        <translation>вы не отметили ни одной сессии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no session with a published date is listed on {day}</source>
        <translation>на {day} нет сессий с опубликованной датой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session with a published date to export</source>
        <translation>нет сессий с опубликованной датой для экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; no file written</source>
        <translation>{reason}; файл не записан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timed: {count}</source>
        <translation>со временем: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all-day, time not published: {count}</source>
        <translation>на весь день, время не опубликовано: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled: {count}</source>
        <translation>отменённых: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions written to {path}: {count} ({parts})</source>
        <translation>записано сессий в {path}: {count} ({parts})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--alarm must be 0 to {most} minutes</source>
        <translation>значение --alarm должно быть от 0 до {most} минут</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown session id: {ids} (see `companion agenda` for ids)</source>
        <translation>неизвестный ID сессии: {ids} (ID показывает `companion agenda`)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>starred sessions no longer in the programme ({count}), written as cancelled: {ids}</source>
        <translation>отмеченные сессии, которых больше нет в программе ({count}), записаны как отменённые: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_schedule.py" line="+41"/>
        <source>sessions written: {count} (with indicative times, marked: {indicative}).</source>
        <translation>записано сессий: {count} (с ориентировочным временем, помечены: {indicative}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sessions left out (the format needs a date and a time): {count}</source>
        <translation>пропущено сессий (формату нужны дата и время): {count}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="+47"/>
        <source>skipped sessions of other events: {events} (this is {event}; open that event with --event to import them)</source>
        <translation>пропущены сессии других мероприятий: {events} (это {event}; чтобы импортировать их, откройте то мероприятие с --event)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not in the current programme, so not starred: {ids}</source>
        <translation>нет в текущей программе, поэтому не отмечены: {ids}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>events not written by Companion, ignored: {count}</source>
        <translation>пропущено событий, записанных не программой Companion: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no session of {event} in {path}; nothing starred</source>
        <translation>в {path} нет сессий мероприятия {event}; ничего не отмечено</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot open your stars: {problem}</source>
        <translation>не удалось открыть ваши отметки: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sessions starred from {path}: {count}</source>
        <translation>отмечено сессий из {path}: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already starred: {count}</source>
        <translation>уже были отмечены: {count}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="+132"/>
        <location filename="../../src/companion/services/calendar.py" line="+173"/>
        <source>cannot write {path}: {problem}</source>
        <translation>не удалось записать {path}: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--now {value} is not a date and time like 2025-05-13T11:00</source>
        <translation>--now {value} — это не дата и время вида 2025-05-13T11:00</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="+26"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved (time)</source>
        <translation>перенесена (время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved (room)</source>
        <translation>перенесена (зал)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retitled</source>
        <translation>переименована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people changed</source>
        <translation>изменились участники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cancelled</source>
        <translation>отменённых: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} new</source>
        <translation>новых: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} moved (time)</source>
        <translation>перенесённых по времени: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} moved (room)</source>
        <translation>перенесённых в другой зал: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} retitled</source>
        <translation>переименованных: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} people changed</source>
        <translation>со сменой участников: {count}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>starred session no longer in the programme</source>
        <translation>отмеченной сессии больше нет в программе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was {when}, {room}</source>
        <translation>ранее: {when}, {room}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time: {old} → {new}</source>
        <translation>время: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>room: {old} → {new}</source>
        <translation>зал: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was titled: {title}</source>
        <translation>прежнее название: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added: {names}</source>
        <translation>добавлены: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed: {names}</source>
        <translation>убраны: {names}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no changes</source>
        <translation>изменений нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{old} session → {new} session: {summary}.</source>
        <translation>сессий: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} session → {new} sessions: {summary}.</source>
        <translation>сессий: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} sessions → {new} session: {summary}.</source>
        <translation>сессий: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{old} sessions → {new} sessions: {summary}.</source>
        <translation>сессий: {old} → {new}; {summary}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note: the files name different events ({old} and {new}); sessions are matched by id.</source>
        <translation>Примечание: в файлах указаны разные мероприятия ({old} и {new}); сессии сопоставляются по ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} starred session is no longer in the programme (your stars are kept).</source>
        <translation>отмеченных сессий, которых больше нет в программе: {count} (ваши отметки сохранены).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} starred sessions are no longer in the programme (your stars are kept).</source>
        <translation>отмеченных сессий, которых больше нет в программе: {count} (ваши отметки сохранены).</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/refresh.py" line="+18"/>
        <source>{address}: subscribed, {count} sessions</source>
        <translation>{address}: подписка оформлена, сессий: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: not changed</source>
        <translation>{address}: без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: {count} sessions changed (see companion diff, or What changed)</source>
        <translation>{address}: изменено сессий: {count} (см. companion diff или «Что изменилось»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: new version, no session changed</source>
        <translation>{address}: новая версия, ни одна сессия не изменилась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} {kept}</source>
        <translation>{problem} {kept}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}; not replaced (use --accept-drop to replace it)</source>
        <translation>{problem}; копия не заменена (чтобы заменить её, укажите --accept-drop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no subscriptions (subscribe with companion --event URL … or in the window)</source>
        <translation>подписок нет (подпишитесь командой companion --event URL … или в окне приложения)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="-44"/>
        <source>{file}: desk package of {event} imported: {count} attendees, {revoked} revoked codes; key fingerprint {fingerprint} (compare with the badge station)</source>
        <translation>{file}: пакет стойки мероприятия {event} импортирован (участников: {count}, отозванных кодов: {revoked}); отпечаток ключа {fingerprint} (сверьте со станцией печати бейджей)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin_log.py" line="+56"/>
        <source>merged {files} logs: {records} records read, {added} new; conflicts: {conflicts}</source>
        <translation>объединено журналов: {files}; прочитано записей: {records}, новых: {added}; конфликтов: {conflicts}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>{file}: {count} records of {event}</source>
        <translation>{file}: записей мероприятия {event}: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{event}: check-in log, desk list and keys erased</source>
        <translation>{event}: журнал регистрации, список стойки и ключи удалены</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>checked in: {done} of {expected}</source>
        <translation>зарегистрировано: {done} из {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by category</source>
        <translation>по категориям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by delegation</source>
        <translation>по делегациям</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>desk {desk}: {rate} scans per minute</source>
        <translation>стойка {desk} — сканирований в минуту: {rate}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflict: {id} admitted at {where}</source>
        <translation>конфликт: {id} пропущен на стойках: {where}</translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <location filename="../../src/companion/cli/__init__.py" line="-134"/>
        <source>open this event file instead of CACCC-2025</source>
        <translation>открыть этот файл мероприятия вместо ЦАКИК-2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pretend it is this time (event time zone)</source>
        <translation>считать, что сейчас это время (в часовом поясе мероприятия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep user state in DIR</source>
        <translation>хранить данные пользователя в папке DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language: en, ru, kk or kk-Latn</source>
        <translation>язык: en, ru, kk или kk-Latn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-in store shared by desks, e.g. postgresql://desk@server/checkin (default: this machine&apos;s state file, or the address remembered)</source>
        <translation>хранилище регистрации, общее для стоек, например postgresql://desk@server/checkin (по умолчанию — файл состояния на этом компьютере или запомненный адрес)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Offline companion for CACCC-2025 (Ashgabat, 13–15 May 2025). Without a command it opens the window; companion FILE opens a schedule or event file in it (as --event FILE).</source>
        <translation>Офлайн-помощник участника ЦАКИК-2025 (Ашхабад, 13–15 мая 2025 г.). Без команды открывает окно; companion FILE открывает в нём файл программы или мероприятия (как --event FILE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show program&apos;s version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window on the Check-in page, full screen, for a registration desk</source>
        <translation>открыть окно на странице «Регистрация» во весь экран — для стойки регистрации</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/agenda.py" line="-25"/>
        <source>print the programme</source>
        <translation>вывести программу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this day (&apos;undated&apos; for sessions with no published date)</source>
        <translation>только этот день (&apos;undated&apos; — сессии без опубликованной даты)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of sessions</source>
        <translation>вывести список сессий в JSON</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/badges.py" line="-300"/>
        <source>print name badges with signed QR codes to PDF</source>
        <translation>напечатать именные бейджи с подписанными QR-кодами в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an attendee list (CSV) into the event&apos;s state and print its badges to a PDF. Without ATTENDEES.csv the attendees already stored for the event are printed.</source>
        <translation>Импортировать список участников (CSV) в данные мероприятия и напечатать их бейджи в PDF. Без ATTENDEES.csv печатаются участники, уже сохранённые для мероприятия.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>write the badges here</source>
        <translation>записать бейджи сюда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>badge stock (default {layout}; see --list-layouts)</source>
        <translation>бланки бейджей (по умолчанию {layout}; см. --list-layouts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order of the badges (default: delegation, then family name)</source>
        <translation>порядок бейджей (по умолчанию: делегация, затем фамилия)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>attendee list: CSV (any common encoding) or an .xlsx, .xls or .ods workbook</source>
        <translation>список участников: CSV (в любой распространённой кодировке) или книга .xlsx, .xls или .ods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook sheet holding the attendees, by name or number from 1 (default: the first)</source>
        <translation>лист книги с участниками: название или номер, начиная с 1 (по умолчанию: первый)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this attendee&apos;s badge (a lost or misspelt one; e.g. with --layout cr80); may be repeated</source>
        <translation>только бейдж этого участника (потерянный или с ошибкой; например, с --layout cr80); можно повторять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>log the chosen badges as printed (all, --only-new or --id); without -o nothing is drawn: the PDF was printed elsewhere</source>
        <translation>отметить выбранные бейджи как напечатанные (все, --only-new или --id); без -o ничего не отрисовывается: PDF напечатан в другом месте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the event&apos;s print log (printed, saved as PDF, marked), newest first</source>
        <translation>вывести журнал печати мероприятия (напечатанные, сохранённые в PDF, отмеченные), сначала новые записи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only attendees whose badge was never printed (a saved PDF is not printed; see --mark-printed)</source>
        <translation>только участники, чей бейдж ещё ни разу не печатался (сохранённый PDF не считается напечатанным; см. --mark-printed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printer offset in mm (x right, y down), e.g. 1.5,-0.5; with --duplex the backs are the fronts&apos; mirror image, so there x moves left and each back stays behind its front</source>
        <translation>смещение принтера в мм (x вправо, y вниз), например 1.5,-0.5; с --duplex обороты — зеркальное отражение лицевых сторон, поэтому на них x сдвигает влево и каждый оборот остаётся за своей лицевой стороной</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add mirrored backs with the name, for long-edge duplex</source>
        <translation>добавить зеркальные обороты с именем для дуплекса по длинному краю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the layout&apos;s calibration sheet to -o instead</source>
        <translation>вместо этого записать в -o калибровочный лист бланка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which column holds a field when its header is not recognised (fields: {fields}); may be repeated</source>
        <translation>указать, в каком столбце поле, если его заголовок не распознан (поля: {fields}); можно повторять</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the event&apos;s name in this language too, after the --lang one (e.g. {example})</source>
        <translation>печатать название мероприятия и на этом языке, после названия на языке --lang (например, {example})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the badge stock this version knows</source>
        <translation>перечислить бланки бейджей, известные этой версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the event&apos;s public key (PEM) for check-in desks</source>
        <translation>записать открытый ключ мероприятия (PEM) для стоек регистрации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a desk package for check-in desks that did not print: public keys, revoked codes, names, organisations, delegations, categories (no e-mails, no private key)</source>
        <translation>записать пакет стойки для стоек регистрации, которые не печатали бейджи: открытые ключи, отозванные коды, имена, организации, делегации, категории (без адресов e-mail и закрытого ключа)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seal the desk package with the passphrase on the first line of FILE</source>
        <translation>защитить пакет стойки парольной фразой из первой строки FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --id: the badge was lost; print a new code and revoke the old one</source>
        <translation>с --id: бейдж утерян; напечатать новый код и отозвать старый</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/delegations.py" line="+29"/>
        <source>list delegations: countries and organisations</source>
        <translation>перечислить делегации: страны и организации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delegations found by TEXT (name or alias, any script)</source>
        <translation>только делегации, найденные по TEXT (название или другое имя, любой алфавит)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of delegations</source>
        <translation>вывести список делегаций в JSON</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="-140"/>
        <source>show what changed between two versions of a schedule</source>
        <translation>показать, что изменилось между двумя версиями программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two versions of an event&apos;s schedule (any format Companion reads): new, cancelled, moved (time or room), retitled and people changed, your starred sessions first. Exit status: 0 no changes, 1 changes, 2 a file could not be read.</source>
        <translation>Сравнить две версии программы мероприятия (в любом формате, который читает Companion): новые, отменённые, перенесённые (по времени или залу), переименованные сессии и сессии со сменой участников, сначала отмеченные вами. Код выхода: 0 — изменений нет, 1 — есть изменения, 2 — файл не удалось прочитать.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the earlier schedule file</source>
        <translation>более ранний файл программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the newer schedule file</source>
        <translation>более новый файл программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the changes as JSON</source>
        <translation>вывести изменения в JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA zone for files that name none (default: UTC, or the zone their dates imply)</source>
        <translation>пояс IANA для файлов, где пояс не указан (по умолчанию: UTC или пояс, который следует из их дат)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_ics.py" line="-129"/>
        <source>write sessions to an .ics calendar file</source>
        <translation>записать сессии в файл календаря .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write sessions to an iCalendar (.ics) file. Sessions with a published day but no published time become all-day events marked &apos;(time not published)&apos;; sessions with no published date are left out and named on stderr. Indicative times are exported as TENTATIVE and say so. A starred session that left the programme is written as cancelled at its last known time, so calendars drop it.</source>
        <translation>Записать сессии в файл iCalendar (.ics). Сессии с опубликованным днём, но без опубликованного времени становятся событиями на весь день с пометкой «(время не опубликовано)»; сессии без опубликованной даты не записываются и перечисляются в stderr. Ориентировочное время экспортируется как TENTATIVE и с пояснением. Отмеченная сессия, исчезнувшая из программы, записывается как отменённая в последнее известное время, и календари её удаляют.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every session of the event</source>
        <translation>все сессии мероприятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sessions of one day</source>
        <translation>сессии одного дня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>these sessions (ids as `companion agenda` shows)</source>
        <translation>эти сессии (ID, как их показывает `companion agenda`)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sessions you starred</source>
        <translation>отмеченные вами сессии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .ics file to write (&apos;-&apos; for stdout)</source>
        <translation>файл .ics для записи (&apos;-&apos; — в stdout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a reminder this many minutes before each session</source>
        <translation>добавить напоминание за столько минут до каждой сессии</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/export_schedule.py" line="-22"/>
        <source>write the event as a frab schedule.json (Giggity, EventFahrplan, pretalx-compatible readers)</source>
        <translation>записать мероприятие как frab schedule.json (для Giggity, EventFahrplan и программ, совместимых с pretalx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the event (--event FILE, else CACCC-2025) as a frab schedule.json that validates against the c3voc schema. The format needs a time for every session: sessions without a published time are left out and named on stderr; indicative times are marked in the title and abstract.</source>
        <translation>Записать мероприятие (--event FILE, иначе ЦАКИК-2025) как frab schedule.json, проходящий проверку по схеме c3voc. Формат требует время для каждой сессии: сессии без опубликованного времени не записываются и перечисляются в stderr; ориентировочное время помечается в названии и аннотации.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write (&apos;-&apos; for stdout)</source>
        <translation>файл для записи (&apos;-&apos; — в stdout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA zone for an --event file that names none (default: UTC)</source>
        <translation>пояс IANA для файла --event, где пояс не указан (по умолчанию: UTC)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="-45"/>
        <source>star the sessions found in a calendar file that Companion exported</source>
        <translation>отметить сессии из файла календаря, экспортированного Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star every session of this event found in FILE (an .ics written by Companion, for example by `companion export-ics --starred`). Stars you already have are kept.</source>
        <translation>Отметить каждую сессию этого мероприятия, найденную в FILE (файле .ics, записанном Companion, например командой `companion export-ics --starred`). Уже имеющиеся отметки сохраняются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file</source>
        <translation>файл .ics</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/people.py" line="+29"/>
        <source>list the people the sources name</source>
        <translation>перечислить участников, названных в источниках</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only people found by TEXT (any spelling, any script)</source>
        <translation>только участники, найденные по TEXT (любое написание, любой алфавит)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON list of people</source>
        <translation>вывести список участников в JSON</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/help_language.py" line="+24"/>
        <source>usage:</source>
        <translation>использование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: ошибка: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>нужно указать аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>нужно указать один из аргументов %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя указывать вместе с аргументом %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного аргумента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>явно указанный аргумент %r пропущен</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/refresh.py" line="+7"/>
        <source>download subscribed schedules again</source>
        <translation>заново загрузить программы по подписке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every subscribed schedule (or the address given, subscribing to it). Exit status: 0 nothing changed, 1 something changed, 2 a refresh failed (the last good copy is kept).</source>
        <translation>Обновить все программы по подписке (или программу по указанному адресу, оформив на неё подписку). Код выхода: 0 — ничего не изменилось, 1 — есть изменения, 2 — обновление не удалось (сохраняется последняя исправная копия).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address to refresh (default: every subscription)</source>
        <translation>адрес для обновления (по умолчанию: все подписки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the copy even when the new version drops most sessions</source>
        <translation>заменить копию, даже если в новой версии пропала большая часть сессий</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin.py" line="-68"/>
        <source>check people in by their badge codes</source>
        <translation>зарегистрировать участников по кодам бейджей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check badge codes in (arguments, or stdin one per line as a scanner types them) and print each verdict. Exit status 2 when a code was refused, 1 when one was a duplicate, else 0.</source>
        <translation>Зарегистрировать коды бейджей (из аргументов или из stdin, по одному в строке, как их вводит сканер) и вывести решение по каждому. Код выхода: 2, если код отклонён; 1, если был повтор; иначе 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>badge codes (CB1:… or CB2:…); without any, and without --image, read stdin</source>
        <translation>коды бейджей (CB1:… или CB2:…); если их нет и не указан --image, читается stdin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check in the QR codes in this picture (photo or screenshot); may be repeated</source>
        <translation>зарегистрировать QR-коды с этого изображения (фото или снимок экрана); можно указать несколько раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a desk package from the badge station (keys, revocations, attendee list)</source>
        <translation>импортировать пакет стойки со станции печати бейджей (ключи, отзывы, список участников)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase of a sealed desk package, on the first line of FILE</source>
        <translation>парольная фраза защищённого пакета стойки (первая строка FILE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this desk&apos;s id in the log (default: the one remembered on this machine)</source>
        <translation>идентификатор этой стойки в журнале (по умолчанию — запомненный на этом компьютере)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is at the desk (recorded with each scan)</source>
        <translation>кто работает за стойкой (записывается с каждым сканированием)</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/checkin_log.py" line="-76"/>
        <source>export, merge, report or erase the check-in log</source>
        <translation>экспорт, объединение, отчёт или удаление журнала регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange check-in logs between desks (merging is idempotent: importing a log twice changes nothing), write the log as CSV, print the counts, or erase the event&apos;s check-in data.</source>
        <translation>Обмен журналами регистрации между стойками (объединение идемпотентно: повторный импорт журнала ничего не меняет), запись журнала в CSV, вывод итогов или удаление данных регистрации мероприятия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write this desk&apos;s log (every scan it knows) for other desks</source>
        <translation>записать журнал этой стойки (все известные ей сканирования) для других стоек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import other desks&apos; logs</source>
        <translation>импортировать журналы других стоек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the log as CSV for the organisers&apos; report</source>
        <translation>записать журнал в CSV для отчёта организаторов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print checked in / expected by category and delegation, scans per minute, conflicts</source>
        <translation>вывести «зарегистрировано / ожидается» по категориям и делегациям, сканирования в минуту, конфликты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erase the event&apos;s check-in log, desk list and desk keys (after the event)</source>
        <translation>удалить журнал регистрации мероприятия, список стойки и ключи стоек (после мероприятия)</translation>
    </message>
</context>
<context>
    <name>ContentNote</name>
    <message>
        <location filename="../../src/companion/ui/content_note.py" line="+15"/>
        <source>Descriptions, notes, topics and roles in this language are Companion&apos;s translation from English.</source>
        <translation>Описания, примечания, темы и роли на этом языке — перевод Companion с английского.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../src/companion/app.py" line="+55"/>
        <source>Companion ran into an unexpected problem. What you were doing may not have finished; your saved data is kept. If it happens again, please send the details below to whoever supports Companion for you.</source>
        <translation>В Companion произошла непредвиденная ошибка. Начатое действие могло не завершиться; сохранённые данные не пострадали. Если это повторится, отправьте сведения ниже тому, кто помогает вам с Companion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details are also in %1.</source>
        <translation>Эти сведения также записаны в %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected problem</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>DelegationDetail</name>
    <message>
        <location filename="../../src/companion/ui/delegations/detail.py" line="+41"/>
        <source>Delegation details</source>
        <translation>Сведения о делегации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Named members</source>
        <translation>Названные члены</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member is named in the sources.</source>
        <translation>В источниках не назван ни один член.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Composition as reported</source>
        <translation>Состав по сообщениям</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sessions its people take part in</source>
        <translation>Сессии с участием её членов</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session published for its people.</source>
        <translation>Для её членов сессии не опубликованы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Sessions it organised</source>
        <translation>Организованные ею сессии</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Organised with</source>
        <translation>Организовано совместно с</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Choose a country or organisation to see its delegation.</source>
        <translation>Выберите страну или организацию, чтобы увидеть её делегацию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This event&apos;s data names no delegations.</source>
        <translation>В данных этого мероприятия делегации не названы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open person %1</source>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No source listed.</source>
        <translation>Источники не указаны.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+6"/>
        <source>Also</source>
        <extracomment>src/companion/ui/delegations/detail.py:136</extracomment>
        <translation>Также</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../src/companion/ui/delegations/page.py" line="+30"/>
        <source>Filter by name, alias or member, in any script</source>
        <translation>Фильтр по названию, другому названию или члену, любым алфавитом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter delegations</source>
        <translation>Фильтр делегаций</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Named members</source>
        <translation>Названные члены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
</context>
<context>
    <name>DeskPackageActions</name>
    <message>
        <location filename="../../src/companion/ui/checkin/desk_package.py" line="+41"/>
        <source>Export &amp;desk package…</source>
        <translation>Экспорт &amp;пакета стойки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the keys and the attendee list that check-in desks need (no e-mails), sealed with a passphrase</source>
        <translation>Записать ключи и список участников, нужные стойкам регистрации (без адресов e-mail), с защитой парольной фразой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import des&amp;k package…</source>
        <translation>Импорт пакета с&amp;тойки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the badge station&apos;s keys and attendee list for this desk</source>
        <translation>Получить ключи и список участников со станции печати бейджей для этой стойки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export desk package</source>
        <translation>Экспорт пакета стойки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk packages (*.json)</source>
        <translation>Пакеты стойки (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing the desk package</source>
        <translation>Запись пакета стойки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk package was not written: %1</source>
        <translation>Пакет стойки не записан: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Seal the desk package</source>
        <translation>Защита пакета стойки</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Passphrase to seal the package with (leave empty not to seal it). Tell it to the desks another way than the file.</source>
        <translation>Парольная фраза для защиты пакета (оставьте пустой, чтобы не защищать). Сообщите её стойкам не вместе с файлом, а другим путём.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same passphrase again:</source>
        <translation>Та же парольная фраза ещё раз:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sealed with the passphrase</source>
        <translation>защищён парольной фразой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not sealed</source>
        <translation>без защиты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: desk package of %2 (%3 attendees, %4). Key fingerprint %5: compare it on each desk.</source>
        <translation>%1: пакет стойки мероприятия %2 (участников: %3, %4). Отпечаток ключа %5: сверьте его на каждой стойке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Import desk package</source>
        <translation>Импорт пакета стойки</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Desk packages (*.json);;All files (*)</source>
        <translation>Пакеты стойки (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the desk package</source>
        <translation>Чтение пакета стойки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk package was not imported: %1</source>
        <translation>Пакет стойки не импортирован: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is sealed. Passphrase:</source>
        <translation>%1 защищён. Парольная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase for %1 (or the file was changed). Passphrase:</source>
        <translation>Неверная парольная фраза для %1 (или файл был изменён). Парольная фраза:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: desk package of %2 imported: %3 attendees, %4 revoked codes. Key fingerprint %5: compare it with the badge station.</source>
        <translation>%1: пакет стойки мероприятия %2 импортирован (участников: %3, отозванных кодов: %4). Отпечаток ключа %5: сверьте его со станцией печати бейджей.</translation>
    </message>
</context>
<context>
    <name>DeskPanes</name>
    <message>
        <location filename="../../src/companion/ui/checkin/panes.py" line="+54"/>
        <source>Connection to the shared check-in server</source>
        <translation>Подключение к общему серверу регистрации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan a badge: the scanner works whatever has focus on this page.</source>
        <translation>Отсканируйте бейдж: сканер работает, где бы ни был фокус на этой странице.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator: who is at this desk (kept in the log)</source>
        <translation>Оператор: кто работает за этой стойкой (сохраняется в журнале)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, kept with each check-in</source>
        <translation>Ваше имя, сохраняется с каждой регистрацией</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo last check-in</source>
        <translation>О&amp;тменить последнюю регистрацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>Отменить последнюю регистрацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sound</source>
        <translation>&amp;Звук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a sound for each verdict</source>
        <translation>Воспроизводить звук при каждом решении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full scr&amp;een</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen (F11)</source>
        <translation>Во весь экран (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit &amp;anyway…</source>
        <translation>&amp;Всё равно пропустить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admit the person whose badge was refused, with a reason</source>
        <translation>Пропустить участника, чей бейдж не принят, с указанием причины</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot the badge? Find the person</source>
        <translation>Забыт бейдж? Найдите участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd by name:</source>
        <translation>&amp;Найти по имени:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a person by name</source>
        <translation>Найти участника по имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, organisation or delegation, in any script</source>
        <translation>Имя, организация или делегация, любым алфавитом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People found</source>
        <translation>Найденные участники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in &amp;by hand…</source>
        <translation>Зарегистрировать в&amp;ручную…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in the chosen person by hand</source>
        <translation>Зарегистрировать выбранного участника вручную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reprint badge</source>
        <translation>&amp;Перепечатать бейдж</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint the chosen person&apos;s badge</source>
        <translation>Перепечатать бейдж выбранного участника</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Checked in</source>
        <translation>Зарегистрированы</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>People checked in</source>
        <translation>Зарегистрированные участники</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked in by category, delegation and desk</source>
        <translation>Зарегистрированные по категориям, делегациям и стойкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Admitted at two desks</source>
        <translation>Пропущены на двух стойках</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People admitted at more than one desk</source>
        <translation>Участники, пропущенные более чем на одной стойке</translation>
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
        <translation>Напоминания Companion</translation>
    </message>
</context>
<context>
    <name>EventFile</name>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="+91"/>
        <source>a schedule.json needs a &apos;schedule&apos; object</source>
        <translation>в schedule.json должен быть объект &apos;schedule&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing or not an object</source>
        <translation>отсутствует или не является объектом</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing or not a list</source>
        <translation>отсутствует или не является списком</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_text.py" line="+21"/>
        <location filename="../../src/companion/sources/json_text.py" line="+33"/>
        <source>not UTF-8 text</source>
        <translation>это не текст в кодировке UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_schedule.py" line="+60"/>
        <source>END:{name} does not close anything open (no END here expected)</source>
        <translation>END:{name} ничего не закрывает (здесь END не ожидается)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>END:{name} does not close anything open (END:{open} expected)</source>
        <translation>END:{name} ничего не закрывает (ожидается END:{open})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BEGIN:{name} is never closed (is the file truncated?)</source>
        <translation>BEGIN:{name} нигде не закрыт (файл обрезан?)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_text.py" line="+66"/>
        <source>not a readable iCalendar file: {detail}</source>
        <translation>файл iCalendar не читается: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/json_text.py" line="+5"/>
        <source>not valid JSON: {detail}</source>
        <translation>некорректный JSON: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a number with {digits} digits is too long to read</source>
        <translation>число из {digits} цифр слишком длинное, чтобы его прочитать</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/companion_json.py" line="+140"/>
        <location filename="../../src/companion/sources/json_text.py" line="-2"/>
        <source>JSON nested too deeply</source>
        <translation>слишком глубокая вложенность JSON</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="+63"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Companion event file</source>
        <translation>файл мероприятия Companion</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_stars.py" line="+68"/>
        <source>not UTF-8 text, so not a calendar file</source>
        <translation>это не текст в кодировке UTF-8, значит, и не файл календаря</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a calendar file (no BEGIN:VCALENDAR)</source>
        <translation>это не файл календаря (нет BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file ends before END:VCALENDAR (cut short?)</source>
        <translation>файл обрывается до END:VCALENDAR (обрезан?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>not a valid calendar file: {detail}</source>
        <translation>некорректный файл календаря: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no complete VCALENDAR (BEGIN and END lines do not match)</source>
        <translation>нет ни одного целого VCALENDAR (строки BEGIN и END не совпадают)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>event {uid}: {property}: {problem}</source>
        <translation>событие {uid}: {property}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="-17"/>
        <source>this is not a schedule Companion can read. It reads schedules exported by conference programme tools (frab or pretalx, as XML or JSON), calendar files (.ics) and Companion event files</source>
        <translation>это не программа, которую может прочитать Companion. Он читает программы, выгруженные из систем подготовки конференций (frab или pretalx, в XML или JSON), файлы календаря (.ics) и файлы мероприятий Companion</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown time zone {zone} (use an IANA name like Europe/Berlin)</source>
        <translation>неизвестный часовой пояс {zone} (укажите имя IANA, например Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>JSON, but neither a frab schedule.json (&apos;schedule&apos; key) nor a Companion event file ({keys})</source>
        <translation>это JSON, но ни frab schedule.json (ключ &apos;schedule&apos;), ни файл мероприятия Companion ({keys})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/companion_json.py" line="-104"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+546"/>
        <source>unknown time zone {zone}</source>
        <translation>неизвестный часовой пояс {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date and time: {value}</source>
        <translation>это не дата и время: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date: {value}</source>
        <translation>это не дата: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session id {id} is used twice</source>
        <translation>ID сессии {id} использован дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id {id} is used twice</source>
        <translation>ID {id} использован дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown session type {type}</source>
        <translation>неизвестный тип сессии {type}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown room {room}</source>
        <translation>неизвестный зал {room}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown track {track}</source>
        <translation>неизвестное направление {track}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown person {person}</source>
        <translation>неизвестный участник {person}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown delegation {delegation}</source>
        <translation>неизвестная делегация {delegation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown source {source}</source>
        <translation>неизвестный источник {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person}: unknown delegation {delegation}</source>
        <translation>{person}: неизвестная делегация {delegation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} names {delegation} but is not among its members</source>
        <translation>{person} ссылается на делегацию {delegation}, но не входит в её состав</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: unknown person {person}</source>
        <translation>{delegation}: неизвестный участник {person}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{delegation}: head {person} is not a member</source>
        <translation>{delegation}: глава {person} не входит в состав делегации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person} is listed here but belongs to {delegation}</source>
        <translation>{person} указан здесь, но относится к делегации {delegation}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>the file must hold a JSON object</source>
        <translation>файл должен содержать объект JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {expected}, found {found}</source>
        <translation>ожидалось {expected}, а указано {found}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event file schema says: {detail}</source>
        <translation>проверка по схеме файла мероприятия: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event file schema says: {detail} (and {count} more problem)</source>
        <translation>проверка по схеме файла мероприятия: {detail} (другие ошибки: ещё {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event file schema says: {detail} (and {count} more problems)</source>
        <translation>проверка по схеме файла мероприятия: {detail} (другие ошибки: ещё {count})</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>start and end must both be given or both be null</source>
        <translation>начало и конец должны быть либо оба указаны, либо оба равны null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session ends before it starts</source>
        <translation>сессия заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a session with a time cannot be &apos;unknown&apos;</source>
        <translation>у сессии с указанным временем не может быть статуса &apos;unknown&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} needs a start and an end</source>
        <translation>для статуса {status} нужны начало и конец</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>starts on {start} but is listed on {day}</source>
        <translation>начинается {start}, но отнесена к дню {day}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+520"/>
        <source>the schedule has no days and no dated sessions</source>
        <translation>в программе нет ни дней, ни сессий с датой</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/diff.py" line="+163"/>
        <source>cannot open {path}: {problem}</source>
        <translation>не удалось открыть {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/commands/import_stars.py" line="+14"/>
        <source>cannot read {path}: {problem}</source>
        <translation>не удалось прочитать {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="-21"/>
        <source>cannot open event file {path}: {problem}</source>
        <translation>не удалось открыть файл мероприятия {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_xml.py" line="+41"/>
        <source>not well-formed XML: {detail} (is the file in the encoding it declares?)</source>
        <translation>ошибка в структуре XML: {detail} (соответствует ли файл кодировке, объявленной в нём?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not well-formed XML: {detail}</source>
        <translation>ошибка в структуре XML: {detail}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refused unsafe XML ({kind}): entity declarations and external references are not allowed in a schedule</source>
        <translation>небезопасный XML отклонён ({kind}): объявления сущностей и внешние ссылки в программе не допускаются</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable text encoding: {detail}</source>
        <translation>нечитаемая кодировка текста: {detail}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the root element is not &lt;schedule&gt;</source>
        <translation>корневой элемент — не &lt;schedule&gt;</translation>
    </message>
    <message>
        <location filename="../../src/companion/services/events.py" line="+34"/>
        <source>unexpected problem: {detail}</source>
        <translation>непредвиденная ошибка: {detail}</translation>
    </message>
</context>
<context>
    <name>EventOpener</name>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="+93"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a schedule: frab XML, schedule.json, iCalendar or a Companion event</source>
        <translation>Открыть программу: frab XML, schedule.json, iCalendar или мероприятие Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавнее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;schedule.json…</source>
        <translation>Экспорт в &amp;schedule.json…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this event as a frab schedule.json for other schedule apps</source>
        <translation>Сохранить мероприятие как frab schedule.json для других приложений расписаний</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/changes/entry.py" line="+55"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="+140"/>
        <source>Open schedule</source>
        <translation>Открыть программу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedules (*.xml *.json *.ics *.ical *.ifb);;All files (*)</source>
        <translation>Программы (*.xml *.json *.ics *.ical *.ifb);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening schedule</source>
        <translation>Открытие программы</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Companion cannot open %1</source>
        <translation>Companion не может открыть %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window still shows %1.</source>
        <translation>В окне по-прежнему показано: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule not opened</source>
        <translation>Программа не открыта</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Times re-read in %1; the clock times did not change.</source>
        <translation>Время перечитано в поясе %1; точное время сессий не изменилось.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) changed since you last opened this event: see What changed.</source>
        <translation>
            <numerusform>С прошлого открытия этого мероприятия изменилась %n сессия: см. «Что изменилось».</numerusform>
            <numerusform>С прошлого открытия этого мероприятия изменились %n сессии: см. «Что изменилось».</numerusform>
            <numerusform>С прошлого открытия этого мероприятия изменилось %n сессий: см. «Что изменилось».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No recent events</source>
        <translation>Нет недавних мероприятий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export schedule.json</source>
        <translation>Экспорт в schedule.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>frab schedule.json (*.json)</source>
        <translation>frab schedule.json (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule not exported</source>
        <translation>Программа не экспортирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion cannot write %1: %2</source>
        <translation>Companion не может записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n сессия записана в %1.</numerusform>
            <numerusform>%n сессии записаны в %1.</numerusform>
            <numerusform>%n сессий записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with indicative times, marked as such in the title.</source>
        <translation>
            <numerusform>%n с ориентировочным временем, это отмечено в названии.</numerusform>
            <numerusform>%n с ориентировочным временем, это отмечено в названии.</numerusform>
            <numerusform>%n с ориентировочным временем, это отмечено в названии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) left out because the format needs a date and a time that were not published:</source>
        <translation>
            <numerusform>%n сессия пропущена: формату нужны дата и время, а они не опубликованы:</numerusform>
            <numerusform>%n сессии пропущены: формату нужны дата и время, а они не опубликованы:</numerusform>
            <numerusform>%n сессий пропущено: формату нужны дата и время, а они не опубликованы:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule exported</source>
        <translation>Программа экспортирована</translation>
    </message>
</context>
<context>
    <name>FilePlace</name>
    <message>
        <location filename="../../src/companion/sources/errors.py" line="+41"/>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, column {column}</source>
        <translation>строка {line}, столбец {column}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>byte {byte}</source>
        <translation>байт {byte}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line} (byte {byte})</source>
        <translation>строка {line} (байт {byte})</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../src/companion/ui/file_problem.py" line="+20"/>
        <source>%1 (at %2): %3</source>
        <translation>%1 (место: %2): %3</translation>
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
        <translation>папка не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>you have no permission to write there</source>
        <translation>нет прав на запись в это место</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the disk or folder is read-only</source>
        <translation>диск или папка доступны только для чтения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>part of the path is a file, not a folder</source>
        <translation>часть пути — файл, а не папка</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the file name is too long</source>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your disk quota is used up</source>
        <translation>ваша дисковая квота исчерпана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large for this disk</source>
        <translation>файл слишком велик для этого диска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an input/output error</source>
        <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path has a symbolic link that is not followed</source>
        <translation>в пути есть символическая ссылка, а по ссылкам переход не выполняется</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>you have no permission to read it</source>
        <translation>нет прав на чтение файла</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+15"/>
        <location filename="../../src/companion/sources/reading.py" line="+39"/>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../src/companion/cli/context.py" line="-10"/>
        <source>{file} at {place}: {problem}</source>
        <translation>{file}, {place}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/reading.py" line="-3"/>
        <source>the file is {size} MB; the limit is {limit} MB</source>
        <translation>размер файла {size} МБ; допустимо не более {limit} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is larger than {limit} MB (the limit)</source>
        <translation>размер больше допустимых {limit} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a device, not a file</source>
        <translation>это устройство, а не файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a special file (a socket or the like), not a file</source>
        <translation>это специальный файл (сокет или подобный), а не обычный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it sent nothing for {seconds} s</source>
        <translation>данные не поступали {seconds} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was still sending after {seconds} s</source>
        <translation>данные всё ещё поступали через {seconds} с</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../src/companion/sources/report.py" line="+79"/>
        <source>sessions: {sessions}, days: {days}, rooms: {rooms}, people: {people}, tracks: {tracks}</source>
        <translation>сессии: {sessions}, дни: {days}, залы: {rooms}, участники: {people}, направления: {tracks}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone {zone}: {reason}</source>
        <translation>Часовой пояс {zone}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped items: {count}</source>
        <translation>Пропущено элементов: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing skipped.</source>
        <translation>Ничего не пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/loader.py" line="-65"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="-813"/>
        <source>the file names it ({field})</source>
        <translation>указан в файле ({field})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/value_limits.py" line="+19"/>
        <source>{value} is out of range (dates from the year {first} to {last} are read)</source>
        <translation>{value} вне допустимого диапазона (читаются даты с {first} по {last} год)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+5"/>
        <source>The file names the zone {zone}, which is not a known IANA zone.</source>
        <translation>В файле указан пояс {zone}, но такого пояса IANA нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone; chosen by you</source>
        <translation>в файле не указан пояс; выбран вами</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file names no zone; every session date carries the offset {offset}</source>
        <translation>в файле не указан пояс; у всех дат сессий смещение {offset}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone and its dates carry offsets {offsets}; times are shown in UTC (choose the conference&apos;s zone to see local times)</source>
        <translation>в файле не указан пояс, а у его дат смещения {offsets}; время показано в UTC (выберите пояс конференции, чтобы видеть местное время)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file names no zone; times are read as UTC (choose the conference&apos;s zone if that is wrong)</source>
        <translation>в файле не указан пояс; время прочитано как UTC (если это неверно, выберите пояс конференции)</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>day_change {value} is not a time of day; ignored.</source>
        <translation>day_change {value} — не время суток; не учтено.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>day date {value} is not a date; its sessions need their own</source>
        <translation>дата дня {value} — не дата; его сессиям нужна своя дата</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>date {value} is not an ISO date and time</source>
        <translation>date {value} — не дата и время в формате ISO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start {value} is not a time of day</source>
        <translation>start {value} — не время суток</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date {value} is not a date</source>
        <translation>date {value} — не дата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start time without a day</source>
        <translation>время начала без дня</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>end {value} is not an ISO date and time</source>
        <translation>end {value} — не дата и время в формате ISO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duration {value} is not hours:minutes</source>
        <translation>duration {value} — не в формате часы:минуты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it ends before it starts</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no title</source>
        <translation>нет названия</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="+303"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+14"/>
        <source>{place}: {problem}; listed without a time.</source>
        <translation>{place}: {problem}; показано без времени.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+21"/>
        <source>the same session as an earlier one (id {id})</source>
        <translation>та же сессия, что и выше (id {id})</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/schedule_builder.py" line="+60"/>
        <source>{count} session shares an id with an earlier, different session (a repeated workshop); it got an id ending in ~2</source>
        <translation>Сессий с тем же id, что у другой, более ранней сессии (повторные семинары): {count}; им даны id с окончанием ~2, ~3 …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sessions share an id with an earlier, different session (repeated workshops); they got ids ending in ~2, ~3 …</source>
        <translation>Сессий с тем же id, что у другой, более ранней сессии (повторные семинары): {count}; им даны id с окончанием ~2, ~3 …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} session gives a start that differs from its date converted to {zone}; the date with its UTC offset was used.</source>
        <translation>Сессий, у которых начало расходится с датой в пересчёте на {zone}: {count}; использована дата со смещением UTC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sessions give a start that differs from their date converted to {zone}; the date with its UTC offset was used.</source>
        <translation>Сессий, у которых начало расходится с датой в пересчёте на {zone}: {count}; использована дата со смещением UTC.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{count} session has no readable time and is listed without one.</source>
        <translation>Сессий без читаемого времени: {count}; они показаны без времени.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} sessions have no readable time and are listed without one.</source>
        <translation>Сессий без читаемого времени: {count}; они показаны без времени.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/ical_schedule.py" line="-39"/>
        <source>iCalendar schedule</source>
        <translation>программа iCalendar</translation>
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
        <translation>строка {line} (VEVENT {number}, UID {uid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} (VEVENT {number})</source>
        <translation>строка {line} (VEVENT {number})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>marked STATUS:CANCELLED in the file</source>
        <translation>в файле отмечено STATUS:CANCELLED</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{place}: DTEND is a date but DTSTART a time; the end was ignored.</source>
        <translation>{place}: DTEND — дата, а DTSTART — время; окончание не учтено.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{place}: DTSTART is not a date or time; listed without a time.</source>
        <translation>{place}: DTSTART — не дата и не время; показано без времени.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{place}: no DTSTART; listed without a time.</source>
        <translation>{place}: нет DTSTART; показано без времени.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TZID of the start times</source>
        <translation>TZID времени начала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start times use several zones ({others} besides {zone}); all are shown in {zone}.</source>
        <translation>Время начала указано в нескольких поясах ({others} помимо {zone}); всё показано в поясе {zone}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TZID {tzid} ({count} time) is neither an IANA zone nor defined in the file; that time was read in the event&apos;s zone.</source>
        <translation>TZID {tzid} (раз: {count}) — не пояс IANA и не определён в файле; это время прочитано в поясе мероприятия.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TZID {tzid} ({count} times) is neither an IANA zone nor defined in the file; those times were read in the event&apos;s zone.</source>
        <translation>TZID {tzid} (раз: {count}) — не пояс IANA и не определён в файле; это время прочитано в поясе мероприятия.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} start time is given in UTC.</source>
        <translation>Время начала указано в UTC (записей: {count}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} start times are given in UTC.</source>
        <translation>Время начала указано в UTC (записей: {count}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} repeating entry (RRULE) is listed at its first occurrence only.</source>
        <translation>Повторяющихся записей (RRULE): {count}; каждая показана только в первый раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} repeating entries (RRULE) are listed at their first occurrence only.</source>
        <translation>Повторяющихся записей (RRULE): {count}; каждая показана только в первый раз.</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_xml.py" line="-61"/>
        <source>frab schedule XML</source>
        <translation>программа frab (XML)</translation>
    </message>
    <message>
        <location filename="../../src/companion/sources/frab_json.py" line="-397"/>
        <source>frab schedule.json</source>
        <translation>frab schedule.json</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a day that is not an object</source>
        <translation>день, который не является объектом</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an object of room name to sessions; the day&apos;s sessions were skipped</source>
        <translation>не объект «название зала → сессии»; сессии этого дня пропущены</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a list of sessions</source>
        <translation>не список сессий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a session that is not an object</source>
        <translation>сессия, которая не является объектом</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/companion/ui/import_report.py" line="+59"/>
        <source>Schedule opened</source>
        <translation>Программа открыта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions:</source>
        <translation>Сессии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>Дни:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms:</source>
        <translation>Залы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks:</source>
        <translation>Направления:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time zone of this schedule</source>
        <translation>Часовой пояс этой программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the times in &amp;zone:</source>
        <translation>Читать время в &amp;поясе:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload in this zone</source>
        <translation>&amp;Перечитать в этом поясе</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Skipped %n item(s) and noted:</source>
        <translation>
            <numerusform>Пропущен %n элемент, замечания:</numerusform>
            <numerusform>Пропущено %n элемента, замечания:</numerusform>
            <numerusform>Пропущено %n элементов, замечания:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing skipped.</source>
        <translation>Ничего не пропущено.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes:</source>
        <translation>Замечания:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped items and notes</source>
        <translation>Пропущенные элементы и замечания</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>named in the file</source>
        <translation>указан в файле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; chosen by you</source>
        <translation>в файле не указан; выбран вами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; inferred from the UTC offset of its dates</source>
        <translation>в файле не указан; определён по смещению UTC его дат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file names none; UTC assumed. Choose the conference&apos;s zone below if that is wrong</source>
        <translation>в файле не указан; принято UTC. Если это неверно, выберите ниже пояс конференции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a time zone name such as Europe/Brussels.</source>
        <translation>«%1» — не название часового пояса вроде Europe/Brussels.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../src/companion/services/jobs.py" line="+102"/>
        <source>{task} stopped because of an unexpected problem in Companion ({kind}). Nothing was changed by the part that failed; the details are in the log file.</source>
        <translation>{task}: работа остановлена из-за непредвиденной ошибки в Companion ({kind}). Часть, в которой произошёл сбой, ничего не изменила; подробности — в файле журнала.</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/calendar_export.py" line="-253"/>
        <source>Writing the calendar file</source>
        <translation>Запись файла календаря</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/open_event.py" line="-280"/>
        <source>Opening the schedule</source>
        <translation>Открытие программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing the event with the version seen last time</source>
        <translation>Сравнение мероприятия с версией, которую вы видели в прошлый раз</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="-47"/>
        <source>Downloading the schedule</source>
        <translation>Загрузка программы</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../src/companion/ui/language.py" line="+161"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the window</source>
        <translation>Выбрать язык окна</translation>
    </message>
</context>
<context>
    <name>LegendEntries</name>
    <message numerus="yes">
        <location filename="../../src/companion/ui/agenda/legend.py" line="+92"/>
        <source>+%n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/companion/ui/main_window.py" line="+246"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Agenda</source>
        <translation>Программа</translation>
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
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this &amp;event</source>
        <translation>О &amp;мероприятии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Companion</source>
        <translation>&amp;О приложении Companion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search titles, topics, people, organisations… (Ctrl+F)</source>
        <translation>Поиск по названиям, темам, людям, организациям… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fin&amp;d…</source>
        <translation>Н&amp;айти…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Jump to now</source>
        <translation>Перейти к &amp;текущему</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Next day</source>
        <translation>&amp;Следующий день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous day</source>
        <translation>&amp;Предыдущий день</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../src/companion/ui/delegations/model.py" line="+62"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(head of delegation)</source>
        <translation>(глава делегации)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/companion/ui/message_bar.py" line="+43"/>
        <source>Dismiss (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>MyAgenda</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/model.py" line="+79"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
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
        <translation>Моя программа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+161"/>
        <source>Add to calendar</source>
        <translation>Добавить в календарь</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+133"/>
        <source>Open this session in your calendar application</source>
        <translation>Открыть эту сессию в приложении календаря</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save sessions as a calendar file (.ics): this one, starred, a day…</source>
        <translation>Сохранить сессии в файл календаря (.ics): эту, отмеченные, за день…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Star or unstar session</source>
        <translation>&amp;Отметить сессию или снять отметку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export calendar file…</source>
        <translation>&amp;Экспорт файла календаря…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import stars from calendar file…</source>
        <translation>&amp;Импорт отметок из файла календаря…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reminders…</source>
        <translation>На&amp;поминания…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Select a session to star it.</source>
        <translation>Выберите сессию, чтобы отметить её.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starred: %1</source>
        <translation>Отмечено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstarred: %1</source>
        <translation>Отметка снята: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starred “%1”. It may clash with %2 (indicative times).</source>
        <translation>Отмечено «%1». Может пересекаться с %2 (ориентировочное время).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starred “%1”. It clashes with %2.</source>
        <translation>Отмечено «%1». Пересекается с %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+26"/>
        <source>No date was published for this session, so it cannot be added to a calendar yet.</source>
        <translation>Дата этой сессии не опубликована, поэтому добавить её в календарь пока нельзя.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>★ Starred</source>
        <translation>★ Отмечено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Star</source>
        <translation>☆ Отметить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from My agenda (Ctrl+D)</source>
        <translation>Убрать из моей программы (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to My agenda (Ctrl+D)</source>
        <translation>Добавить в мою программу (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starred</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Star</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unstar</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar (no date published)</source>
        <translation>Добавить в календарь (дата не опубликована)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Save calendar file</source>
        <translation>Сохранить файл календаря</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar file not saved</source>
        <translation>Файл календаря не сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calendar file saved as %1.</source>
        <translation>Файл календаря сохранён как %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import stars from calendar file</source>
        <translation>Импорт отметок из файла календаря</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Companion cannot read %1

Your stars are unchanged.</source>
        <translation>Companion не может прочитать %1

Ваши отметки не изменились.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stars not imported</source>
        <translation>Отметки не импортированы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred from the file: %1</source>
        <translation>Отмечено по файлу: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already starred: %1</source>
        <translation>уже были отмечены: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the current programme: %1</source>
        <translation>нет в текущей программе: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions of other events skipped: %1</source>
        <translation>пропущено сессий других мероприятий: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries not written by Companion, ignored: %1</source>
        <translation>пропущено записей, созданных не Companion: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stars found</source>
        <translation>Отметки не найдены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no session of this event.</source>
        <translation>В %1 нет сессий этого мероприятия.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders off.</source>
        <translation>Напоминания выключены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders %1 min before each starred session.</source>
        <translation>Напоминания за %1 мин до каждой отмеченной сессии.</translation>
    </message>
</context>
<context>
    <name>MyAgendaModel</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/model.py" line="+77"/>
        <source>Time</source>
        <translation>Время</translation>
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
        <translation>Пересечения</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starred: %1</source>
        <translation>Отмечено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clashing: %1</source>
        <translation>пересекаются: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free time · %1</source>
        <translation>Свободное время · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free time from %1 to %2</source>
        <translation>Свободное время с %1 до %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May clash with %1 (indicative times)</source>
        <translation>Может пересекаться с %1 (ориентировочное время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes with %1</source>
        <translation>Пересекается с %1</translation>
    </message>
</context>
<context>
    <name>MyAgendaPage</name>
    <message>
        <location filename="../../src/companion/ui/my_agenda/page.py" line="+53"/>
        <source>My agenda summary</source>
        <translation>Сводка моей программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar</source>
        <translation>Добавить в календарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the starred sessions in your calendar application</source>
        <translation>Открыть отмеченные сессии в приложении календаря</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the starred sessions as a calendar file (.ics)</source>
        <translation>Сохранить отмеченные сессии в файл календаря (.ics)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import stars…</source>
        <translation>Импорт отметок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star the sessions of a calendar file Companion exported</source>
        <translation>Отметить сессии из файла календаря, экспортированного Companion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starred sessions</source>
        <translation>Отмеченные сессии</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+107"/>
        <source>Unstar</source>
        <translation>Снять отметку</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Remove the selected session from My agenda (Delete)</source>
        <translation>Убрать выбранную сессию из моей программы (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in agenda</source>
        <translation>Показать в программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session in the Agenda page (Enter)</source>
        <translation>Открыть выбранную сессию на странице «Программа» (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My agenda</source>
        <translation>Моя программа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No starred sessions yet.

Star a session in the Agenda with the ☆ column, the Star button in its details, the timeline&apos;s context menu, or Ctrl+D.</source>
        <translation>Отмеченных сессий пока нет.

Отметьте сессию в программе: столбец ☆, кнопка «Отметить» в её сведениях, контекстное меню шкалы времени или Ctrl+D.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starred sessions no longer in the programme</source>
        <translation>Отмеченные сессии, которых больше нет в программе</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Starred sessions: %1</source>
        <translation>Отмечено сессий: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clashes: %1, flagged on both sessions</source>
        <translation>пересечений: %1, помечены на обеих сессиях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no clashes</source>
        <translation>пересечений нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>times in %1</source>
        <translation>время: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n no longer in the programme</source>
        <translation>
            <numerusform>%n больше не в программе</numerusform>
            <numerusform>%n больше не в программе</numerusform>
            <numerusform>%n больше не в программе</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My agenda is empty.</source>
        <translation>Моя программа пуста.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>title not known (id %1)</source>
        <translation>название неизвестно (id %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in the programme: “%1”. Your star is kept in case it returns.</source>
        <translation>Больше не в программе: «%1». Ваша отметка сохранена на случай, если сессия вернётся.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unstar “%1”</source>
        <translation>Снять отметку с «%1»</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/companion/ui/navigation.py" line="+60"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Back to %1 (Alt+Left)</source>
        <translation>Назад: %1 (Alt+Влево)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to %1 (Alt+Right)</source>
        <translation>Вперёд: %1 (Alt+Вправо)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
</context>
<context>
    <name>NowNextPanel</name>
    <message>
        <location filename="../../src/companion/ui/agenda/now_next.py" line="+48"/>
        <source>Now and next</source>
        <translation>Сейчас и далее</translation>
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
            <numerusform>Сегодня %n сессия без опубликованного времени</numerusform>
            <numerusform>Сегодня %n сессии без опубликованного времени</numerusform>
            <numerusform>Сегодня %n сессий без опубликованного времени</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing in the published programme</source>
        <translation>в опубликованной программе ничего нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing more in the published programme</source>
        <translation>в опубликованной программе больше ничего нет</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="-4"/>
        <source>Now</source>
        <extracomment>src/companion/ui/agenda/now_next.py:80</extracomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <extracomment>src/companion/ui/agenda/now_next.py:81</extracomment>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>PeopleFeature</name>
    <message>
        <location filename="../../src/companion/ui/navigation.py" line="+25"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/companion/ui/people/page.py" line="+55"/>
        <source>Filter by any spelling of a name, role or organisation</source>
        <translation>Фильтр по любому написанию имени, роли или организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people</source>
        <translation>Фильтр участников</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of people shown</source>
        <translation>Число показанных участников</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 people named in the sources</source>
        <translation>Участников, названных в источниках: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 people</source>
        <translation>Участники: %1 из %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not published for anyone: %1</source>
        <translation>ни для кого не опубликовано: %1</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../src/companion/ui/people/model.py" line="+113"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also spelled</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No session published</source>
        <translation>Сессии не опубликованы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session</source>
        <translation>1 сессия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sessions</source>
        <translation>Сессий: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None published</source>
        <translation>Не опубликовано</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <location line="-115"/>
        <location filename="../../src/companion/ui/session/detail.py" line="+285"/>
        <source>* Companion&apos;s transliteration: no source publishes this name in this alphabet.</source>
        <translation>* Транслитерация Companion: ни один источник не публикует это имя этим алфавитом.</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../src/companion/ui/people/person_detail.py" line="+72"/>
        <source>Person details</source>
        <translation>Сведения об участнике</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported spellings</source>
        <translation>Написания в сообщениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role and organisation</source>
        <translation>Роль и организация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open delegation</source>
        <translation>Открыть делегацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delegation published</source>
        <translation>Делегация не опубликована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions of this person</source>
        <translation>Сессии этого участника</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>No session published</source>
        <translation>Сессии не опубликованы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a person to see who they are and where they take part.</source>
        <translation>Выберите участника, чтобы узнать, кто он и где участвует.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open delegation %1</source>
        <translation>Открыть делегацию: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No source listed.</source>
        <translation>Источники не указаны.</translation>
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
        <translation>Другие написания</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../src/companion/ui/badges/printing.py" line="+34"/>
        <source>The badge PDF could not be read again: %1</source>
        <translation>Не удалось повторно прочитать PDF с бейджами: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
</context>
<context>
    <name>PrintLogDialog</name>
    <message>
        <location filename="../../src/companion/ui/badges/dialogs.py" line="+85"/>
        <location line="+11"/>
        <source>Print log</source>
        <translation>Журнал печати</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Printed</source>
        <translation>Напечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved as PDF (not printed)</source>
        <translation>Сохранён в PDF (не напечатан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as printed</source>
        <translation>Отмечен как напечатанный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No badge has been printed or saved yet.</source>
        <translation>Ни один бейдж ещё не напечатан и не сохранён.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../src/companion/ui/reminders.py" line="+31"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me before my starred sessions</source>
        <translation>Напоминать перед отмеченными сессиями</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> minutes before</source>
        <translation> минут до начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes before the session</source>
        <translation>Минут до начала сессии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders come while Companion is running, as a desktop notification where your desktop has one, otherwise as a notice in the window. Sessions without a published time get none.</source>
        <translation>Напоминания приходят, пока Companion запущен: уведомлением рабочего стола, если оно есть, иначе сообщением в окне. Для сессий без опубликованного времени напоминаний нет.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location line="-66"/>
        <source>Starts in %1 min</source>
        <translation>Начало через %1 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(indicative time)</source>
        <translation>(ориентировочное время)</translation>
    </message>
</context>
<context>
    <name>SavedData</name>
    <message>
        <location filename="../../src/companion/store/database.py" line="+74"/>
        <location line="+16"/>
        <source>cannot open {path}: {detail}</source>
        <translation>не удалось открыть {path}: {detail}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{path} is in use by another Companion (a window or a command) and stayed locked for {seconds} seconds; try again when it has finished</source>
        <translation>{path} занят другим экземпляром Companion (окном или командой) и оставался заблокированным {seconds} с; повторите попытку, когда тот завершит работу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a readable database: {detail}</source>
        <translation>{path} не является читаемой базой данных: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save to {path}: the disk is full (nothing was changed; free some space and try again)</source>
        <translation>не удалось сохранить в {path}: диск заполнен (ничего не изменено; освободите место и повторите попытку)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot save to {path}: the data folder is read-only (showing and exporting still work)</source>
        <translation>не удалось сохранить в {path}: папка данных доступна только для чтения (просмотр и экспорт по-прежнему работают)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot use {path}: the disk reported an input/output error ({detail})</source>
        <translation>не удалось использовать {path}: диск сообщил об ошибке ввода-вывода ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a symbolic link; Companion does not follow links in its data folder</source>
        <translation>{path} — символическая ссылка; Companion не переходит по ссылкам в своей папке данных</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>the saved data was written by a newer Companion (schema version {found}; this version knows up to {known})</source>
        <translation>сохранённые данные записаны более новой версией Companion (версия схемы {found}; эта версия поддерживает схемы только до {known})</translation>
    </message>
</context>
<context>
    <name>ScheduleExport</name>
    <message>
        <location filename="../../src/companion/exports/schedule_json.py" line="+170"/>
        <source>no published date</source>
        <translation>дата не опубликована</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no published clock time</source>
        <translation>время не опубликовано</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/companion/ui/search_results.py" line="+176"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head: %1</source>
        <translation>глава: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>head not published</source>
        <translation>глава не опубликован</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 (%2, first %3 shown)</source>
        <translation>%1 (%2, показаны первые %3)</translation>
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
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ ↑ choose · Enter open · Esc clear</source>
        <translation>↓ ↑ выбор · Enter открыть · Esc очистить</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="-178"/>
        <source>Session details</source>
        <translation>Сведения о сессии</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Published title</source>
        <translation>Опубликованное название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title above is Companion&apos;s translation; no title was published in this language.</source>
        <translation>Название выше — перевод Companion; на этом языке название не публиковалось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title above describes the session; no title was published in this language.</source>
        <translation>Название выше описывает сессию; на этом языке название не публиковалось.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Descriptive title</source>
        <translation>Описательное название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the official title was not published</source>
        <translation>официальное название не опубликовано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time not published</source>
        <translation>Дата и время не опубликованы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · time not published</source>
        <translation>%1 · время не опубликовано</translation>
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
        <translation>Источники (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the sources</source>
        <translation>Скрыть источники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the sources</source>
        <translation>Показать источники</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Venue not published</source>
        <translation>Место не опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organised by</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No source gives the day of this session.</source>
        <translation>Ни один источник не называет день этой сессии.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>Select a session to see its details.</source>
        <extracomment>src/companion/ui/session/detail.py:145</extracomment>
        <translation>Выберите сессию, чтобы увидеть сведения о ней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicative time</source>
        <extracomment>src/companion/ui/session/detail.py:203</extracomment>
        <translation>Ориентировочное время</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="-55"/>
        <source>no source gives the clock time; the slot follows the reported order of the day.</source>
        <translation>ни один источник не называет точное время; интервал выстроен по описанному порядку событий дня.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>People</source>
        <extracomment>src/companion/ui/session/detail.py:222</extracomment>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No people were named for this session.</source>
        <extracomment>src/companion/ui/session/detail.py:244</extracomment>
        <translation>Для этой сессии никто не назван.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <extracomment>src/companion/ui/session/detail.py:249</extracomment>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <extracomment>src/companion/ui/session/detail.py:253</extracomment>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <extracomment>src/companion/ui/session/detail.py:261</extracomment>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/session/detail.py" line="+72"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../build/i18n/texts_in_f_strings.py" line="+2"/>
        <source>No source listed.</source>
        <extracomment>src/companion/ui/session/detail.py:279</extracomment>
        <translation>Источники не указаны.</translation>
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
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../src/companion/ui/models/sessions.py" line="+600"/>
        <source>Indicative time: no source gives the clock time; the slot follows the day&apos;s order.</source>
        <translation>Ориентировочное время: ни один источник не называет точное время; интервал выстроен по порядку событий дня.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-202"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/companion/ui/my_agenda/star_column.py" line="+57"/>
        <source>Starred</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not starred</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starred: click or press Space to unstar</source>
        <translation>Отмечено: щёлкните или нажмите Пробел, чтобы снять отметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or press Space to star</source>
        <translation>Щёлкните или нажмите Пробел, чтобы отметить</translation>
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
        <translation>Дата не опубликована</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time not published</source>
        <translation>Время не опубликовано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1 (indicative)</source>
        <translation>~%1 (ориентировочно)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room not published</source>
        <translation>Зал не опубликован</translation>
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
        <translation>{address} — не веб-адрес (он должен начинаться с http:// или https://)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server answered {status} {reason}</source>
        <translation>{address}: сервер ответил {status} {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: cannot reach the server ({reason})</source>
        <translation>{address}: не удалось связаться с сервером ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the secure connection could not be verified ({reason})</source>
        <translation>{address}: не удалось проверить защищённое соединение ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download took longer than {seconds} s and was stopped</source>
        <translation>{address}: загрузка заняла больше {seconds} с и была остановлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the schedule is larger than {limit} MB and was not kept</source>
        <translation>{address}: программа больше {limit} МБ и не сохранена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download was cut short ({got} of {expected} bytes)</source>
        <translation>{address}: загрузка прервалась (получено {got} из {expected} байт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the download was broken ({reason})</source>
        <translation>{address}: загрузка завершилась с ошибкой ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: too many redirects (more than {limit})</source>
        <translation>{address}: слишком много перенаправлений (больше {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the server redirected a secure address to an insecure one ({target}); not followed</source>
        <translation>{address}: сервер перенаправил с защищённого адреса на незащищённый ({target}); переход не выполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server redirected to {target}, which is not a web address</source>
        <translation>{address}: сервер перенаправил на {target}, а это не веб-адрес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server used a compression Companion does not read ({encoding})</source>
        <translation>{address}: сервер использовал сжатие, которое Companion не читает ({encoding})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{address}: the server sent a web page, not a schedule (an error or sign-in page?)</source>
        <translation>{address}: сервер прислал веб-страницу, а не программу (страницу ошибки или входа?)</translation>
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
        <translation>{address} нет среди подписок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: no copy was ever downloaded</source>
        <translation>{address}: копия ещё ни разу не загружалась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the saved copy cannot be read ({problem})</source>
        <translation>{address}: не удалось прочитать сохранённую копию ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the copy cannot be saved ({problem})</source>
        <translation>{address}: не удалось сохранить копию ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address}: the new version has {new} sessions instead of {old}</source>
        <translation>{address}: в новой версии сессий: {new} вместо {old}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy fetched {age} is kept.</source>
        <translation>Сохраняется копия, загруженная {age}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the copy of {address} fetched {age}: {why}</source>
        <translation>Показана копия {address}, загруженная {age}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} min ago</source>
        <translation>{count} мин назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} h ago</source>
        <translation>{count} ч назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} d ago</source>
        <translation>{count} дн. назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>SubscriptionsController</name>
    <message>
        <location filename="../../src/companion/ui/subscriptions.py" line="+154"/>
        <source>Open &amp;address…</source>
        <translation>Открыть по &amp;адресу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a schedule from its web address and keep it up to date</source>
        <translation>Открыть программу по веб-адресу и поддерживать её в актуальном состоянии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the schedule shown again from its address</source>
        <translation>Заново загрузить показанную программу с её адреса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bscriptions…</source>
        <translation>Подпис&amp;ки…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The event shown has no address to refresh from.</source>
        <translation>У показанного мероприятия нет адреса для обновления.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Downloading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading schedule</source>
        <translation>Загрузка программы</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The schedule has not changed.</source>
        <translation>Программа не изменилась.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new version was downloaded; no session changed.</source>
        <translation>Загружена новая версия; ни одна сессия не изменилась.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new version of %1 has %2 session(s) instead of %3. Replace the copy you have with it?</source>
        <translation>%1: в новой версии сессий: %2 вместо %3. Заменить ею вашу копию?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most sessions gone</source>
        <translation>Пропала большая часть сессий</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Companion cannot download %1</source>
        <translation>Companion не может загрузить %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window still shows %1.</source>
        <translation>В окне по-прежнему показано: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule not downloaded</source>
        <translation>Программа не загружена</translation>
    </message>
</context>
<context>
    <name>SubscriptionsDialog</name>
    <message>
        <location line="-246"/>
        <source>Subscriptions</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No subscriptions yet: use File → Open address…</source>
        <translation>Подписок пока нет: выберите «Файл → Открыть по адресу…»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only on demand</source>
        <translation>Только вручную</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Каждую %n минуту</numerusform>
            <numerusform>Каждые %n минуты</numerusform>
            <numerusform>Каждые %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Каждый %n час</numerusform>
            <numerusform>Каждые %n часа</numerusform>
            <numerusform>Каждые %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fetched %1</source>
        <translation>загружена %1</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../src/companion/ui/agenda/timeline_bar.py" line="+39"/>
        <location line="+14"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Zoom out (Ctrl+minus or Ctrl+wheel): more rooms and hours</source>
        <translation>Уменьшить (Ctrl+минус или Ctrl+колесо): больше залов и часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Zoom in (Ctrl+plus or Ctrl+wheel)</source>
        <translation>Увеличить (Ctrl+плюс или Ctrl+колесо)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tracks: %1 of %2</source>
        <translation>Направления: %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks: all %1</source>
        <translation>Направления: все (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms: %1 of %2</source>
        <translation>Залы: %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rooms: all %1</source>
        <translation>Залы: все (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooms of one track</source>
        <translation>Залы одного направления</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../src/companion/ui/agenda/legend.py" line="+78"/>
        <source>Timeline legend</source>
        <translation>Легенда шкалы времени</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>~ dashed border: indicative or unpublished time</source>
        <translation>~ пунктирная рамка: время ориентировочное или не опубликовано</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/companion/ui/agenda/timeline.py" line="+143"/>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No sessions match the filters.</source>
        <translation>Под фильтры не подходит ни одна сессия.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No clock times were published for this day. Sessions (%1):</source>
        <translation>Для этого дня точное время не опубликовано. Сессии (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time not published (%1)</source>
        <translation>Время не опубликовано (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>time not published</source>
        <translation>время не опубликовано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~%1–%2 indicative</source>
        <translation>~%1–%2 ориентировочно</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No track</source>
        <translation>Без направления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room not published</source>
        <translation>Зал не опубликован</translation>
    </message>
</context>
<context>
    <name>WhatChangedPage</name>
    <message>
        <location filename="../../src/companion/ui/changes/page.py" line="+28"/>
        <source>Summary of changes</source>
        <translation>Сводка изменений</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starred sessions no longer in the programme</source>
        <translation>Отмеченные сессии, которых больше нет в программе</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed sessions</source>
        <translation>Изменённые сессии</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Times re-read in %1; the clock times did not change.</source>
        <translation>Время перечитано в поясе %1; точное время сессий не изменилось.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes since you last opened this event.</source>
        <translation>С прошлого открытия этого мероприятия изменений нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes appear here when you open a newer version of an event you have opened before.</source>
        <translation>Изменения появятся здесь, когда вы откроете более новую версию уже открывавшегося мероприятия.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новые</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n отменена</numerusform>
            <numerusform>%n отменены</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved in time</source>
        <translation>
            <numerusform>%n перенесена по времени</numerusform>
            <numerusform>%n перенесены по времени</numerusform>
            <numerusform>%n перенесено по времени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved to another room</source>
        <translation>
            <numerusform>%n перенесена в другой зал</numerusform>
            <numerusform>%n перенесены в другой зал</numerusform>
            <numerusform>%n перенесено в другой зал</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n retitled</source>
        <translation>
            <numerusform>%n переименована</numerusform>
            <numerusform>%n переименованы</numerusform>
            <numerusform>%n переименовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with people changed</source>
        <translation>
            <numerusform>%n со сменой участников</numerusform>
            <numerusform>%n со сменой участников</numerusform>
            <numerusform>%n со сменой участников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since you last opened this event: %1.</source>
        <translation>Изменения с прошлого открытия этого мероприятия: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Previous version: %1.)</source>
        <translation>(Предыдущая версия: %1.)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them starred by you, listed first.</source>
        <translation>
            <numerusform>%n из них отмечена вами, показана первой.</numerusform>
            <numerusform>%n из них отмечены вами, показаны первыми.</numerusform>
            <numerusform>%n из них отмечено вами, показаны первыми.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n starred session(s) are no longer in the programme: %1. Your stars are kept.</source>
        <translation>
            <numerusform>%n отмеченной сессии больше нет в программе: %1. Ваши отметки сохранены.</numerusform>
            <numerusform>%n отмеченных сессий больше нет в программе: %1. Ваши отметки сохранены.</numerusform>
            <numerusform>%n отмеченных сессий больше нет в программе: %1. Ваши отметки сохранены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowRebuilder</name>
    <message>
        <location filename="../../src/companion/ui/language.py" line="+92"/>
        <source>Finish or cancel the work running on this page before switching language.</source>
        <translation>Прежде чем сменить язык, дождитесь окончания работы на этой странице или отмените её.</translation>
    </message>
</context>
</TS>
