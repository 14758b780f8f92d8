"""Copies are never hidden by what else a run covers, and never invented from the trade's phrases.

A commune of four hamlet cells where a sample commitment circulates (two members of each cell
copied its part 3); two grade-5 teachers who wrote their own duties in the words teachers use;
two groups of copiers in one school cell."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import commitment_form

from linter.align import MIN_SIMILARITY, MIN_SYLLABLES, required_similarity
from linter.cli import main

HAMLET_HEAD = commitment_form(
    "ĐẢNG BỘ XÃ PHÚ LÂM",
    "CHI BỘ ẤP {hamlet_upper}",
    "Phú Lâm, ngày {day:02d} tháng 01 năm 2026",
    2026,
)

# The sample part 3 the commune's members passed around ({hamlet}, {group}: filled by each copier).
SAMPLE = [
    "- Gương mẫu chấp hành và vận động gia đình, bà con trong tổ tự quản số {group} ấp {hamlet} "
    "thực hiện tốt quy ước của ấp, giữ gìn vệ sinh môi trường, không xả rác xuống kênh rạch.",
    "- Tham gia đầy đủ các buổi họp tổ nhân dân tự quản, mỗi quý phản ánh ít nhất một lần ý kiến, "
    "nguyện vọng của bà con với chi bộ và ban nhân dân ấp.",
    "- Vận động 100% hộ trong tổ tham gia bảo hiểm y tế, trong đó có ít nhất {households} hộ cận "
    "nghèo được hỗ trợ mua thẻ trước ngày 30/6/2026.",
    "- Đóng góp ngày công làm đường giao thông nông thôn, cùng bà con hoàn thành bê tông hóa tuyến "
    "đường liên tổ của ấp trong năm 2026.",
]

# A one-line slogan not in the form's list that members of every cell write: a formula.
SLOGAN = "Xây dựng gia đình văn hóa, giữ gìn an ninh trật tự ở khu dân cư nơi mình ở."

# Four cells: for each, the hamlet, then (name, role, ethics, duties or None for the sample).
HAMLETS = {
    "chi-bo-ap-phu-hoa": (
        "Phú Hòa",
        [
            ("Nguyễn Văn Bé", "đảng viên", None, None),
            (
                "Trần Thị Cẩm",
                "chi hội trưởng phụ nữ",
                SLOGAN,
                [
                    "- Vận động 25 hội viên phụ nữ của chi hội tham gia tổ tiết kiệm, mỗi tháng góp 200.000 đồng giúp nhau làm vốn.",
                    "- Tổ chức 2 buổi nói chuyện về phòng chống bạo lực gia đình tại nhà văn hóa ấp trong quý II.",
                ],
            ),
            (
                "Lê Văn Đức",
                "trưởng ấp",
                "Nói đi đôi với làm, công khai các khoản đóng góp của dân tại nhà văn hóa ấp.",
                [
                    "- Chủ trì họp dân mỗi quý một lần, trả lời bằng văn bản các kiến nghị của bà con trong 15 ngày.",
                    "- Lập danh sách 14 hộ cận nghèo của ấp, trình Ủy ban nhân dân xã xét hỗ trợ trước tháng 3/2026.",
                ],
            ),
            ("Võ Văn Giàu", "đảng viên", None, None),
            (
                "Phạm Thị Hạnh",
                "nhân viên y tế ấp",
                SLOGAN,
                [
                    "- Đến từng nhà nhắc 38 trẻ dưới 5 tuổi của ấp uống vitamin A đúng hai đợt tháng 6 và tháng 12.",
                    "- Phát tờ rơi và hướng dẫn diệt lăng quăng cho 120 hộ vào sáng thứ Bảy cuối tháng.",
                ],
            ),
        ],
    ),
    "chi-bo-ap-phu-thanh": (
        "Phú Thạnh",
        [
            (
                "Đặng Văn Khải",
                "chi hội trưởng nông dân",
                SLOGAN,
                [
                    "- Hướng dẫn 20 hộ trồng lúa giảm lượng giống gieo xuống 100 kg/ha, mở 1 buổi hội thảo đầu vụ Đông Xuân.",
                    "- Giúp 3 hộ hội viên làm hồ sơ vay vốn Ngân hàng Chính sách xã hội để nuôi bò trong năm 2026.",
                ],
            ),
            ("Huỳnh Văn Lộc", "đảng viên", None, None),
            (
                "Bùi Thị Mai",
                "bí thư chi đoàn",
                "Sống giản dị, chân thành với đoàn viên, không hút thuốc, không uống rượu bia.",
                [
                    "- Tổ chức 4 buổi ra quân dọn cỏ, trồng 300 cây xanh dọc tuyến đường đal của ấp.",
                    "- Kết nạp 5 đoàn viên mới, giới thiệu 1 đoàn viên ưu tú cho chi bộ bồi dưỡng kết nạp Đảng.",
                ],
            ),
            ("Ngô Văn Nghĩa", "đảng viên", None, None),
            (
                "Tô Thị Oanh",
                "tổ trưởng tổ tự quản",
                SLOGAN,
                [
                    "- Ghi chép đầy đủ sổ theo dõi nhân khẩu của 32 hộ trong tổ, báo cáo công an xã người đến tạm trú trong ngày.",
                    "- Hòa giải các mâu thuẫn nhỏ giữa các hộ ngay tại tổ, không để khiếu kiện vượt cấp.",
                ],
            ),
        ],
    ),
    "chi-bo-ap-phu-loi": (
        "Phú Lợi",
        [
            (
                "Châu Văn Phát",
                "công an viên",
                "Giữ tư cách người công an viên, không nhận quà biếu của người vi phạm.",
                [
                    "- Tuần tra đêm cùng tổ an ninh ấp 3 buổi mỗi tuần, không để xảy ra trộm cắp tài sản của dân.",
                    "- Vận động 45 hộ ký cam kết không tàng trữ pháo nổ trước Tết Nguyên đán.",
                ],
            ),
            ("Dương Văn Quang", "đảng viên", None, None),
            (
                "Lý Thị Rồi",
                "chi hội trưởng cựu chiến binh",
                SLOGAN,
                [
                    "- Thăm hỏi 6 hội viên già yếu, neo đơn của chi hội vào các dịp lễ, Tết.",
                    "- Kể chuyện truyền thống cho học sinh Trường Tiểu học Phú Lợi vào dịp 22 tháng 12.",
                ],
            ),
            ("Mạc Văn Sang", "đảng viên", None, None),
            (
                "Kiều Thị Tuyết",
                "giáo viên mầm non",
                SLOGAN,
                [
                    "- Vận động 100% trẻ 5 tuổi của ấp ra lớp mẫu giáo trước ngày khai giảng.",
                    "- Làm 12 món đồ chơi bằng vật liệu tái chế cho góc học tập của lớp Lá 2.",
                ],
            ),
        ],
    ),
    "chi-bo-ap-phu-an": (
        "Phú An",
        [
            ("Âu Văn Út", "đảng viên", None, None),
            (
                "Triệu Thị Vân",
                "phó trưởng ấp",
                SLOGAN,
                [
                    "- Theo dõi tiến độ 8 căn nhà tình thương của ấp, báo cáo chi bộ mỗi tháng đến khi bàn giao.",
                    "- Thu đủ quỹ phòng chống thiên tai của 210 hộ trước ngày 30/9/2026.",
                ],
            ),
            (
                "Khưu Văn Xuân",
                "thú y viên",
                "Làm việc đúng giờ, không nhận tiền của dân ngoài quy định khi tiêm phòng.",
                [
                    "- Tiêm phòng lở mồm long móng cho toàn bộ đàn bò của ấp trong hai đợt tháng 4 và tháng 10.",
                    "- Hướng dẫn 15 hộ chăn nuôi làm hầm biogas, xử lý chất thải không để ô nhiễm kênh.",
                ],
            ),
            ("Giang Văn Yên", "đảng viên", None, None),
            (
                "Quách Thị Ý",
                "dân quân",
                SLOGAN,
                [
                    "- Tham gia huấn luyện dân quân đủ 15 ngày theo kế hoạch của Ban Chỉ huy quân sự xã.",
                    "- Trực sẵn sàng chiến đấu tại trụ sở ấp các đêm thứ Sáu trong tháng.",
                ],
            ),
        ],
    ),
}
# Part 2 of the sample's copiers: each wrote their own.
COPIER_ETHICS = [
    "Sống trung thực, giản dị; không tham gia cờ bạc, không mê tín dị đoan.",
    "Hòa nhã với bà con lối xóm, nhắc con cháu không đua xe, không tụ tập khuya.",
    "Tổ chức đám giỗ của gia đình gọn nhẹ, không mời khách ngoài họ hàng thân thuộc.",
    "Giữ lời hứa với bà con, việc gì nhận làm thì làm đến nơi đến chốn.",
    "Không uống rượu bia trong giờ làm việc, không nói tục chửi thề trước trẻ nhỏ.",
    "Khiêm tốn học hỏi cán bộ trẻ, sẵn lòng góp ý thẳng thắn trong sinh hoạt chi bộ.",
    "Tiết kiệm trong chi tiêu gia đình, không vay mượn nợ nần quá sức trả.",
    "Thăm hỏi hàng xóm khi ốm đau, hoạn nạn, giúp ngày công khi nhà ai có việc.",
]
SAMPLE_HOLDERS = 8  # two copiers in each of the four cells


def run(folder: Path, *args: str) -> dict:
    result = CliRunner().invoke(
        main, ["check", "--select", "duplicate", "--format", "json", *args, str(folder)]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def rules_of(report: dict, *rules: str) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] in rules]


def file_name(name: str) -> str:
    plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return f"cam-ket-{re.sub(r'[^a-z]+', '-', plain.lower()).strip('-')}.txt"


def copiers(folder: str) -> list[str]:
    """The files of the cell's members who copied the sample."""
    _, members = HAMLETS[folder]
    return [file_name(name) for name, _, _, duties in members if duties is None]


