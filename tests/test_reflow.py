"""Hard-wrapped text (a PDF's text layer, a web page, fixed-width .txt) is read as the sentences
its writer wrote: an item runs over the physical lines of its sentence, and a finding on it
points at those lines in the original text."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import document_from_text

from linter.cli import main
from linter.document import Document, make_line
from linter.parse import parse
from linter.read.reflow import layout_of, wrap_width

# Part 3 copied out of a PDF: wrapped at about 70 characters, one sentence broken over three
# lines, a page number between the two halves of another.
WRAPPED = """CHI BỘ TRẠM Y TẾ XÃ HUỔI LẾCH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lò Thị Xuân. Chức vụ: nữ hộ sinh, đảng viên Chi bộ Trạm Y tế.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Quản lý thai nghén cho 100% phụ nữ có thai ở bốn bản Pá Chả, Nà
Khoang, Tả Cáng và Nậm Sìn, khám thai đủ 4 lần trước khi sinh, cập
nhật sổ theo dõi vào thứ Sáu hằng tuần.
- Luôn nêu cao tinh thần trách nhiệm, tận tụy với công việc, hết lòng
Trang 1/2
phục vụ nhân dân, xứng đáng với niềm tin của cấp ủy và đồng bào các
dân tộc trong xã.
- Tổ chức 2 buổi tư vấn dinh dưỡng cho các bà mẹ có con dưới 2 tuổi tại
nhà văn hóa bản Pá Chả, xong trước ngày 30/6/2026.
4. Về tổ chức kỷ luật
- Đóng đảng phí trước ngày 5 hằng tháng, dự đủ 12 kỳ sinh hoạt chi bộ.
Huổi Lếch, ngày 20 tháng 01 năm 2026
"""


def items_of(text: str, fmt: str = "txt") -> list[tuple[int, int, str]]:
    lines = [make_line(n, raw) for n, raw in enumerate(text.split("\n"), start=1)]
    document = Document("mem." + fmt, "u", fmt, lines)
    document.outline = parse(document)
    return [(item.line, item.end_line, item.text) for item in document.outline.items]


def test_a_wrapped_text_has_a_wrap_width_and_an_unwrapped_one_none():
    document = document_from_text(WRAPPED)
    assert 60 <= wrap_width(document.lines) <= 75
    unwrapped = document_from_text(WRAPPED.replace("\n", " ").replace(" - ", "\n- "))
    assert layout_of(unwrapped.lines, "txt").width is None


def test_each_sentence_is_one_item_over_its_lines():
    items = {(first, last): text for first, last, text in items_of(WRAPPED)}
    assert items[(5, 7)].startswith("Quản lý thai nghén") and items[(5, 7)].endswith("hằng tuần.")
    assert "Nà Khoang" in items[(5, 7)]
    # the page number between the halves is no part of the sentence, and no item
    assert items[(8, 11)] == (
        "Luôn nêu cao tinh thần trách nhiệm, tận tụy với công việc, hết lòng phục vụ nhân dân, "
        "xứng đáng với niềm tin của cấp ủy và đồng bào các dân tộc trong xã."
    )
    assert not any("Trang 1/2" in text for text in items.values())
    assert (12, 13) in items


def test_a_finding_spans_the_physical_lines_of_its_sentence(tmp_path):
    path = tmp_path / "cam-ket-lo-thi-xuan.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", str(path)])
    findings = json.loads(result.output)["findings"]
    vague = [f for f in findings if f["category"] in ("vague", "specificity")]
    assert [(f["line"], f["end_line"]) for f in vague] == [(8, 11)]
    (finding,) = vague
    lines = WRAPPED.split("\n")
    # columns point at the original text: the sentence starts after "- " on line 8 and ends
    # with the full stop of line 11
    assert lines[7][finding["column"] - 1 :].startswith("Luôn nêu cao")
    assert lines[10][: finding["end_column"] - 1] == "dân tộc trong xã."
    # the concrete items of the same part are not reported, though their lines end mid-sentence
    assert not any(f["line"] in (5, 6, 7, 12, 13) for f in vague)


def test_lines_that_open_items_are_never_joined():
    text = WRAPPED.replace("- Tổ chức 2 buổi", "Tổ chức 2 buổi")  # no bullet, but a capital
    items = {(first, last) for first, last, _ in items_of(text)}
    assert (12, 13) in items  # a capital after a full stop starts a new item


def test_a_heading_wrapped_over_two_lines_is_no_item():
    text = WRAPPED.replace(
        "3. Về thực hiện chức trách, nhiệm vụ được giao",
        "3. Về thực hiện chức trách, nhiệm vụ được giao của đảng viên công tác tại\ntrạm y tế",
    )
    assert not any(text.startswith("trạm y tế") for _, _, text in items_of(text))


PARAGRAPHS = """CHI BỘ TRẠM Y TẾ XÃ HUỔI LẾCH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
3. Về thực hiện chức trách, nhiệm vụ được giao
- Tổ chức 2 buổi tư vấn dinh dưỡng tại nhà văn hóa bản Pá Chả trước ngày 30/6/2026
hoàn thành tốt nhiệm vụ được giao
4. Về tổ chức kỷ luật
- Đóng đảng phí trước ngày 5 hằng tháng.
Huổi Lếch, ngày 20 tháng 01 năm 2026"""


def test_word_paragraphs_are_not_joined_unless_the_text_is_wrapped():
    # In Word a paragraph is what its writer ended: a paragraph without a full stop and one
    # starting with a small letter stay two items; the same lines in a .txt are one sentence.
    assert [(first, last) for first, last, _ in items_of(PARAGRAPHS, "docx")][:2] == [
        (4, 4),
        (5, 5),
    ]
    assert next((first, last) for first, last, _ in items_of(PARAGRAPHS, "txt")) == (4, 5)


# A veteran's commitment out of a PDF: short items of two lines each under many headings, so
# fewer than half of its lines are full, yet one line in five breaks a sentence before a small
# letter; two halves go on with a capital ("Bảy") and a figure ("100%").
SHORT_ITEMS = """ĐẢNG BỘ PHƯỜNG AN LẠC ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 5
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Hải Sinh năm: 1958
Hiện nay: Cựu chiến binh, Chi hội trưởng Chi hội CCB Khu phố 5
I. VỀ TƯ TƯỞNG CHÍNH TRỊ
- Giữ vững phẩm chất “Bộ đội Cụ Hồ”, tuyệt đối trung thành với Đảng,
với Tổ quốc và Nhân dân.
II. VỀ PHẨM CHẤT ĐẠO ĐỨC, LỐI SỐNG
- Sống mẫu mực, làm gương cho con cháu trong gia đình và hội viên
trong chi hội.
III. VỀ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO
- Tổ chức sinh hoạt Chi hội CCB (31 hội viên) 01 lần/quý; đến thăm
100% hội viên ốm đau phải nằm viện.
- Cùng Tổ bảo vệ an ninh, trật tự ở cơ sở duy trì điểm trực tối thứ
Bảy hằng tuần tại đầu hẻm 12; phân công mỗi tuần 02 hội viên trực
cùng.
IV. VỀ Ý THỨC TỔ CHỨC KỶ LUẬT
- Sinh hoạt chi bộ đều đặn; khi ốm không dự được thì báo đồng chí Bí
thư trước buổi sinh hoạt.
V. VỀ KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
- Năm 2025 do sức khoẻ hạn chế nên vắng 03 kỳ sinh hoạt, năm 2026 cố
gắng giữ gìn sức khoẻ để dự đủ các kỳ.
NGƯỜI CAM KẾT
Trần Văn Hải
"""


def test_short_items_under_many_headings_are_read_as_wrapped():
    assert wrap_width(document_from_text(SHORT_ITEMS).lines) is not None
    items = {(first, last): text for first, last, text in items_of(SHORT_ITEMS)}
    assert items[(13, 14)].endswith("đến thăm 100% hội viên ốm đau phải nằm viện.")
    assert items[(15, 17)].startswith("Cùng Tổ bảo vệ")
    assert "trực tối thứ Bảy hằng tuần tại đầu hẻm 12" in items[(15, 17)]
    assert not any(text.startswith(("100%", "Bảy")) for text in items.values())
