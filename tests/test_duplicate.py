"""Copies between commitments: fingerprints, passages, pairs, groups, plan copies, stock text."""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from conftest import commitment_form

from linter.cli import main
from linter.fingerprint import WINDOW, K, LineIndex, fingerprints, text_syllables

HEAD = commitment_form(
    "ĐẢNG BỘ XÃ TÂN PHƯỚC",
    "CHI BỘ TRƯỜNG THCS",
    "Tân Phước, ngày {day} tháng 02 năm 2025",
    2025,
    role="giáo viên",
)

DUTIES_A = [
    "- Dạy môn Toán các lớp 8A, 8B với 19 tiết mỗi tuần, phấn đấu tỷ lệ học sinh đạt điểm trung bình trở lên từ 85% trở lên.",
    "- Bồi dưỡng đội tuyển học sinh giỏi Toán 8 vào chiều thứ Bảy, phấn đấu có 03 em đạt giải cấp huyện.",
    "- Phụ đạo 6 học sinh yếu của lớp 8B mỗi tuần một buổi, cuối năm không còn em nào chưa đạt.",
    "- Viết một sáng kiến kinh nghiệm về dạy hình học bằng phần mềm vẽ hình, nộp tổ chuyên môn trước ngày 15/4/2025.",
]
DUTIES_B = [
    "- Chủ nhiệm lớp 6C: thăm gia đình từng em trước Tết, giữ sĩ số 38/38, không để em nào bỏ học.",
    "- Dạy Ngữ văn lớp 6C và 7A, mỗi tháng cho học sinh viết một bài văn nghị luận ngắn và chấm trả trong tuần.",
    "- Tổ chức câu lạc bộ đọc sách của trường vào sáng thứ Năm, mỗi học kỳ giới thiệu 8 đầu sách mới.",
]
DUTIES_C = [
    "- Phụ trách phòng thí nghiệm: kiểm kê hóa chất hằng tháng, lập sổ theo dõi mượn trả thiết bị.",
    "- Hướng dẫn học sinh lớp 9 làm 12 bài thực hành Hóa học theo chương trình, không bỏ bài nào.",
    "- Phối hợp Đoàn trường tổ chức ngày hội khoa học cho khối 8 vào tháng 3/2025.",
]

DUTIES_D = [
    "- Làm tổng phụ trách Đội: tổ chức 4 buổi sinh hoạt dưới cờ theo chủ điểm mỗi tháng.",
    "- Vận động học sinh góp 300 kg giấy vụn trong đợt kế hoạch nhỏ học kỳ I.",
]
DUTIES_E = [
    "- Dạy Tiếng Anh khối 7, tổ chức 02 buổi ngoại khóa nói tiếng Anh cho học sinh trong năm.",
    "- Cập nhật điểm lên phần mềm quản lý trường học đúng hạn sau mỗi bài kiểm tra định kỳ.",
]


def commitment(name: str, duties: list[str], day: int = 10, ethics: str | None = None) -> str:
    ethics = (
        ethics
        or f"Sống giản dị, gần gũi đồng nghiệp; {name.split()[-1]} không dạy thêm trái quy định."
    )
    return HEAD.format(name=name, day=f"{day:02d}", ethics=ethics, duties="\n".join(duties))


def run(folder, *args):
    result = CliRunner().invoke(main, ["check", "--format", "json", *args, str(folder)])
    return json.loads(result.output)


def rules_of(report, *rules):
    return [f for f in report["findings"] if f["rule"] in rules]


def edited(lines: list[str], share: float, seed: int) -> list[str]:
    """Every syllable replaced with probability `share`: uniform edits."""
    rng = random.Random(seed)
    out = []
    for line in lines:
        words = line.split(" ")
        out.append(
            " ".join(w if rng.random() >= share or i == 0 else "khác" for i, w in enumerate(words))
        )
    return out


def test_a_shared_run_of_k_plus_w_minus_1_syllables_always_shares_a_fingerprint():
    rng = random.Random(7)
    vocabulary = text_syllables(" ".join(DUTIES_A + DUTIES_B + DUTIES_C).lower())
    for _ in range(200):
        shared = [rng.choice(vocabulary) for _ in range(K + WINDOW - 1)]
        a = tuple([rng.choice(vocabulary) for _ in range(rng.randint(0, 30))] + shared)
        b = tuple(shared + [rng.choice(vocabulary) for _ in range(rng.randint(0, 30))])
        assert {h for h, _ in fingerprints(a)} & {h for h, _ in fingerprints(b)}