def sample_copy(index: int, hamlet: str) -> list[str]:
    """The sample as copier `index` of the commune wrote it: own group and figures, and a few
    words of their own."""
    lines = [
        line.format(hamlet=hamlet, group=index % 5 + 1, households=index % 4 + 2) for line in SAMPLE
    ]
    if index % 2:  # every other copier changed a word or two and swapped two items
        lines[0] = lines[0].replace("Gương mẫu chấp hành", "Gương mẫu thực hiện")
        lines[1], lines[3] = lines[3], lines[1]
    return lines


@pytest.fixture
def commune(tmp_path: Path) -> Path:
    root = tmp_path / "dang-uy-xa-phu-lam"
    copier = 0
    for day, (folder, (hamlet, members)) in enumerate(HAMLETS.items(), start=5):
        cell = root / folder
        cell.mkdir(parents=True)
        for name, role, ethics, duties in members:
            if duties is None:
                duties, ethics = sample_copy(copier, hamlet), COPIER_ETHICS[copier]
                copier += 1
            text = HAMLET_HEAD.format(
                hamlet_upper=hamlet.upper(),
                day=day,
                name=name,
                role=role,
                ethics=ethics,
                duties="\n".join(duties),
            )
            (cell / file_name(name)).write_text(text, encoding="utf-8")
    assert copier == SAMPLE_HOLDERS
    return root


