"""Dates in order: commitments after their cell's plan, plans after their superior's, documents
after what they cite, one date per cited document, and each document's own date."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.cli import main

DATE_RULES = ("CK501", "CK502", "CK503", "CK504", "CK505", "CK506", "CK507", "CK508", "CK509")


def plan(committee: str, unit: str, number: str, place_date: str, cites: str = "") -> str:
    return "\n".join(
        [
            f"{committee}                    ĐẢNG CỘNG SẢN VIỆT NAM",
            unit,
            f"Số: {number}                     {place_date}",
            "",
            "KẾ HOẠCH",
            "Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025",
            "",
            cites,
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- 100% đảng viên xây dựng bản cam kết, hoàn thành trước ngày 28/02/2025.",
            "T/M CHI ỦY",
            "BÍ THƯ",
        ]
    )


def commitment(name: str, place_date: str, year: int = 2025) -> str:
    return "\n".join(
        [
            "ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM",
            "CHI BỘ TRƯỜNG THCS",
            f"BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM {year}",
            f"Họ và tên: {name}. Chức vụ: giáo viên.",
            "I. Về tư tưởng chính trị",
            "- Tuyệt đối trung thành với Đảng, với Tổ quốc và với nhân dân.",
            "III. Về thực hiện chức trách, nhiệm vụ được giao",
            "- Phụ đạo 6 học sinh yếu lớp 8B mỗi tuần một buổi, cuối năm không còn em nào chưa đạt.",
            place_date,
            "NGƯỜI CAM KẾT",
            name,
        ]
    )


COMMUNE_PLAN = plan(
    "ĐẢNG BỘ XÃ TÂN PHƯỚC",
    "",
    "12-KH/ĐU",
    "Tân Phước, ngày 14 tháng 01 năm 2025",
    "Thực hiện Kế hoạch số 62-KH/HU, ngày 06/01/2025 của Ban Thường vụ Huyện ủy Tân Hồng;",
)
CELL_PLAN = plan(
    "ĐẢNG BỘ XÃ TÂN PHƯỚC",
    "CHI BỘ TRƯỜNG THCS",
    "02-KH/CB",
    "Tân Phước, ngày 20 tháng 01 năm 2025",
    "Thực hiện Kế hoạch số 12-KH/ĐU, ngày 14/01/2025 của Đảng ủy xã Tân Phước;",
)


def write_batch(root, cell_plan=CELL_PLAN, commune_plan=COMMUNE_PLAN, members=None):
    cell = root / "dang-uy-xa-tan-phuoc" / "chi-bo-truong-thcs"
    cell.mkdir(parents=True)
    (root / "dang-uy-xa-tan-phuoc" / "ke-hoach-dang-uy.txt").write_text(commune_plan, "utf-8")
    (cell / "ke-hoach-chi-bo.txt").write_text(cell_plan, "utf-8")
    members = members or {
        "cam-ket-le-van-an.txt": commitment("Lê Văn An", "Tân Phước, ngày 25 tháng 01 năm 2025"),
        "cam-ket-vo-thi-cuc.txt": commitment("Võ Thị Cúc", "Tân Phước, ngày 20 tháng 01 năm 2025"),
    }
    for name, text in members.items():
        (cell / name).write_text(text, "utf-8")
    return cell


def run(folder, *args):
    result = CliRunner().invoke(main, ["check", "--format", "json", *args, str(folder)])
    return json.loads(result.output)


def date_findings(report):
    return [f for f in report["findings"] if f["rule"] in DATE_RULES]


def test_a_batch_in_order_has_no_date_finding(tmp_path):
    write_batch(tmp_path)  # the same day as the plan is fine
    assert date_findings(run(tmp_path)) == []


def test_a_commitment_before_its_cells_plan(tmp_path):
    early = commitment("Trần Văn Bảy", "Tân Phước, ngày 15 tháng 01 năm 2025")
    cell = write_batch(tmp_path, members={"cam-ket-tran-van-bay.txt": early})
    [finding] = date_findings(run(tmp_path))
    assert finding["rule"] == "CK501" and finding["category"] == "date-order"
    assert finding["path"].endswith("cam-ket-tran-van-bay.txt") and finding["line"] == 9
    assert "15/01/2025" in finding["message"] and "20/01/2025" in finding["message"]
    related = finding["related"][0]
    assert related["path"] == (cell / "ke-hoach-chi-bo.txt").as_posix() and related["line"] == 3


def test_a_cell_plan_before_its_superiors_is_reported_once(tmp_path):
    early_plan = CELL_PLAN.replace("ngày 20 tháng 01", "ngày 10 tháng 01")
    members = {"cam-ket-a.txt": commitment("Lê Văn An", "Tân Phước, ngày 25 tháng 01 năm 2025")}
    write_batch(tmp_path, cell_plan=early_plan, members=members)
    [finding] = date_findings(run(tmp_path))  # CK502, not CK503 again for the same citation
    assert finding["rule"] == "CK502" and finding["path"].endswith("ke-hoach-chi-bo.txt")
    assert "10/01/2025" in finding["message"] and "14/01/2025" in finding["message"]
    assert finding["related"][0]["path"].endswith("ke-hoach-dang-uy.txt")


def test_a_document_before_a_cited_one_outside_the_batch(tmp_path):
    # the district plan is not in the batch: the date written in the citation is used
    early = COMMUNE_PLAN.replace("ngày 14 tháng 01", "ngày 05 tháng 01")
    write_batch(tmp_path, commune_plan=early)
    [finding] = date_findings(run(tmp_path))
    assert finding["rule"] == "CK503" and finding["path"].endswith("ke-hoach-dang-uy.txt")
    assert "62-KH/HU" in finding["message"] and "06/01/2025" in finding["message"]
    assert finding["related"] == []


def test_the_real_commune_chain_of_2020_is_in_order_and_a_back_dated_copy_is_not(tmp_path):
    cites = (
        "Căn cứ Hướng dẫn số 33-HD/BTCTW, ngày 30/10/2020 của Ban Tổ chức Trung ương; "
        "thực hiện Công văn số 62-CV/HU, ngày 10/11/2020 của Huyện ủy;"
    )
    good = plan("ĐẢNG BỘ XÃ AN BÌNH", "", "09-KH/ĐU", "An Bình, ngày 24 tháng 11 năm 2020", cites)
    (tmp_path / "dung").mkdir()
    (tmp_path / "dung" / "ke-hoach.txt").write_text(good, "utf-8")
    assert date_findings(run(tmp_path / "dung")) == []
    bad = good.replace("ngày 24 tháng 11", "ngày 05 tháng 11")
    (tmp_path / "sai").mkdir()
    (tmp_path / "sai" / "ke-hoach.txt").write_text(bad, "utf-8")
    [finding] = date_findings(run(tmp_path / "sai"))
    assert finding["rule"] == "CK503" and "62-CV/HU" in finding["message"]


def test_one_document_cited_with_two_dates(tmp_path):
    cell = write_batch(tmp_path)
    other = tmp_path / "dang-uy-xa-tan-phuoc" / "chi-bo-tram-y-te"
    other.mkdir()
    wrong = CELL_PLAN.replace("12-KH/ĐU, ngày 14/01/2025", "12-KH/ĐU, ngày 04/01/2025")
    (other / "ke-hoach-chi-bo.txt").write_text(wrong.replace("TRƯỜNG THCS", "TRẠM Y TẾ"), "utf-8")
    findings = [f for f in run(tmp_path)["findings"] if f["rule"] == "CK504"]
    assert len(findings) == 1
    assert findings[0]["category"] == "citation" and findings[0]["path"].startswith(
        other.as_posix()
    )
    assert "04/01/2025" in findings[0]["message"] and "14/01/2025" in findings[0]["message"]
    assert findings[0]["related"][0]["path"] == (cell / "ke-hoach-chi-bo.txt").as_posix()


def test_the_same_cell_number_in_two_committees_is_two_documents(tmp_path):
    for committee, day in (("xa-a", "10"), ("xa-b", "25")):
        cell = tmp_path / committee / "chi-bo-1"
        cell.mkdir(parents=True)
        text = commitment("Lê Văn An", f"An Bình, ngày {day} tháng 02 năm 2025")
        text = text.replace(
            "I. Về tư tưởng",
            f"Thực hiện Kế hoạch số 02-KH/CB, ngày {day}/01/2025 của chi bộ;\nI. Về tư tưởng",
        )
        (cell / "cam-ket.txt").write_text(text, "utf-8")
    assert date_findings(run(tmp_path)) == []


def test_a_commitment_dated_outside_its_year_and_the_window_is_configurable(tmp_path):
    cell = write_batch(
        tmp_path,
        members={"cam-ket-a.txt": commitment("Lê Văn An", "Tân Phước, ngày 15 tháng 09 năm 2025")},
    )
    (cell / "cam-ket-a.txt").write_text(
        commitment("Lê Văn An", "Tân Phước, ngày 15 tháng 08 năm 2024"), "utf-8"
    )
    rules = [f["rule"] for f in date_findings(run(tmp_path))]
    assert "CK505" in rules  # also before the cell's plan: CK501
    (tmp_path / "camket.yaml").write_text('options:\n  CK505: {earliest: "08-01"}\n', "utf-8")
    assert "CK505" not in [f["rule"] for f in date_findings(run(tmp_path))]


def test_a_blank_or_missing_date_is_a_structure_warning_and_an_impossible_one_an_error(tmp_path):
    members = {
        "cam-ket-trong.txt": commitment("Lê Văn An", "Tân Phước, ngày …… tháng …… năm 2025"),
        "cam-ket-khong-ngay.txt": commitment("Võ Thị Cúc", "Tân Phước"),
        "cam-ket-30-02.txt": commitment("Hồ Văn Dũng", "Tân Phước, ngày 30 tháng 02 năm 2025"),
    }
    write_batch(tmp_path, members=members)
    report = run(tmp_path)
    found = {
        (f["path"].rsplit("/", 1)[-1], f["rule"], f["severity"]) for f in date_findings(report)
    }
    assert found == {
        ("cam-ket-trong.txt", "CK506", "warning"),
        ("cam-ket-khong-ngay.txt", "CK506", "warning"),
        ("cam-ket-30-02.txt", "CK507", "error"),
    }
    dates = {f["path"].rsplit("/", 1)[-1]: f["date"] for f in report["files"]}
    assert dates["cam-ket-trong.txt"] is dates["cam-ket-30-02.txt"] is None


def test_a_2026_commune_under_the_province_directly(tmp_path):
    # since 1 July 2025 there is no district: the commune's superior plan is the province's
    province = tmp_path / "tinh-uy"
    commune = province / "dang-uy-xa-tan-phuoc"
    commune.mkdir(parents=True)
    tu = plan("TỈNH ỦY ĐỒNG THÁP", "", "45-KH/TU", "Đồng Tháp, ngày 12 tháng 01 năm 2026")
    (province / "ke-hoach-tinh-uy.txt").write_text(tu, "utf-8")
    du = plan(
        "ĐẢNG BỘ XÃ TÂN PHƯỚC",
        "",
        "03-KH/ĐU",
        "Tân Phước, ngày 08 tháng 01 năm 2026",
        "Thực hiện Kế hoạch số 45-KH/TU, ngày 12/01/2026 của Ban Thường vụ Tỉnh ủy;",
    )
    (commune / "ke-hoach-dang-uy.txt").write_text(du, "utf-8")
    [finding] = date_findings(run(tmp_path))
    assert finding["rule"] == "CK502" and finding["related"][0]["path"].endswith(
        "ke-hoach-tinh-uy.txt"
    )


def test_a_central_document_cited_with_a_wrong_date_and_qdi_equals_qd(tmp_path):
    cites = (
        "Căn cứ Chỉ thị số 05 - CT/TW, ngày 15/6/2016 của Bộ Chính trị; Kết luận số 01-KL/TW, "
        "ngày 18/5/2021 của Bộ Chính trị; Quy định số 37-QĐ/TW, ngày 25/10/2021 của Ban Chấp hành "
        "Trung ương;"
    )
    text = plan("ĐẢNG BỘ XÃ AN BÌNH", "", "09-KH/ĐU", "An Bình, ngày 14 tháng 01 năm 2025", cites)
    (tmp_path / "ke-hoach.txt").write_text(text, "utf-8")
    [finding] = date_findings(run(tmp_path, "--select", "date-order,citation,structure"))
    assert finding["rule"] == "CK508" and finding["category"] == "citation"
    assert "05-CT/TW" in finding["message"] and "15/05/2016" in finding["message"]
    assert finding["line"] == 8


DATES = Path(__file__).resolve().parent / "fixtures" / "dates"


@pytest.mark.parametrize("case", ["dung-thu-tu", "sai-thu-tu"])
def test_golden_date_folders(case, monkeypatch):
    """A province → commune → cells tree (.txt and .docx): in order, it yields no date finding
    at all; with one planted error per rule, exactly those."""
    monkeypatch.chdir(DATES)
    result = CliRunner().invoke(
        main, ["check", "--format", "json", "--select", "date-order,citation,CK506", case]
    )
    got = [
        f"{f['path']}:{f['line']}:{f['column']}:{f['rule']}:{f['message']}"
        for f in json.loads(result.output)["findings"]
    ]
    expected = (DATES / f"{case}.expected.txt").read_text(encoding="utf-8").splitlines()
    assert got == expected
    assert result.exit_code == (1 if expected else 0)


def test_an_own_date_with_no_day_is_a_missing_date_not_a_guess(tmp_path):
    members = {"cam-ket-a.txt": commitment("Lê Văn An", "Tân Phước, tháng 02 năm 2025")}
    write_batch(tmp_path, members=members)
    report = run(tmp_path)
    [finding] = date_findings(report)
    assert finding["rule"] == "CK506" and "tháng 02 năm 2025" in finding["message"]
    assert next(f for f in report["files"] if f["path"].endswith("cam-ket-a.txt"))["date"] is None


def test_two_plans_in_one_cell_the_cited_one_counts_or_it_is_said_to_be_unclear(tmp_path):
    early = commitment("Trần Văn Bảy", "Tân Phước, ngày 15 tháng 01 năm 2025")
    cell = write_batch(tmp_path, members={"cam-ket-tran-van-bay.txt": early})
    other = CELL_PLAN.replace("02-KH/CB", "05-KH/CB").replace(
        "ngày 20 tháng 01", "ngày 22 tháng 01"
    )
    (cell / "ke-hoach-kiem-tra.txt").write_text(other, "utf-8")
    rules = sorted(f["rule"] for f in date_findings(run(tmp_path, "--select", "date-order,CK509")))
    assert rules == ["CK509"]  # no guess which plan the commitment implements
    cites = early.replace(
        "I. Về tư tưởng",
        "Thực hiện Kế hoạch số 02-KH/CB, ngày 20/01/2025 của chi bộ;\nI. Về tư tưởng",
    )
    (cell / "cam-ket-tran-van-bay.txt").write_text(cites, "utf-8")
    rules = sorted(f["rule"] for f in date_findings(run(tmp_path, "--select", "date-order,CK509")))
    assert rules == ["CK501"]  # the plan it cites is the unit's plan


def test_units_declared_in_camket_yaml_give_the_plan_and_the_superior(tmp_path):
    batch = tmp_path / "ho-so"
    (batch / "dang-uy").mkdir(parents=True)
    cell = batch / "chi-bo-thcs"
    cell.mkdir()
    (batch / "dang-uy" / "ke-hoach-dang-uy.txt").write_text(COMMUNE_PLAN, "utf-8")
    early_plan = CELL_PLAN.replace("ngày 20 tháng 01", "ngày 10 tháng 01")
    (cell / "ke-hoach-chi-bo.txt").write_text(early_plan, "utf-8")
    other = CELL_PLAN.replace("02-KH/CB", "05-KH/CB").replace(
        "ngày 20 tháng 01", "ngày 22 tháng 01"
    )
    (cell / "ke-hoach-kiem-tra.txt").write_text(other, "utf-8")
    early = commitment("Trần Văn Bảy", "Tân Phước, ngày 12 tháng 01 năm 2025")
    (cell / "cam-ket-tran-van-bay.txt").write_text(early, "utf-8")
    # side by side, not nested: the folders say nothing about who is above whom; the
    # citation of 12-KH/ĐU still links them, and which plan is the cell's is unclear
    before = sorted(f["rule"] for f in date_findings(run(batch, "--select", "date-order,CK509")))
    assert before == ["CK503", "CK509"]
    (tmp_path / "camket.yaml").write_text(
        "units:\n"
        "  ho-so/chi-bo-thcs: {plan: ho-so/chi-bo-thcs/ke-hoach-chi-bo.txt, parent: ho-so/dang-uy}\n",
        "utf-8",
    )
    after = date_findings(run(batch, "--select", "date-order,CK509"))
    assert sorted(f["rule"] for f in after) == ["CK502"]  # 10/01 before the commune's 14/01
    assert after[0]["related"][0]["path"].endswith("dang-uy/ke-hoach-dang-uy.txt")


def test_a_declared_plan_that_does_not_exist_is_a_configuration_error(tmp_path):
    (tmp_path / "camket.yaml").write_text(
        "units:\n  chi-bo: {plan: chi-bo/khong-co.txt}\n", "utf-8"
    )
    (tmp_path / "chi-bo").mkdir()
    (tmp_path / "chi-bo" / "cam-ket.txt").write_text(
        commitment("Lê Văn An", "Tân Phước, ngày 25 tháng 01 năm 2025"), "utf-8"
    )
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "camket.yaml" in result.output and "khong-co.txt" in result.output


def test_a_folder_keeping_several_years_compares_a_commitment_with_its_own_years_plan(tmp_path):
    cell = tmp_path / "chi-bo-cong-an-xa"
    cell.mkdir()
    plan_2026 = CELL_PLAN.replace("năm 2025", "năm 2026")
    (cell / "ke-hoach-chi-bo-2026.txt").write_text(plan_2026, "utf-8")  # 20/01/2026
    last_year = commitment("Trần Quốc Việt", "Hòa Thạnh, ngày 18 tháng 02 năm 2025")
    (cell / "cam-ket-2025.txt").write_text(last_year, "utf-8")
    assert date_findings(run(cell, "--select", "date-order")) == []  # not the 2026 plan's member
    # titled 2026 but citing the cell plan of February 2025, not in the batch: not compared
    # with the 2026 plan (only its own date is out of its year)
    cites = last_year.replace(
        "I. Về tư tưởng",
        "Thực hiện Kế hoạch số 02-KH/CB ngày 10/02/2025 của chi bộ;\nI. Về tư tưởng",
    ).replace("NĂM 2025", "NĂM 2026")
    (cell / "cam-ket-2025.txt").write_text(cites, "utf-8")
    assert [f["rule"] for f in date_findings(run(cell, "--select", "date-order"))] == ["CK505"]
