"""Units are real folders, whatever folders a run is given: two checked folders never merge
their units, the checked folder's own plan is the superior of the units below it, local plan
numbers stay local, and a file checked on its own is compared with the documents around it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from test_date_order import COMMUNE_PLAN, commitment, plan, write_batch

from linter.cli import main


def check(*paths: Path, options: tuple[str, ...] = ()) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", *options, *map(str, paths)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def cell_plan(unit: str, number: str, day: str) -> str:
    return plan(
        "ĐẢNG BỘ XÃ AN BÌNH",
        unit,
        number,
        f"An Bình, ngày {day} tháng 01 năm 2025",
        "Thực hiện Kế hoạch số 05-KH/ĐU, ngày 10/01/2025 của Đảng ủy xã An Bình;",
    )


def member(name: str, day: str, plan_number: str, plan_day: str, cell: str) -> str:
    text = commitment(name, f"An Bình, ngày {day} tháng 02 năm 2025")
    citation = f"Thực hiện Kế hoạch số {plan_number}, ngày {plan_day}/01/2025 của {cell};"
    return text.replace("I. Về tư tưởng", f"{citation}\nI. Về tư tưởng")


def commune(root: Path, name: str, cell_days: dict[str, str]) -> Path:
    """A commune folder: its plan (05-KH/ĐU, 10/01/2025) and one cell per entry of
    `cell_days`, each numbering its plan 01-KH/CB (the day given) with two members citing it."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "ke-hoach-dang-uy.txt").write_text(
        plan("ĐẢNG BỘ XÃ AN BÌNH", "", "05-KH/ĐU", "An Bình, ngày 10 tháng 01 năm 2025"), "utf-8"
    )
    for cell, day in cell_days.items():
        cell_folder = folder / cell
        cell_folder.mkdir()
        title = "Chi bộ " + cell.removeprefix("chi-bo-").replace("-", " ").title()
        (cell_folder / "ke-hoach-chi-bo.txt").write_text(
            cell_plan(title.upper(), "01-KH/CB", day), "utf-8"
        )
        for person, member_day in (("Lê Văn An", "05"), ("Trần Thị Bé", "06")):
            slug = person.lower().replace(" ", "-")
            (cell_folder / f"cam-ket-{slug}.txt").write_text(
                member(person, member_day, "01-KH/CB", day, title), "utf-8"
            )
    return folder


def rules_by_file(report: dict, root: Path | None = None) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in report["findings"]:
        path = Path(finding["path"])
        key = path.relative_to(root).as_posix() if root else path.as_posix()
        found.setdefault(key, []).append(finding["rule"])
    return {key: sorted(rules) for key, rules in found.items()}


def test_two_checked_folders_with_alike_subfolders_keep_their_units(tmp_path):
    first = commune(tmp_path, "xa-a", {"chi-bo": "15"})
    second = commune(tmp_path, "xa-b", {"chi-bo": "20"})
    # A real date error in xa-b: a member dated before the cell plan.
    late = second / "chi-bo" / "cam-ket-tran-thi-be.txt"
    late.write_text(
        member("Trần Thị Bé", "01", "01-KH/CB", "20", "Chi bộ").replace(
            "ngày 01 tháng 02", "ngày 18 tháng 01"
        ),
        "utf-8",
    )
    together = check(first, second)
    units = {f["path"].split("/")[-3:-1][0]: f["unit"] for f in together["files"]}
    assert units == {"xa-a": "xa-a/chi-bo", "xa-b": "xa-b/chi-bo", second.parent.name: "xa-b"}
    alone = {**rules_by_file(check(first)), **rules_by_file(check(second))}
    assert rules_by_file(together) == alone
    assert "CK501" in alone[late.as_posix()]
    assert not any("CK509" in rules for rules in alone.values())  # no "two plans in one unit"


def test_the_checked_folders_own_plan_is_the_superior_of_the_units_below(tmp_path):
    folder = commune(tmp_path, "xa-an-binh", {"chi-bo-ap-1": "15"})
    early = cell_plan("CHI BỘ ẤP 2", "01-KH/CB", "08")  # before the commune's 10/01
    (folder / "chi-bo-ap-2").mkdir()
    (folder / "chi-bo-ap-2" / "ke-hoach-chi-bo.txt").write_text(early, "utf-8")
    found = rules_by_file(check(folder), folder)
    assert "CK502" in found["chi-bo-ap-2/ke-hoach-chi-bo.txt"]
    assert "chi-bo-ap-1/ke-hoach-chi-bo.txt" not in found


def test_cells_numbering_their_plans_alike_are_different_documents(tmp_path):
    cells = {"chi-bo-ap-1": "15", "chi-bo-ap-2": "20", "chi-bo-truong-hoc": "22"}
    folder = commune(tmp_path / "huyen", "xa-an-binh", cells)
    for root in (folder, folder.parent):  # the commune, and a district above it
        report = check(root)
        assert not [f for f in report["findings"] if f["rule"] in ("CK503", "CK504")]
    # The same cell citing its own plan with two dates is still one document cited twice.
    cell = folder / "chi-bo-ap-2"
    (cell / "cam-ket-lam-van-cu.txt").write_text(
        member("Lâm Văn Cù", "07", "01-KH/CB", "25", "Chi bộ Ấp 2"), "utf-8"
    )
    for root in (folder, folder.parent):
        found = rules_by_file(check(root), folder)
        assert [path for path, rules in found.items() if "CK504" in rules] == [
            "chi-bo-ap-2/cam-ket-lam-van-cu.txt"
        ]


def test_a_file_checked_alone_is_compared_with_the_plan_beside_it(tmp_path):
    cell = write_batch(tmp_path)  # Võ Thị Cúc: 20/01, the cell plan's own day: in order
    early = cell / "cam-ket-vo-thi-cuc.txt"
    early.write_text(commitment("Võ Thị Cúc", "Tân Phước, ngày 16 tháng 01 năm 2025"), "utf-8")
    report = check(early)
    assert [entry["path"] for entry in report["files"]] == [early.as_posix()]
    assert {f["path"] for f in report["findings"]} == {early.as_posix()}
    date = [f for f in report["findings"] if f["rule"] == "CK501"]
    assert len(date) == 1 and date[0]["related"][0]["path"].endswith("ke-hoach-chi-bo.txt")
    assert report["summary"]["context_files"] == 3  # the plan, the other member, the commune plan
    alone = check(early, options=("--no-context",))
    assert "CK501" not in {f["rule"] for f in alone["findings"]}
    assert alone["summary"]["context_files"] == 0


def test_the_summary_says_what_context_was_read(tmp_path):
    cell = write_batch(tmp_path)
    result = CliRunner().invoke(main, ["check", str(cell / "cam-ket-le-van-an.txt")])
    assert "Đã đối chiếu với 3 tệp cùng thư mục và thư mục cấp trên" in result.output
    english = CliRunner().invoke(
        main, ["check", "--lang", "en", str(cell / "cam-ket-le-van-an.txt")]
    )
    assert "Compared with 3 files of the same folder and the folders above" in english.output


def test_a_crowded_folder_is_not_read_as_context(tmp_path):
    cell = write_batch(tmp_path)
    downloads = tmp_path / "tai-ve"
    downloads.mkdir()
    target = downloads / "cam-ket.txt"
    shutil.copy(cell / "cam-ket-le-van-an.txt", target)
    for n in range(150):
        (downloads / f"tai-lieu-{n}.txt").write_text(COMMUNE_PLAN, "utf-8")
    report = check(target)
    assert report["summary"]["context_files"] == 0
    assert [entry["path"] for entry in report["files"]] == [target.as_posix()]