def unit_findings(report: dict, cell: Path, rules: tuple[str, ...]) -> list[tuple]:
    """The findings on the cell's files, paths relative to the cell: comparable between a run
    over the cell and a run over its commune."""

    def local(path: str) -> str:
        return Path(path).relative_to(cell).as_posix() if Path(path).parent == cell else path

    found = []
    for f in report["findings"]:
        if f["rule"] in rules and Path(f["path"]).parent == cell:
            related = tuple((local(r["path"]), r["line"], r["end_line"]) for r in f["related"])
            message = f["message"].replace(f"{cell}/", "")
            found.append((f["rule"], local(f["path"]), f["line"], f["end_line"], message, related))
    return sorted(found)


def test_the_copies_inside_a_cell_are_the_same_whether_the_run_covers_the_cell_or_the_commune(
    commune,
):
    whole = run(commune)
    across = run(commune, "--across-units")
    for cell in sorted(commune.iterdir()):
        alone = run(cell)
        pairs = unit_findings(alone, cell, ("CK401",))
        first, second = copiers(cell.name)
        # the cell's two copiers of the sample, the copy reported on each
        assert [(f[1], f[5][0][0]) for f in pairs] == sorted([(first, second), (second, first)])
        assert unit_findings(whole, cell, ("CK401",)) == pairs
        group_and_stock = ("CK402", "CK404")
        assert unit_findings(whole, cell, group_and_stock) == unit_findings(
            alone, cell, group_and_stock
        )
        # an audit across units adds the copies between cells and loses none inside one
        inside = [f for f in unit_findings(across, cell, ("CK401",)) if "/" not in f[5][0][0]]
        assert inside == pairs
    assert len(rules_of(across, "CK401")) > len(rules_of(whole, "CK401")) == 8


