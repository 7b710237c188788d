"""Calendar words of Arabic news: month names of every region, Hijri months, weekdays.

Pure word lists, no I/O. Every form is given *normalized* (see
:func:`rasd.arabic.normalize.normalize`: hamza-alef → ``ا``, ``ى`` → ``ي``,
``ة`` → ``ه``, no diacritics), because the time grammar matches on the
normalized view of the text.

Gregorian months are written in four traditions in Arabic news:

- Egypt / Gulf (transliterated): يناير، فبراير، مارس، أبريل …
- Levant / Iraq (Syriac names): كانون الثاني، شباط، آذار، نيسان …
- Algeria / Tunisia (from French): جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت …
- Morocco (from French/Spanish): يوليوز، غشت، شتنبر، نونبر، دجنبر …

Pan-Arab outlets often pair two of them (``شباط/فبراير``, ``آب (أغسطس)``); the
grammar treats such a pair as one month mention.
"""

from __future__ import annotations

# normalized form -> month number (1..12)
GREGORIAN_MONTHS: dict[str, int] = {
    # Egypt / Gulf
    "يناير": 1, "فبراير": 2, "فبرير": 2, "مارس": 3, "ابريل": 4, "ابرايل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "اغسطوس": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Levant / Iraq
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Maghreb (Algeria, Tunisia)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "جويلييه": 7, "اوت": 8,
    # Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}

# Names that are also common words; the grammar accepts them only in a clear
# date context (after a day number or ordinal, or before a year).
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"اب", "ماي", "مارس", "تموز", "اوت"})

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2,
    "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4, "ربيع الاخره": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جماد الاول": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6,
    "جمادي الاخر": 6, "جمادي الثاني": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذا القعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12, "ذا الحجه": 12,
}

# Hijri month names that are also ordinary words or names (صفر "zero", رجب a
# first name): accepted only next to a day number or a Hijri year.
AMBIGUOUS_HIJRI: frozenset[str] = frozenset({"صفر", "رجب", "محرم"})

# ISO weekday numbers (Monday = 1 … Sunday = 7), as datetime.isoweekday().
WEEKDAYS: dict[str, int] = {
    "الاثنين": 1, "الاتنين": 1, "الثلاثاء": 2, "الثلاثا": 2, "الاربعاء": 3, "الاربعا": 3,
    "الخميس": 4, "الجمعه": 5, "السبت": 6, "الاحد": 7,
}

# Markers that a year is Hijri / Gregorian (normalized; ``هـ`` keeps its tatweel-less form).
HIJRI_YEAR_MARKS: tuple[str, ...] = ("هجريه", "هجري", "ه")
GREGORIAN_YEAR_MARKS: tuple[str, ...] = ("ميلاديه", "ميلادي", "م")

# Parts of the day -> TIMEX3 part-of-day code.
DAY_PARTS: dict[str, str] = {
    "صباح": "MO", "صبيحه": "MO", "فجر": "MO", "ظهر": "MI", "ظهيره": "MI", "عصر": "AF",
    "مساء": "EV", "مغرب": "EV", "عشيه": "EV", "ليل": "NI", "ليله": "NI", "منتصف ليل": "NI",
}

# Seasons -> TIMEX3 season code.
SEASONS: dict[str, str] = {"الصيف": "SU", "الشتاء": "WI", "الربيع": "SP", "الخريف": "FA"}