def test_the_line_index_gives_the_line_of_every_syllable_position():
    rng = random.Random(11)
    for _ in range(200):
        lines = []
        for number in sorted(rng.sample(range(1, 400), rng.randint(1, 30))):
            lines += [number] * rng.randint(1, 25)
        index = LineIndex.of(lines)
        assert [index.line_at(p) for p in range(len(lines))] == lines
        assert len(index.starts) < len(lines) or len(set(lines)) == len(lines)


def test_a_sentence_start_after_a_stop_is_not_a_name():
    assert text_syllables("Họp chi bộ. Lan báo cáo; Hùng ghi biên bản") == [
        "họp", "chi", "bộ", "lan", "báo", "cáo", "hùng", "ghi", "biên", "bản",
    ]  # fmt: skip


def test_names_and_figures_become_placeholders():
    assert text_syllables("Phụ đạo 6 học sinh lớp 8B, gặp cô Lan ngày 15/4") == [
        "phụ", "đạo", "#", "học", "sinh", "lớp", "#", "gặp", "cô", "@", "ngày", "#", "#",
    ]  # fmt: skip


def test_an_edited_copy_of_part_3_is_one_passage_with_both_sides(tmp_path):
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    copied = [
        DUTIES_A[1].replace("03 em", "02 em").replace("thứ Bảy", "thứ Năm"),
        DUTIES_A[0].replace("8A, 8B", "9A, 9C").replace("Toán", "Vật lý"),
        DUTIES_A[3].replace("hình học", "điện học"),
        DUTIES_A[2].replace("6 học sinh", "4 học sinh"),
    ]
    (unit / "cam-ket-le-van-an.txt").write_text(commitment("Lê Văn An", DUTIES_A, 8), "utf-8")
    (unit / "cam-ket-tran-thi-binh.txt").write_text(
        commitment("Trần Thị Bình", copied, 12), "utf-8"
    )
    (unit / "cam-ket-vo-thi-cuc.txt").write_text(commitment("Võ Thị Cúc", DUTIES_B), "utf-8")
    pairs = rules_of(run(unit), "CK401")
    # reordered, renamed and refigured, still one passage, reported on each side
    assert [Path(f["path"]).name for f in pairs] == [
        "cam-ket-le-van-an.txt",
        "cam-ket-tran-thi-binh.txt",
    ]
    earlier, later = pairs
    assert (later["line"], later["end_line"]) == (10, 13)
    related = later["related"][0]
    assert related["path"].endswith("cam-ket-le-van-an.txt")
    assert (related["line"], related["end_line"]) == (10, 13)
    assert "cam-ket-le-van-an.txt" in later["message"] and "%" in later["message"]
    # the earlier one's finding mirrors it: same lines, same figure, the later one related
    assert (earlier["line"], earlier["end_line"]) == (10, 13)
    assert earlier["related"][0]["path"] == later["path"]
    assert (earlier["related"][0]["line"], earlier["related"][0]["end_line"]) == (10, 13)
    figure = re.search(r"giống (\d+)%", later["message"]).group(1)
    assert f"giống {figure}% đoạn dòng 10–13 của {later['path']}" in earlier["message"]


def unit_with_an_edited_copy(tmp_path, duties: list[str], share: float, seed: int):
    """A cell where b copied a's duties with `share` of the words replaced; c wrote her own."""
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    (unit / "cam-ket-a.txt").write_text(commitment("Lê Văn An", duties, 8), "utf-8")
    (unit / "cam-ket-b.txt").write_text(
        commitment("Trần Thị Bình", edited(duties, share, seed=seed), 12), "utf-8"
    )
    (unit / "cam-ket-c.txt").write_text(commitment("Võ Thị Cúc", DUTIES_C), "utf-8")
    return unit


def test_uniform_edits_of_fifteen_percent_are_still_found(tmp_path):
    unit = unit_with_an_edited_copy(tmp_path, DUTIES_A, 0.15, seed=3)
    pairs = {(f["path"][-5:], f["related"][0]["path"][-5:]) for f in rules_of(run(unit), "CK401")}
    assert pairs == {("b.txt", "a.txt"), ("a.txt", "b.txt")}  # one copy, on both sides