def test_a_circulating_sample_is_reported_once_on_its_first_holder_with_the_others_related(
    commune,
):
    report = run(commune)
    (finding,) = rules_of(report, "CK405")
    holders = sorted(str(commune / folder / name) for folder in HAMLETS for name in copiers(folder))
    assert finding["path"] == holders[0]
    assert [r["path"] for r in finding["related"]] == holders[1:]
    assert (finding["category"], finding["severity"]) == ("duplicate", "info")
    assert finding["message"].startswith("8 bản cam kết của 4 đơn vị có đoạn này")
    # part 3 (lines 10–13) of each holder: not the oath, the ethics line or part 4
    assert (finding["line"], finding["end_line"]) == (10, 13)
    assert all((r["line"], r["end_line"]) == (10, 13) for r in finding["related"])
    english = rules_of(run(commune, "--lang", "en"), "CK405")[0]["message"]
    assert english.startswith("8 commitments in 4 units hold this passage")
    for cell in commune.iterdir():  # inside one cell it is a pair, not a circulating passage
        assert rules_of(run(cell), "CK405") == []


def test_a_circulating_passage_needs_three_documents_in_two_units(commune):
    hoa, thanh, loi, an = (commune / folder for folder in HAMLETS)
    for path in [*loi.iterdir(), *an.iterdir()]:  # the sample left in two cells: 4 holders
        path.unlink()
    (finding,) = rules_of(run(commune), "CK405")
    assert finding["message"].startswith("4 bản cam kết của 2 đơn vị")
    (thanh / copiers(thanh.name)[0]).unlink()  # 3 holders in 2 units
    (finding,) = rules_of(run(commune), "CK405")
    assert finding["message"].startswith("3 bản cam kết của 2 đơn vị")
    (thanh / copiers(thanh.name)[1]).unlink()  # 2 holders in one unit: a pair only
    report = run(commune)
    assert rules_of(report, "CK405") == []
    assert {Path(f["path"]).name for f in rules_of(report, "CK401")} == set(copiers(hoa.name))


def test_a_formula_line_every_cell_writes_is_not_a_circulating_passage(commune):
    # without the sample, what cells share is SLOGAN: one line, in 8 documents of 4 units
    for folder in HAMLETS:
        for name in copiers(folder):
            (commune / folder / name).unlink()
    holders = [p for p in commune.rglob("*.txt") if SLOGAN in p.read_text(encoding="utf-8")]
    assert len(holders) == 8 and len({p.parent for p in holders}) == 4
    report = run(commune, "--across-units")
    assert rules_of(report, "CK405", "CK401", "CK402") == []


SCHOOL_HEAD = commitment_form(
    "ĐẢNG BỘ XÃ PHÚ LÂM",
    "CHI BỘ TRƯỜNG TIỂU HỌC PHÚ LÂM",
    "Phú Lâm, ngày {day:02d} tháng 01 năm 2026",
    2026,
)

