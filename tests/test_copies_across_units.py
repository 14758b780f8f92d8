"""Copies are never invented from the trade's phrases: two grade-5 teachers who wrote their own
duties in the words teachers use; two groups of copiers in one school cell."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from click.testing import CliRunner

from linter.align import MIN_SIMILARITY, MIN_SYLLABLES, required_similarity
from linter.cli import main


def run(folder: Path, *args: str) -> dict:
    result = CliRunner().invoke(
        main, ["check", "--select", "duplicate", "--format", "json", *args, str(folder)]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def rules_of(report: dict, *rules: str) -> list[dict]:
    return [f for f in report["findings"] if f["rule"] in rules]


SCHOOL_HEAD = """ĐẢNG BỘ XÃ PHÚ LÂM                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC PHÚ LÂM                Phú Lâm, ngày {day:02d} tháng 01 năm 2026
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: {name}. Chức vụ: {role}.
I. Về tư tưởng chính trị
- Tuyệt đối trung thành với Đảng, với Tổ quốc và với nhân dân.
II. Về phẩm chất đạo đức, lối sống
- {ethics}
III. Về thực hiện chức trách, nhiệm vụ được giao
{duties}
IV. Về tổ chức kỷ luật
- Sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng quy định.
NGƯỜI CAM KẾT
{name}"""

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