def test_independent_commitments_sharing_the_form_and_common_formulas_are_not_linked(tmp_path):
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    common = "Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước."
    for name, duties in (
        ("Lê Văn An", DUTIES_A),
        ("Võ Thị Cúc", DUTIES_B),
        ("Hồ Văn Dũng", DUTIES_C),
    ):
        text = commitment(name, duties, ethics=common)
        (unit / f"cam-ket-{name.split()[-1].lower()}.txt").write_text(text, "utf-8")
    report = run(unit)
    assert rules_of(report, "CK401", "CK402", "CK403") == []


def test_a_group_of_three_copies_is_one_cluster_finding_on_the_first_member(tmp_path):
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    for index, name in enumerate(("Lê Văn An", "Trần Thị Bình", "Võ Thị Cúc")):
        duties = [line.replace("8A, 8B", f"{6 + index}A") for line in DUTIES_A]
        (unit / f"cam-ket-{index}.txt").write_text(commitment(name, duties, 5 + index), "utf-8")
    # three of seven members: a group of copies, not text most of the cell shares
    others = (("Hồ Văn Dũng", DUTIES_C), ("Mai Thị Em", DUTIES_B), ("Đỗ Văn Phú", DUTIES_D))
    for index, (name, duties) in enumerate((*others, ("Ngô Thị Gấm", DUTIES_E)), start=3):
        (unit / f"cam-ket-{index}.txt").write_text(commitment(name, duties), "utf-8")
    report = run(unit)
    clusters = rules_of(report, "CK402")
    assert len(clusters) == 1
    assert clusters[0]["path"].endswith("cam-ket-0.txt")
    assert sorted(r["path"][-9:] for r in clusters[0]["related"]) == ["ket-1.txt", "ket-2.txt"]
    assert "3 bản cam kết có phần 3" in clusters[0]["message"]
    assert len(rules_of(report, "CK401")) == 6  # three pairs, each on both members
    english = rules_of(run(unit, "--lang", "en"), "CK402")[0]["message"]
    assert "3 commitments share nearly the same part 3:" in english  # the part in English too


def test_a_passage_pasted_from_the_cells_plan(tmp_path):
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    plan_tasks = [
        "- Tổ chức cho 100% đảng viên học tập chuyên đề năm 2025 trong quý I, mỗi đảng viên viết bài thu hoạch nộp chi ủy.",
        "- Duy trì sinh hoạt chi bộ định kỳ vào ngày 05 hằng tháng, mỗi quý sinh hoạt chuyên đề một lần về đổi mới dạy học.",
        "- Phấn đấu cuối năm học có 95% học sinh lên lớp thẳng, không có học sinh bỏ học giữa chừng.",
    ]
    plan = "\n".join(
        [
            "ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM",
            "CHI BỘ TRƯỜNG THCS                Tân Phước, ngày 20 tháng 01 năm 2025",
            "KẾ HOẠCH",
            "Thực hiện nhiệm vụ năm 2025",
            *plan_tasks,
            "T/M CHI BỘ",
        ]
    )
    (unit / "ke-hoach-chi-bo.txt").write_text(plan, "utf-8")
    (unit / "cam-ket-a.txt").write_text(commitment("Lê Văn An", DUTIES_A[:2] + plan_tasks), "utf-8")
    (unit / "cam-ket-b.txt").write_text(commitment("Võ Thị Cúc", DUTIES_B), "utf-8")
    plan_copies = rules_of(run(unit), "CK403")
    assert [(f["path"][-9:], f["related"][0]["path"][-19:]) for f in plan_copies] == [
        ("ket-a.txt", "ke-hoach-chi-bo.txt")
    ]
    assert (plan_copies[0]["related"][0]["line"], plan_copies[0]["related"][0]["end_line"]) == (
        5,
        7,
    )


def test_stock_text_most_members_share_is_reported_once_as_vague_not_as_copies(tmp_path):
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    stock = (
        "Giữ gìn phẩm chất người giáo viên, tận tụy với học sinh, gương mẫu trong lời nói và "
        "việc làm trước học sinh và phụ huynh."
    )
    own = [DUTIES_A, DUTIES_B, DUTIES_C, DUTIES_D]
    names = ("Lê Văn An", "Trần Thị Bình", "Võ Thị Cúc", "Hồ Văn Dũng")
    for index, (name, duties) in enumerate(zip(names, own, strict=True)):
        ethics = stock if index < 3 else "Sống giản dị, không dạy thêm trái quy định."
        (unit / f"cam-ket-{index}.txt").write_text(commitment(name, duties, ethics=ethics), "utf-8")
    report = run(unit)
    stock_findings = rules_of(report, "CK404")
    assert len(stock_findings) == 1
    finding = stock_findings[0]
    assert finding["category"] == "vague" and finding["path"].endswith("cam-ket-0.txt")
    assert sorted(r["path"][-9:] for r in finding["related"]) == ["ket-1.txt", "ket-2.txt"]
    assert rules_of(report, "CK401") == []