# Two teachers of grade 5, each writing their own classes, tasks and figures in the phrases
# every teacher uses ("thực hiện đúng chương trình, kế hoạch dạy học", "100% học sinh hoàn
# thành chương trình", "dự giờ đồng nghiệp"): alike in places, copied nowhere.
HOA = [
    "- Thực hiện đúng chương trình, kế hoạch dạy học lớp 5A, soạn bài đầy đủ trước khi lên lớp, ứng dụng bài giảng điện tử ở các môn Toán, Tiếng Việt.",
    "- Phấn đấu cuối năm học lớp 5A có 100% học sinh hoàn thành chương trình tiểu học, trong đó 12 em được khen thưởng toàn diện.",
    "- Kèm cặp 3 em đọc chậm, viết sai chính tả vào chiều thứ Tư hằng tuần, đến hết học kỳ I các em đọc trôi chảy.",
    "- Phối hợp với cha mẹ học sinh, mỗi học kỳ thăm gia đình các em có hoàn cảnh khó khăn ít nhất một lần.",
    "- Tham gia dự giờ đồng nghiệp 2 tiết mỗi tháng, đăng ký 1 tiết thao giảng cấp trường môn Tiếng Việt.",
]
TAM = [
    "- Thực hiện đúng chương trình, kế hoạch dạy học lớp 5C, chuẩn bị bài và đồ dùng dạy học trước khi lên lớp, mỗi tháng dạy 4 tiết có ứng dụng công nghệ thông tin.",
    "- Phấn đấu lớp 5C cuối năm có 100% học sinh hoàn thành chương trình tiểu học, 9 em được khen thưởng, không có học sinh bỏ học.",
    "- Bồi dưỡng 4 em có năng khiếu Toán dự giao lưu Toán tuổi thơ cấp huyện vào tháng 4/2026.",
    "- Phối hợp với cha mẹ học sinh theo dõi 2 em hay nghỉ học, mỗi tháng trao đổi qua sổ liên lạc điện tử ít nhất hai lần.",
    "- Dự giờ đồng nghiệp 2 tiết mỗi tháng, đăng ký 1 tiết thao giảng cấp trường môn Toán.",
]


def copy_of_hoa(class_name: str, praised: int, reading: int) -> list[str]:
    """Hoa's part 3 copied with light edits: another class and figures, a verb changed, two
    items swapped."""
    lines = [line.replace("5A", class_name) for line in HOA]
    lines[1] = lines[1].replace("12 em", f"{praised} em")
    lines[2] = lines[2].replace("Kèm cặp 3 em", f"Phụ đạo {reading} em")
    lines[2], lines[3] = lines[3], lines[2]
    return lines


def copy_of_tam(class_name: str, gifted: int) -> list[str]:
    """Tâm's part 3 copied with light edits."""
    lines = [line.replace("5C", class_name) for line in TAM]
    lines[2] = lines[2].replace("Bồi dưỡng 4 em", f"Bồi dưỡng {gifted} em")
    lines[4] = lines[4].replace("Dự giờ đồng nghiệp", "Tham gia dự giờ đồng nghiệp")
    return lines


