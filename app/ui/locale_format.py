"""Numbers, dates and times as the user's locale writes them (1.840 in German, 1,840 in English).

Every count, speed, time and date the window shows goes through here, so they all follow the
default ``QLocale``: the OS locale, or the language chosen in Settings (``i18n`` sets it).
Qt-only helpers; the core hands plain numbers and Unix times.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


def _locale() -> QLocale:
    return QLocale()  # the default locale, read at each call: Settings may change it


def count(value: int) -> str:
    """A whole number with the locale's digit grouping: 1,840 / 1.840 / 1 840."""
    return _locale().toString(int(value))


def decimal(value: float, places: int = 1) -> str:
    """A number with ``places`` decimals and the locale's decimal sign: 36.5 / 36,5."""
    return _locale().toString(float(value), "f", places)


def percent(done: int, total: int) -> str:
    """``done`` of ``total`` as a whole percentage, digits in the locale's form (no sign)."""
    share = 0 if total <= 0 else min(100, max(0, done * 100 // total))
    return _locale().toString(share)


def _moment(timestamp: float) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(timestamp))


def message_time(timestamp: float, now: datetime | None = None) -> str:
    """When a message was written, short: the time for today, date and time before."""
    moment = _moment(timestamp)
    today = QDate.currentDate() if now is None else QDate(now.year, now.month, now.day)
    if moment.date() == today:
        return _locale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return _locale().toString(moment, QLocale.FormatType.ShortFormat)


def full_date_time(timestamp: float) -> str:
    """The long form, for a tooltip or a screen reader: "Wednesday, 2 December 2026 14:05"."""
    moment = _moment(timestamp)
    locale = _locale()
    return (
        f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)} "
        f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"
    )


def month_heading(year: int, month: int) -> str:
    """A month as a heading ("November 2026", "2026年11月"): the order comes from a translatable
    date format, since QLocale has no month-and-year format of its own."""
    # Translators: a Qt date format for a month and its year (MMMM: the month's name, yyyy: the year).
    form = QCoreApplication.translate("Dates", "MMMM yyyy")
    return _locale().toString(QDate(year, month, 1), form)