def test_copies_across_units_only_in_an_audit(tmp_path):
    for unit, name in (("chi-bo-a", "Lê Văn An"), ("chi-bo-b", "Trần Thị Bình")):
        (tmp_path / unit).mkdir()
        (tmp_path / unit / "cam-ket.txt").write_text(commitment(name, DUTIES_A), "utf-8")
    assert rules_of(run(tmp_path), "CK401") == []
    across = rules_of(run(tmp_path, "--across-units"), "CK401")
    assert [(f["path"][-20:], f["related"][0]["path"][-20:]) for f in across] == [
        ("chi-bo-a/cam-ket.txt", "chi-bo-b/cam-ket.txt"),
        ("chi-bo-b/cam-ket.txt", "chi-bo-a/cam-ket.txt"),
    ]


LONG_DUTIES = [
    *DUTIES_A,
    "- Dự giờ đồng nghiệp trong tổ Toán ít nhất 18 tiết mỗi học kỳ và góp ý bằng phiếu nhận xét.",
    "- Làm đồ dùng dạy học tự làm cho bài hình không gian, hoàn thành trước đợt thi đua tháng 11.",
    "- Tham gia chấm kiểm tra giữa kỳ đúng lịch, trả bài cho học sinh chậm nhất sau một tuần.",
    "- Ghi sổ theo dõi học sinh cá biệt của lớp chủ nhiệm, liên lạc phụ huynh mỗi tháng hai lần.",
]


def test_a_passage_edited_uniformly_at_twenty_percent_is_bridged_into_one_finding(tmp_path):
    unit = unit_with_an_edited_copy(tmp_path, LONG_DUTIES, 0.20, seed=5)
    pairs = rules_of(run(unit), "CK401")
    # one finding (on each side) for the copied part, not a fragment per seed
    assert [Path(f["path"]).name for f in pairs] == ["cam-ket-a.txt", "cam-ket-b.txt"]
    # part 3 holds lines 10–17 in both; the finding covers most of it
    finding, related = pairs[1], pairs[1]["related"][0]
    assert finding["line"] <= 11 and finding["end_line"] >= 16
    assert related["line"] <= 11 and related["end_line"] >= 16


FORM_LINE = (
    "- Thực hiện tốt việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với "
    "nhiệm vụ của nhà trường và phong trào thi đua dạy tốt, học tốt của ngành giáo dục."
)


def test_a_units_own_blank_form_never_makes_a_copy_and_is_not_checked(tmp_path):
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    # the cell's form asks everyone to copy its own standard lines into part 3
    form_lines = [FORM_LINE, DUTIES_E[1]]
    (unit / "mau-cam-ket.txt").write_text(
        commitment("……………", form_lines).replace("Họ và tên: ……………", "Họ và tên:"), "utf-8"
    )
    for name, duties in (("Lê Văn An", DUTIES_A), ("Võ Thị Cúc", DUTIES_B)):
        text = commitment(name, form_lines + duties)
        (unit / f"cam-ket-{name.split()[-1].lower()}.txt").write_text(text, "utf-8")
    # four who wrote their own (so the form's lines are not what most of the cell shares)
    others = (
        ("Hồ Văn Dũng", DUTIES_C),
        ("Mai Thị Em", DUTIES_D),
        ("Ngô Thị Gấm", DUTIES_E[:1]),
        ("Đỗ Thị Hà", ["- Phụ trách thư viện: mở cửa cho học sinh mượn sách mỗi buổi chiều."]),
    )
    for name, duties in others:
        text = commitment(name, duties)
        (unit / f"cam-ket-{name.split()[-1].lower()}.txt").write_text(text, "utf-8")
    without_form = run(unit, "--select", "duplicate")
    linked = {
        frozenset((Path(f["path"]).name, Path(f["related"][0]["path"]).name))
        for f in rules_of(without_form, "CK401")
    }
    assert frozenset(("cam-ket-an.txt", "cam-ket-cúc.txt")) in linked  # the form's lines alone

    (tmp_path / "camket.yaml").write_text("form: [chi-bo-thcs/mau-cam-ket.txt]\n", "utf-8")
    with_form = run(unit, "--select", "duplicate")
    assert rules_of(with_form, "CK401", "CK402") == []
    assert "mau-cam-ket.txt" not in {Path(f["path"]).name for f in with_form["files"]}