SCHOOL = [  # (file, name, role, ethics, duties)
    ("hoa", "Nguyễn Thị Hoa", "giáo viên lớp 5A",
     "Gương mẫu trước học sinh, nói năng chuẩn mực, không nhận quà của phụ huynh.", HOA),
    ("tam", "Lê Văn Tâm", "giáo viên lớp 5C",
     "Sống trung thực, khiêm tốn, giúp đỡ đồng nghiệp mới về trường.", TAM),
    ("thao", "Phan Thị Thảo", "giáo viên lớp 5B",
     "Ăn mặc giản dị, đúng mực khi lên lớp; không dạy thêm trái quy định.",
     copy_of_hoa("5B", 9, 4)),
    ("quynh", "Đỗ Thị Quỳnh", "giáo viên lớp 5D",
     "Thân thiện với học sinh, không quát mắng, không xúc phạm các em.",
     copy_of_hoa("5D", 10, 2)),
    ("luc", "Trịnh Văn Lực", "giáo viên lớp 5E",
     "Đúng giờ trong mọi hoạt động của trường, không sử dụng điện thoại khi đang dạy.",
     copy_of_tam("5E", 3)),
    ("nhan", "Hà Thị Nhàn", "giáo viên lớp 4B",
     "Chia sẻ tài liệu với đồng nghiệp trong khối, giữ đoàn kết trong tổ chuyên môn.",
     copy_of_tam("4B", 5)),
    ("hieu-truong", "Lâm Văn Phong", "hiệu trưởng",
     "Công khai tài chính của trường mỗi học kỳ tại hội đồng sư phạm.", [
        "- Xây dựng kế hoạch năm học 2025-2026 trình Phòng Giáo dục trước ngày 15/9/2025.",
        "- Dự giờ mỗi giáo viên ít nhất 2 tiết trong năm học, góp ý bằng biên bản.",
    ]),
    ("pho-hieu-truong", "Mai Thị Sương", "phó hiệu trưởng",
     "Lắng nghe ý kiến giáo viên trẻ, giải quyết kiến nghị trong tuần.", [
        "- Xếp thời khóa biểu cho 18 lớp trước ngày khai giảng, điều chỉnh trong 3 ngày khi có giáo viên nghỉ.",
        "- Tổ chức kiểm tra nội bộ 6 tổ chuyên môn theo kế hoạch, báo cáo hiệu trưởng cuối mỗi học kỳ.",
    ]),
    ("ke-toan", "Viên Thị Lụa", "kế toán",
     "Cẩn thận, rõ ràng trong từng khoản thu chi, không để thất thoát.", [
        "- Lập dự toán ngân sách năm 2026 của trường trình Phòng Tài chính trước ngày 20/12/2025.",
        "- Chi trả lương và phụ cấp cho 42 cán bộ, giáo viên đúng ngày 10 hằng tháng.",
    ]),
    ("lop-1", "Kha Thị Hồng", "giáo viên lớp 1A",
     "Yêu thương học sinh như con em mình, kiên nhẫn với các em chậm.", [
        "- Rèn cho 35 em lớp 1A đọc thông viết thạo, cuối học kỳ I em nào cũng đọc được bài tập đọc ngắn.",
        "- Mỗi tuần gửi nhận xét qua nhóm Zalo của lớp để cha mẹ kèm các em ở nhà.",
    ]),
    ("lop-3", "Tạ Văn Khoa", "giáo viên lớp 3B",
     "Không hút thuốc trong trường, nhắc đồng nghiệp cùng thực hiện.", [
        "- Tổ chức cho lớp 3B đọc sách ở thư viện xanh vào giờ ra chơi thứ Hai và thứ Năm.",
        "- Làm 1 bộ đồ dùng dạy phép chia bằng que tính dự thi cấp trường.",
    ]),
    ("the-duc", "Lữ Văn Tài", "giáo viên thể dục",
     "Giữ gìn sức khỏe, chơi thể thao lành mạnh cùng đồng nghiệp.", [
        "- Dạy bơi an toàn cho 60 học sinh khối 4 trong hè 2026 ở hồ bơi của xã.",
        "- Thành lập đội bóng đá mini của trường, dự giải Hội khỏe Phù Đổng cấp huyện.",
    ]),
    ("tieng-anh", "Ông Thị Diệu", "giáo viên tiếng Anh",
     "Tự học để đạt chứng chỉ B2 tiếng Anh trong năm 2026.", [
        "- Dạy tiếng Anh cho 9 lớp khối 3, 4, 5; tổ chức câu lạc bộ nói tiếng Anh chiều thứ Sáu.",
        "- Hướng dẫn 6 học sinh dự thi hùng biện tiếng Anh cấp huyện.",
    ]),
]  # fmt: skip


def school(tmp_path: Path, keys: tuple[str, ...]) -> Path:
    cell = tmp_path / "chi-bo-truong-tieu-hoc"
    cell.mkdir()
    for day, (key, name, role, ethics, duties) in enumerate(SCHOOL, start=5):
        if key in keys:
            text = SCHOOL_HEAD.format(
                day=day, name=name, role=role, ethics=ethics, duties="\n".join(duties)
            )
            (cell / f"cam-ket-{key}.txt").write_text(text, encoding="utf-8")
    return cell


def linked(report: dict) -> set[frozenset[str]]:
    return {
        frozenset((Path(f["path"]).stem, Path(f["related"][0]["path"]).stem))
        for f in rules_of(report, "CK401")
    }


def test_two_teachers_writing_their_own_duties_in_the_trades_words_are_not_copies(tmp_path):
    assert linked(run(school(tmp_path, ("hoa", "tam")))) == set()


def test_a_copy_with_light_edits_is_found(tmp_path):
    report = run(school(tmp_path, ("hoa", "tam", "thao")))
    assert linked(report) == {frozenset(("cam-ket-hoa", "cam-ket-thao"))}
    figures = {int(re.search(r"(\d+)%", f["message"]).group(1)) for f in rules_of(report, "CK401")}
    assert len(figures) == 1 and 85 <= figures.pop() < 100  # one figure on both sides


