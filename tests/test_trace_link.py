"""Each member's report linked to the same member's commitment: same unit, same name, same
year; else a mapping declared in camket.yaml."""

from __future__ import annotations

import unicodedata

import pytest

from linter.config import load_config
from tests.trace_samples import COMMITMENT_LAN, MIDYEAR_OWN, YEAREND_02A, linked, write_unit

COMMITMENT_2024 = COMMITMENT_LAN.replace("NĂM 2025", "NĂM 2024").replace("năm 2025", "năm 2024")


def test_a_report_is_linked_to_its_writers_commitment_in_the_unit(tmp_path):
    unit = write_unit(
        tmp_path / "chi-bo-thcs",
        {"cam-ket-lan.txt": COMMITMENT_LAN, "kiem-diem-lan.txt": YEAREND_02A},
    )
    assert linked(unit) == {"kiem-diem-lan.txt": "cam-ket-lan.txt"}


def test_names_match_whatever_their_case_tones_or_unicode_form(tmp_path):
    report = YEAREND_02A.replace("Họ và tên: Nguyễn Thị Lan", "Họ và tên: NGUYỄN  THỊ LAN")
    commitment = unicodedata.normalize("NFD", COMMITMENT_LAN)
    unit = write_unit(tmp_path / "chi-bo", {"a.txt": commitment, "b.txt": report})
    assert linked(unit) == {"b.txt": "a.txt"}


def test_the_same_name_in_another_unit_is_another_member(tmp_path):
    write_unit(tmp_path / "chi-bo-thcs", {"cam-ket-lan.txt": COMMITMENT_LAN})
    write_unit(tmp_path / "chi-bo-tram-y-te", {"kiem-diem-lan.txt": YEAREND_02A})
    assert linked(tmp_path) == {"kiem-diem-lan.txt": None}


def test_of_a_members_commitments_the_one_of_the_reports_year(tmp_path):
    unit = write_unit(
        tmp_path / "chi-bo",
        {
            "cam-ket-2024.txt": COMMITMENT_2024,
            "cam-ket-2025.txt": COMMITMENT_LAN,
            "kiem-diem-2025.txt": YEAREND_02A,
        },
    )
    assert linked(unit) == {"kiem-diem-2025.txt": "cam-ket-2025.txt"}


def test_a_members_only_commitment_is_linked_whatever_its_year(tmp_path):
    unit = write_unit(tmp_path / "chi-bo", {"cam-ket.txt": COMMITMENT_2024, "kd.txt": YEAREND_02A})
    assert linked(unit) == {"kd.txt": "cam-ket.txt"}


def test_a_cells_summary_is_linked_to_nobody(tmp_path):
    from tests.trace_samples import CELL_SUMMARY

    unit = write_unit(
        tmp_path / "chi-bo", {"cam-ket.txt": COMMITMENT_LAN, "so-ket.txt": CELL_SUMMARY}
    )
    assert linked(unit) == {}


def test_a_mapping_in_camket_yaml_links_what_names_do_not(tmp_path):
    # the report is signed with another form of the name than the commitment
    report = MIDYEAR_OWN.replace("Đặng Văn Lợi", "Đặng V. Lợi")
    unit = write_unit(
        tmp_path / "chi-bo", {"cam-ket-loi.txt": COMMITMENT_LAN, "so-ket.txt": report}
    )
    assert linked(unit) == {"so-ket.txt": None}
    (tmp_path / "camket.yaml").write_text(
        "reviews:\n  chi-bo/so-ket.txt: chi-bo/cam-ket-loi.txt\n", encoding="utf-8"
    )
    settings = load_config(tmp_path / "camket.yaml")
    assert linked(unit, settings) == {"so-ket.txt": "cam-ket-loi.txt"}


def test_a_mapping_to_a_missing_file_is_a_config_error(tmp_path):
    from click.testing import CliRunner

    from linter.cli import main

    write_unit(tmp_path / "chi-bo", {"so-ket.txt": MIDYEAR_OWN})
    (tmp_path / "camket.yaml").write_text(
        "reviews:\n  chi-bo/so-ket.txt: chi-bo/khong-co.txt\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", str(tmp_path / "chi-bo")])
    assert result.exit_code == 2
    assert "không thấy tệp “chi-bo/khong-co.txt”" in result.output


def test_a_name_followed_by_the_post_after_a_comma_is_linked(tmp_path):
    report = YEAREND_02A.replace(
        "Họ và tên: Nguyễn Thị Lan", "Tên tôi là: Nguyễn Thị Lan, Tổ trưởng tổ Tự nhiên"
    )
    unit = write_unit(
        tmp_path / "chi-bo", {"cam-ket-lan.txt": COMMITMENT_LAN, "bao-cao.txt": report}
    )
    assert linked(unit) == {"bao-cao.txt": "cam-ket-lan.txt"}


@pytest.mark.parametrize(
    "field",
    [
        "Họ và tên: Nguyễn Thị Lan Sinh ngày: 21/6/1986",
        "Họ và tên: Nguyễn Thị Lan Năm sinh: 1986",
        "Họ và tên: Nguyễn Thị Lan Ngày vào Đảng: 02/9/2012",
    ],
)
def test_a_name_running_on_into_the_next_field_is_linked(tmp_path, field):
    # a commitment copied from a PDF: the next field on the name's line after one space
    commitment = COMMITMENT_LAN.replace("Họ và tên: Nguyễn Thị Lan", field)
    unit = write_unit(
        tmp_path / "chi-bo", {"cam-ket.txt": commitment, "kiem-diem.txt": YEAREND_02A}
    )
    assert linked(unit) == {"kiem-diem.txt": "cam-ket.txt"}