def test_an_unreadable_blank_form_is_a_configuration_error(tmp_path):
    (tmp_path / "camket.yaml").write_text("form: [khong-co.docx]\n", "utf-8")
    (tmp_path / "cam-ket.txt").write_text(commitment("Lê Văn An", DUTIES_A), "utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "khong-co.docx" in result.output and "camket.yaml" in result.output


def test_a_copy_check_alone_neither_splits_sentences_nor_loads_underthesea(tmp_path):
    unit = tmp_path / "chi-bo-thcs"
    unit.mkdir()
    two_sentences = [DUTIES_A[0] + " " + DUTIES_A[1][2:], *DUTIES_A[2:]]
    (unit / "cam-ket-a.txt").write_text(commitment("Lê Văn An", two_sentences, 8), "utf-8")
    (unit / "cam-ket-b.txt").write_text(commitment("Trần Thị Bình", two_sentences, 12), "utf-8")
    code = (
        "import sys, json; from click.testing import CliRunner; from linter.cli import main; "
        f"r = CliRunner().invoke(main, ['check', '--select', 'duplicate', '--format', 'json', {str(unit)!r}]); "
        "print(json.dumps([len(json.loads(r.output)['findings']), 'underthesea' in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    findings, loaded = json.loads(out.stdout)
    assert findings >= 1 and loaded is False


def _winnow_by_definition(hashes, window):
    """Winnowing as Schleimer et al. define it, window by window."""
    if not hashes:
        return []
    window = min(window, len(hashes))
    chosen, last = [], -1
    for start in range(len(hashes) - window + 1):
        span = hashes[start : start + window]
        position = start + window - 1 - span[::-1].index(min(span))
        if position != last:
            chosen.append((span[position - start], position))
            last = position
    return chosen


def test_winnowing_picks_the_rightmost_minimum_of_every_window():
    from linter.fingerprint import winnow

    rng = random.Random(5)
    for _ in range(500):
        hashes = [rng.randrange(1 << rng.choice((3, 61))) for _ in range(rng.randint(0, 60))]
        window = rng.randint(1, 6)
        assert winnow(hashes, window) == _winnow_by_definition(hashes, window)


def test_deadlines_written_alike_on_different_tasks_are_no_stock(tmp_path):
    # three tax officers each end two different tasks "trước ngày 30/6/2026.": the deadline's
    # few syllables, twice over a line apart, are no passage the unit shares
    unit = tmp_path / "chi-bo-tai-chinh"
    unit.mkdir()
    tasks = (
        [
            "- Hướng dẫn 214/214 hộ chuyển từ nộp thuế khoán sang tự kê khai, hoàn thành trước ngày 30/6/2026.",
            "- Hướng dẫn 58 hộ bắt buộc đăng ký hóa đơn điện tử từ máy tính tiền trước ngày 30/6/2026.",
        ],
        [
            "- Lập báo cáo quyết toán ngân sách phường năm 2025, trình Ủy ban trước ngày 30/6/2026.",
            "- Số hóa 100% chứng từ chi năm 2025 của bộ phận kế toán trước ngày 30/6/2026.",
        ],
        [
            "- Rà soát 36 hộ kinh doanh mới ở chợ Khu 5, đưa vào sổ bộ thuế trước ngày 30/6/2026.",
            "- Thu hồi 120 triệu đồng nợ đọng lệ phí môn bài của 15 hộ trước ngày 30/6/2026.",
        ],
    )
    names = ("Đặng Quốc Việt", "Nguyễn Thị Thảo", "Phạm Thị Nhung")
    ethics = (
        "Không nhận quà của hộ kinh doanh khi hướng dẫn kê khai.",
        "Trung thực, khách quan khi thẩm định dự toán của các đơn vị.",
        "Giữ bí mật số liệu thu, chi của phường theo quy chế.",
    )
    for index, (name, duties) in enumerate(zip(names, tasks, strict=True)):
        text = commitment(name, duties, ethics=ethics[index])
        (unit / f"cam-ket-{index}.txt").write_text(text, "utf-8")
    assert rules_of(run(unit), "CK404") == []