def test_a_weak_link_does_not_merge_two_copy_groups(tmp_path):
    report = run(school(tmp_path, tuple(key for key, *_ in SCHOOL)))
    groups = [
        sorted(Path(p).stem for p in [f["path"], *(r["path"] for r in f["related"])])
        for f in rules_of(report, "CK402")
    ]
    assert sorted(groups) == [
        ["cam-ket-hoa", "cam-ket-quynh", "cam-ket-thao"],
        ["cam-ket-luc", "cam-ket-nhan", "cam-ket-tam"],
    ]
    hoa_group, tam_group = {"hoa", "thao", "quynh"}, {"tam", "luc", "nhan"}
    for pair in linked(report):
        members = {name.removeprefix("cam-ket-") for name in pair}
        assert members <= hoa_group or members <= tam_group, pair


def test_the_similarity_a_copy_needs_falls_as_the_shared_text_grows():
    assert required_similarity(MIN_SYLLABLES - 1) is None
    needed = [required_similarity(n) for n in range(MIN_SYLLABLES, 400)]
    assert needed[0] >= 0.95  # under a line: near-identical
    assert all(a >= b for a, b in itertools.pairwise(needed))
    assert needed[-1] == MIN_SIMILARITY  # a long passage may be edited down to the floor
    assert required_similarity(44) > 0.80 > required_similarity(150)


def test_evaluate_counts_each_copy_once_by_its_pair_rule_and_by_band_of_similarity(commune):
    files, copies = [], []
    for day, folder in enumerate(HAMLETS, start=5):
        for path in sorted((commune / folder).iterdir()):
            files.append(
                {
                    "path": f"{folder}/{path.name}",
                    "kind": "commitment",
                    "date": {
                        "written": f"ngày {day:02d} tháng 01 năm 2026",
                        "iso": f"2026-01-{day:02d}",
                    },
                }
            )
        first, second = copiers(folder)
        copies.append({"a": f"{folder}/{first}", "b": f"{folder}/{second}", "section": 3})
    labels = {"schema": "camket-labels/1", "files": files, "copies": copies}
    (commune / "labels.yaml").write_text(yaml.safe_dump(labels, allow_unicode=True), "utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(commune)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    copy_row = next(i for i, line in enumerate(lines) if line.startswith("sao chép "))
    # 8 findings on 4 pairs (each copy on both sides); the CK405 is not a pair
    assert lines[copy_row].split()[2:5] == ["4", "0", "0"]
    pan = next(i for i, line in enumerate(lines) if line.startswith("sao chép theo ký tự"))
    assert "(PAN, 4 đoạn có nhãn, 4 phát hiện)" in lines[pan]  # a mirror is no second detection
    assert "granularity 1.000" in lines[pan]
    assert lines[pan + 1].split()[:3] == ["theo", "mức", "giống"]
    bands = {line[:16].strip(): line.split()[-3:-1] for line in lines[pan + 2 : pan + 6]}
    assert list(bands) == ["65–75%", "75–85%", "85–95%", "≥ 95%"]
    assert sum(int(reported) for reported, _ in bands.values()) == 4
    assert all(reported == labelled for reported, labelled in bands.values())


def test_only_the_pair_rules_count_as_pairs(commune):
    from linter.config import Settings
    from linter.engine import run as check
    from linter.evaluate import pair_rules, score_duplicates
    from linter.labels import Labels
    from linter.rules import load_rules

    rules = load_rules(())
    report = check([commune], rules, Settings())
    assert {f.rule for f in report.findings if f.category == "duplicate"} == {"CK401", "CK405"}
    pairs = pair_rules(rules)
    assert {"CK401", "CK403"} <= pairs and not {"CK402", "CK404", "CK405"} & pairs
    labels = Labels(root=commune, files=[])
    # the circulating passage with one holder left in `related` would still not be a pair
    (circulating,) = [f for f in report.findings if f.rule == "CK405"]
    report.findings.append(replace(circulating, related=circulating.related[:1]))
    score = score_duplicates(report, labels, pairs)
    assert score.false_positives == 4  # the four copies inside the cells (unlabelled here)
