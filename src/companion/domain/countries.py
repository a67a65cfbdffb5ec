"""Countries as one identity whatever script or spelling a list uses: ISO 3166-1 alpha-2 codes under the hood.

``Qazaqstan``, ``Қазақстан``, ``Kazakhstan``, ``Казахстан`` and ``KZ`` are all :func:`country_code` ``"KZ"``;
:func:`country_name` gives the name in a badge's language. Anything not recognised (``UN Women``, ``OSCE``,
a misspelling) keeps its own identity: :func:`delegation_identity` is then its folded text, so two spellings of
an unknown name never merge and an organisation is never taken for a country.

The table covers Central Asia and its neighbours, the countries of the bundled event and common ones; the
names are the short forms each language writes on a badge (en, ru, kk, kk-Latn per the 2021 alphabet, tk, uz
Latin, tg). Where a spelling was not known reliably it is left out: the English name is used instead.
"""

from __future__ import annotations

import re

from companion.domain.search import fold

_NAMES: dict[str, dict[str, str]] = {
    "KZ": {"en": "Kazakhstan", "ru": "Казахстан", "kk": "Қазақстан", "kk-Latn": "Qazaqstan", "tk": "Gazagystan",
           "uz": "Qozogʻiston", "tg": "Қазоқистон"},
    "KG": {"en": "Kyrgyzstan", "ru": "Кыргызстан", "kk": "Қырғызстан", "kk-Latn": "Qyrğyzstan", "tk": "Gyrgyzystan",
           "uz": "Qirgʻiziston", "tg": "Қирғизистон"},
    "TJ": {"en": "Tajikistan", "ru": "Таджикистан", "kk": "Тәжікстан", "kk-Latn": "Täjıkstan", "tk": "Täjigistan",
           "uz": "Tojikiston", "tg": "Тоҷикистон"},
    "TM": {"en": "Turkmenistan", "ru": "Туркменистан", "kk": "Түрікменстан", "kk-Latn": "Türıkmenstan",
           "tk": "Türkmenistan", "uz": "Turkmaniston", "tg": "Туркманистон"},
    "UZ": {"en": "Uzbekistan", "ru": "Узбекистан", "kk": "Өзбекстан", "kk-Latn": "Özbekstan", "tk": "Özbegistan",
           "uz": "Oʻzbekiston", "tg": "Ӯзбекистон"},
    "AF": {"en": "Afghanistan", "ru": "Афганистан", "kk": "Ауғанстан", "kk-Latn": "Auğanstan", "tk": "Owganystan",
           "uz": "Afgʻoniston", "tg": "Афғонистон"},
    "AZ": {"en": "Azerbaijan", "ru": "Азербайджан", "kk": "Әзірбайжан", "kk-Latn": "Äzırbaijan", "tk": "Azerbaýjan",
           "uz": "Ozarbayjon", "tg": "Озарбойҷон"},
    "RU": {"en": "Russia", "ru": "Россия", "kk": "Ресей", "kk-Latn": "Resei", "tk": "Russiýa", "uz": "Rossiya",
           "tg": "Русия"},
    "CN": {"en": "China", "ru": "Китай", "kk": "Қытай", "kk-Latn": "Qytai", "tk": "Hytaý", "uz": "Xitoy",
           "tg": "Чин"},
    "IR": {"en": "Iran", "ru": "Иран", "kk": "Иран", "kk-Latn": "Iran", "tk": "Eýran", "uz": "Eron", "tg": "Эрон"},
    "TR": {"en": "Türkiye", "ru": "Турция", "kk": "Түркия", "kk-Latn": "Türkia", "tk": "Türkiýe", "uz": "Turkiya",
           "tg": "Туркия"},
    "MN": {"en": "Mongolia", "ru": "Монголия", "kk": "Моңғолия", "kk-Latn": "Moñğolia", "uz": "Moʻgʻuliston"},
    "PK": {"en": "Pakistan", "ru": "Пакистан", "kk": "Пәкістан", "kk-Latn": "Päkıstan", "tk": "Pakistan",
           "uz": "Pokiston", "tg": "Покистон"},
    "IN": {"en": "India", "ru": "Индия", "kk": "Үндістан", "kk-Latn": "Ündıstan", "tk": "Hindistan",
           "uz": "Hindiston", "tg": "Ҳиндустон"},
    "GE": {"en": "Georgia", "ru": "Грузия", "kk": "Грузия", "kk-Latn": "Gruzia", "uz": "Gruziya"},
    "AM": {"en": "Armenia", "ru": "Армения", "kk": "Армения", "kk-Latn": "Armenia", "uz": "Armaniston"},
    "BY": {"en": "Belarus", "ru": "Беларусь", "kk": "Беларусь", "kk-Latn": "Belarus", "uz": "Belarus"},
    "UA": {"en": "Ukraine", "ru": "Украина", "kk": "Украина", "kk-Latn": "Ukraina", "uz": "Ukraina"},
    "US": {"en": "United States", "ru": "США", "kk": "АҚШ", "kk-Latn": "AQŞ", "uz": "AQSH"},
    "GB": {"en": "United Kingdom", "ru": "Великобритания", "kk": "Ұлыбритания", "kk-Latn": "Ūlybritania",
           "uz": "Buyuk Britaniya"},
    "DE": {"en": "Germany", "ru": "Германия", "kk": "Германия", "kk-Latn": "Germania", "tk": "Germaniýa",
           "uz": "Germaniya", "tg": "Олмон"},
    "FR": {"en": "France", "ru": "Франция", "kk": "Франция", "kk-Latn": "Fransia", "tk": "Fransiýa",
           "uz": "Fransiya", "tg": "Фаронса"},
    "IT": {"en": "Italy", "ru": "Италия", "kk": "Италия", "kk-Latn": "Italia", "uz": "Italiya"},
    "ES": {"en": "Spain", "ru": "Испания", "kk": "Испания", "kk-Latn": "Ispania", "uz": "Ispaniya"},
    "CH": {"en": "Switzerland", "ru": "Швейцария", "kk": "Швейцария", "kk-Latn": "Şveisaria", "uz": "Shveytsariya"},
    "NL": {"en": "Netherlands", "ru": "Нидерланды", "kk": "Нидерланд", "kk-Latn": "Niderland", "uz": "Niderlandiya"},
    "AT": {"en": "Austria", "ru": "Австрия", "kk": "Австрия", "kk-Latn": "Avstria", "uz": "Avstriya"},
    "PL": {"en": "Poland", "ru": "Польша", "kk": "Польша", "kk-Latn": "Polşa", "uz": "Polsha"},
    "JP": {"en": "Japan", "ru": "Япония", "kk": "Жапония", "kk-Latn": "Japonia", "tk": "Ýaponiýa",
           "uz": "Yaponiya", "tg": "Ҷопон"},
    "KR": {"en": "South Korea", "ru": "Южная Корея", "kk": "Оңтүстік Корея", "kk-Latn": "Oñtüstık Korea",
           "uz": "Janubiy Koreya"},
    "SA": {"en": "Saudi Arabia", "ru": "Саудовская Аравия", "kk": "Сауд Арабиясы", "kk-Latn": "Saud Arabiasy",
           "uz": "Saudiya Arabistoni"},
    "AE": {"en": "United Arab Emirates", "ru": "ОАЭ", "kk": "БАӘ", "kk-Latn": "BAÄ", "uz": "BAA"},
    "CA": {"en": "Canada", "ru": "Канада", "kk": "Канада", "kk-Latn": "Kanada", "uz": "Kanada"},
    "SE": {"en": "Sweden", "ru": "Швеция", "kk": "Швеция", "kk-Latn": "Şvesia", "uz": "Shvetsiya"},
    "NO": {"en": "Norway", "ru": "Норвегия", "kk": "Норвегия", "kk-Latn": "Norvegia", "uz": "Norvegiya"},
    "FI": {"en": "Finland", "ru": "Финляндия", "kk": "Финляндия", "kk-Latn": "Finlandia", "uz": "Finlyandiya"},
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "KZ": ("Republic of Kazakhstan", "Kazakstan", "Казахстан Республикасы", "Республика Казахстан",
           "Қазақстан Республикасы", "Qazaqstan Respublikasy", "Kazakhstan Republic"),
    "KG": ("Kyrgyz Republic", "Kirghizia", "Kirgizstan", "Kyrgyzia", "Киргизия", "Кыргызская Республика",
           "Qırğızstan"),
    "TJ": ("Republic of Tajikistan", "Tadjikistan", "Республика Таджикистан", "Tojikiston"),
    "TM": ("Türkmenistan", "Turkmenia", "Туркмения", "Türkmenistan Respublikasy"),
    "UZ": ("Republic of Uzbekistan", "Uzbekistan Republic", "Oʻzbekiston", "O'zbekiston", "Ozbekiston",
           "Республика Узбекистан", "Ўзбекистон", "Özbekiston"),
    "AF": ("Islamic Republic of Afghanistan",),
    "AZ": ("Republic of Azerbaijan", "Azərbaycan", "Азербайджанская Республика"),
    "RU": ("Russian Federation", "Российская Федерация", "Ресей Федерациясы", "Rossiya Federatsiyasi", "Rossia"),
    "CN": ("People's Republic of China", "PRC", "КНР", "Китайская Народная Республика", "中国"),
    "IR": ("Islamic Republic of Iran", "Iran (Islamic Republic of)", "Исламская Республика Иран", "Persia"),
    "TR": ("Turkey", "Turkiye", "Türkei", "Турецкая Республика", "Turkiya"),
    "US": ("USA", "United States of America", "U.S.A.", "U.S.", "Соединённые Штаты Америки",
           "Соединенные Штаты Америки", "Америка Құрама Штаттары"),
    "GB": ("UK", "U.K.", "Great Britain", "Britain", "United Kingdom of Great Britain and Northern Ireland",
           "Соединённое Королевство", "England"),
    "DE": ("Deutschland", "Federal Republic of Germany", "ФРГ"),
    "KR": ("Republic of Korea", "Korea, Republic of", "Korea", "Республика Корея", "Корея", "Корея Республикасы"),
    "AE": ("UAE", "Объединённые Арабские Эмираты", "Объединенные Арабские Эмираты"),
    "NL": ("Holland", "The Netherlands", "Голландия"),
    "MN": ("Монгол Улс", "Mongol Uls"),
    "BY": ("Republic of Belarus", "Белоруссия", "Республика Беларусь"),
    "GE": ("Sakartvelo",),
}

