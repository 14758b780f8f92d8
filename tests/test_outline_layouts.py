"""A document's frame read from real layouts: own dates cut by a line break, two-column headers
merged onto one line, months written as words, dates only in a Word page header, footer or
signature table, the own number told from citations, and the kind read from the content."""

import datetime as dt

import pytest

from linter.dates import DateStatus, find_dates, find_month_dates

# --- 3. months written as words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bình An, ngày 5 tháng Hai năm 2025", dt.date(2025, 2, 5)),
        ("ngày 31 tháng Mười hai năm 2024", dt.date(2024, 12, 31)),
        ("ngày 01 tháng Mười một năm 2025", dt.date(2025, 11, 1)),
        ("ngày 10 tháng Mười năm 2025", dt.date(2025, 10, 10)),
        ("ngày 20 tháng Năm năm 2025", dt.date(2025, 5, 20)),
        ("Ngày 3 tháng tư, năm 2025", dt.date(2025, 4, 3)),
        ("ngày 7 tháng Bảy năm 2025", dt.date(2025, 7, 7)),
    ],
)
def test_months_written_as_words(text, expected):
    [mention] = find_dates(text)
    assert (mention.status, mention.value) == (DateStatus.OK, expected)


def test_month_words_keep_blank_and_impossible_dates_as_they_were():
    # "tháng năm 2025": the month left blank, not May
    assert find_dates("ngày 5 tháng năm 2025")[0].status is DateStatus.BLANK
    assert find_dates("ngày 30 tháng Hai năm 2025")[0].status is DateStatus.IMPOSSIBLE
    assert find_dates("ngày 5 tháng Ba mươi năm 2025") == []
    [month] = find_month_dates("Tân An, tháng Hai năm 2025")
    assert month.status is DateStatus.PARTIAL


def test_a_lunar_month_is_found_never_converted():
    # Giêng and Chạp name lunar months; party documents are dated by the solar calendar, a
    # month or more away: the date is found, its value is not guessed.
    for text in ("ngày 10 tháng Giêng năm 2026", "ngày 20 tháng Chạp năm 2025"):
        [mention] = find_dates(text)
        assert (mention.status, mention.value) == (DateStatus.LUNAR, None)
