import datetime as dt

import pytest

from linter.dates import DateStatus, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tân Phước, ngày 05 tháng 02 năm 2024", dt.date(2024, 2, 5)),
        ("ngày 5/2/2024", dt.date(2024, 2, 5)),
        ("05-02-2024", dt.date(2024, 2, 5)),
        ("Kết luận 01-KL/TW ngày 18.5.2021", dt.date(2021, 5, 18)),
        ("Chỉ thị số 05-CT/TW ngày 15/5/2016", dt.date(2016, 5, 15)),
        ("Ngày  05  tháng 2,  năm 2025", dt.date(2025, 2, 5)),
        ("ngày 15/5/16", dt.date(2016, 5, 15)),
    ],
)
def test_real_date_forms(text, expected):
    mention = parse_date(text)
    assert mention is not None and mention.status is DateStatus.OK
    assert mention.value == expected


@pytest.mark.parametrize(
    "text",
    ["ngày …… tháng …… năm 2025", "ngày ... tháng ... năm 2024", "ngày    tháng    năm 2022"],
)
def test_blank_dates_are_blank_not_guessed(text):
    mention = parse_date(text)
    assert mention is not None and mention.status is DateStatus.BLANK and mention.value is None


@pytest.mark.parametrize("text", ["ngày 31 tháng 02 năm 2024", "30/02/2025", "ngày 12/13/2024"])
def test_impossible_dates_are_reported_as_such(text):
    mention = parse_date(text)
    assert mention is not None and mention.status is DateStatus.IMPOSSIBLE


@pytest.mark.parametrize(
    "text", ["Số 03-KH/CB", "05 - CT/TW", "tiết/tuần 19", "mục 3.1.2", "tháng 12/2024"]
)
def test_symbols_and_numbering_are_not_dates(text):
    assert find_dates(text) == []


def test_dates_are_found_in_order_with_spans():
    text = "Thực hiện Kế hoạch 62-KH/TU, ngày 29/10/2021 và Kết luận ngày 18 tháng 5 năm 2021"
    mentions = find_dates(text)
    assert [m.value for m in mentions] == [dt.date(2021, 10, 29), dt.date(2021, 5, 18)]
    assert text[mentions[0].start : mentions[0].end] == "ngày 29/10/2021"


def test_a_month_without_a_day_is_a_partial_date_never_a_guess():
    from linter.dates import DateStatus, find_month_dates

    [mention] = find_month_dates("Tân An, tháng 5 năm 2021")
    assert mention.status is DateStatus.PARTIAL and mention.value is None
    assert [m.status for m in find_month_dates("Hòa An, tháng 05/2026")] == [DateStatus.PARTIAL]
    assert find_month_dates("ngày 12 tháng 5 năm 2021") == []  # a full date is not partial
    assert find_month_dates("tháng 13/2021") == []