_WORDS = re.compile(r"[^\w]+")


def _key(text: str) -> str:
    return " ".join(_WORDS.sub(" ", fold(text).replace("_", " ")).split())


_INDEX: dict[str, str] = {}
for _code, _names in _NAMES.items():
    for _spelling in (*_names.values(), *_ALIASES.get(_code, ())):
        _INDEX.setdefault(_key(_spelling), _code)

COUNTRY_LANGUAGES = ("en", "ru", "kk", "kk-Latn", "tk", "uz", "tg")


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code ``text`` names in any known spelling or script; None when it names none.

    A two-letter code counts only written in capitals (``KZ``), so an ``in``/``no`` typed as a word is no country.
    """
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isascii() and stripped.isupper() and stripped in _NAMES:
        return stripped
    return _INDEX.get(_key(stripped))


def country_name(code: str, language: str = "en") -> str:
    """The short name of country ``code`` in ``language`` (its base language, then English, when not known)."""
    names = _NAMES[code]
    return names.get(language) or names.get(language.split("-")[0]) or names["en"]


def delegation_identity(text: str) -> str:
    """What a delegation is, whatever its spelling: ``"KZ"`` for a country, else its folded text (own identity)."""
    code = country_code(text)
    return code if code is not None else "~" + _key(text)


def delegation_label(text: str, language: str = "en") -> str:
    """``text`` as a badge in ``language`` prints it: a country's name in that language, anything else as typed."""
    code = country_code(text)
    return country_name(code, language) if code is not None else text
