import datetime as dt

from linter.citations import find_citations
from linter.read.normalize import normalize


def cite(text):
    return find_citations(normalize(text).text, 1)


def test_party_and_state_symbols_with_dates_and_issuers():
    text = (
        "Thực hiện Kế hoạch số 154/KH-TLĐ, ngày 08/12/2021 của Đoàn Chủ tịch Tổng Liên đoàn; "
        "Kế hoạch số 62-KH/TU, ngày 29/10/2021 của Ban Thường vụ Tỉnh ủy về thực hiện"
    )
    first, second = cite(text)
    assert (first.symbol, first.type, first.issuer_code, first.level) == (
        "154/KH-TLĐ",
        "KH",
        "TLĐ",
        None,
    )
    assert first.date == dt.date(2021, 12, 8)
    assert (second.symbol, second.level, second.date) == (
        "62-KH/TU",
        "province",
        dt.date(2021, 10, 29),
    )
    assert second.issuer == "Ban Thường vụ Tỉnh ủy"


def test_spacing_variants_and_quy_dinh_aliases():
    (spaced,) = cite("Chỉ thị số 05 - CT/TW ngày 15/5/2016 của Bộ Chính trị")
    assert (
        spaced.symbol == "05-CT/TW"
        and spaced.level == "central"
        and spaced.date == dt.date(2016, 5, 15)
    )
    (quy_dinh,) = cite("Quy định số 144-QĐi/TW, ngày 09/5/2024")
    assert quy_dinh.type == "QĐ" and quy_dinh.symbol == "144-QĐ/TW"


def test_a_citation_by_number_only_keeps_type_and_number():
    (bare,) = cite("tiếp tục thực hiện Chỉ thị số 05 về đẩy mạnh học tập")
    assert (bare.type, bare.number, bare.symbol, bare.date) == ("CT", "05", None, None)


def test_unknown_issuer_code_is_kept_with_unknown_level():
    (citation,) = cite("Công văn số 17-CV/XYZ ngày 02/3/2024")
    assert citation.issuer_code == "XYZ" and citation.level is None


def test_commune_chain_of_the_real_world():
    text = (
        "Căn cứ Công văn số 62-CV/HU ngày 10/11/2020 của Ban Thường vụ Huyện ủy và "
        "Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 của Ban Tổ chức Trung ương"
    )
    district, central = cite(text)
    assert (district.symbol, district.level, district.date) == (
        "62-CV/HU",
        "district",
        dt.date(2020, 11, 10),
    )
    assert (central.symbol, central.level, central.date) == (
        "33-HD/BTCTW",
        "central",
        dt.date(2020, 10, 30),
    )
