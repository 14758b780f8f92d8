"""What a commitment writes after its shortcomings part: the action plan on the congress
resolutions (part 6), headed at full length, in plain words or in words of the writer's own in
a series numbered "1." to "6.", and, under a heading that is no
part of the template, the member's means and requests ("II. BIỆN PHÁP THỰC HIỆN", "III. ĐỀ
NGHỊ"), which no report owes a result for. The texts are written for these tests."""

from __future__ import annotations

from linter.engine import check_document
from linter.rules import load_rules
from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

# A tax officer's parts in Roman numerals; part 6 names both congresses, 27 syllables.
COMMITMENT_LONG_PART_6 = """ĐẢNG BỘ PHƯỜNG AN HẢI
CHI BỘ ĐỘI THUẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trương Thị Nhàn
I. Về tư tưởng chính trị
- Kiên định mục tiêu, lý tưởng của Đảng.
II. Về phẩm chất đạo đức, lối sống
- Không nhận quà của người nộp thuế khi hướng dẫn kê khai.
III. Về thực hiện chức trách, nhiệm vụ được giao
- Đôn đốc thu nợ thuế của 45 hộ kinh doanh chợ An Hải, giảm nợ đọng dưới 5% trước 30/9/2026.
IV. Về tổ chức kỷ luật
- Dự đủ 12 kỳ sinh hoạt chi bộ.
V. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 còn chậm cập nhật sổ bộ; năm 2026 cập nhật sổ bộ trước ngày 10 hằng tháng.
VI. Về kế hoạch hành động thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ phường An Hải lần thứ nhất nhiệm kỳ 2025 - 2030
- Vận động 20 hộ kinh doanh chuyển sang dùng hóa đơn điện tử trong quý III/2026.
NGƯỜI CAM KẾT
Trương Thị Nhàn"""

# An elder of a village writes in plain words: part 6 is "Làm theo nghị quyết".
COMMITMENT_PLAIN_PART_6 = """CHI BỘ THÔN PHÚ HÒA
BẢN CAM KẾT NĂM 2026
Tôi là Hà Văn Khâm, đảng viên chi bộ thôn Phú Hòa, tôi hứa năm 2026 làm những việc sau:
I. Tư tưởng
- Tin theo Đảng, không nghe kẻ xấu nói sai.
II. Nhiệm vụ
- Nói chuyện với 4 gia đình có con bỏ học để các cháu đi học lại trong tháng 9.
III. Kỷ luật
- Đi họp chi bộ đủ các tháng.
IV. Làm theo nghị quyết
- Hiến 80 m2 đất vườn để mở rộng đường vào xóm Bãi, xong trước tháng 6/2026.
Người cam kết
Hà Văn Khâm"""


def _parts(text: str) -> list[tuple[int, int]]:
    return [(s.part, s.heading_line) for s in document_from_text(text).outline.sections]


def test_a_part_6_heading_naming_both_congresses_in_full_is_a_heading():
    assert _parts(COMMITMENT_LONG_PART_6)[-2:] == [(5, 13), (6, 15)]


def test_the_action_plan_in_plain_words_is_part_6():
    assert _parts(COMMITMENT_PLAIN_PART_6) == [(1, 4), (3, 6), (4, 8), (6, 10)]


def test_a_plan_on_the_resolution_titled_without_action_is_part_6():
    # "VI. Kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ phường": no "hành động", the
    # title starting with "Kế hoạch"
    text = COMMITMENT_LONG_PART_6.replace(
        "VI. Về kế hoạch hành động thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại "
        "hội Đảng bộ phường An Hải lần thứ nhất nhiệm kỳ 2025 - 2030",
        "VI. Kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ phường",
    )
    assert _parts(text)[-2:] == [(5, 13), (6, 15)]


def test_the_action_plan_is_not_read_as_shortcomings_to_report_on():
    items = committed_items(document_from_text(COMMITMENT_LONG_PART_6, "cam-ket.txt"))
    invoices = next(item for item in items if "hóa đơn điện tử" in item.text)
    assert invoices.parts == (6,) and not invoices.due_part


# A teacher numbers the parts 1–5 under "I. NỘI DUNG CAM KẾT", then writes her means and her
# request under Roman headings of their own.
COMMITMENT_MEANS = """ĐẢNG BỘ XÃ MƯỜNG TÈ
CHI BỘ TRƯỜNG TIỂU HỌC MƯỜNG TÈ
BẢN CAM KẾT
Tu dưỡng, rèn luyện, phấn đấu năm 2026
Họ và tên: Lò Thị Phượng
Chức vụ: Giáo viên chủ nhiệm lớp 4A
I. NỘI DUNG CAM KẾT
1. Về chính trị tư tưởng
Kiên định mục tiêu độc lập dân tộc gắn liền với chủ nghĩa xã hội.
2. Về đạo đức, lối sống
Giữ gìn phẩm chất đạo đức nhà giáo.
3. Về thực hiện chức trách, nhiệm vụ được giao
Dạy học lớp 4A (28 học sinh) đủ chương trình; cuối năm học 100% học sinh đọc thông, viết thạo tiếng Việt.
Tổ chức 02 buổi ngoại khóa "Em yêu bản làng" cho học sinh khối 4 trong học kỳ II.
4. Về ý thức tổ chức kỷ luật
Sinh hoạt đảng đầy đủ, đóng đảng phí đúng quy định.
5. Về khắc phục hạn chế, khuyết điểm
Năm 2025 còn nộp giáo án điện tử chậm 03 lần; năm 2026 nộp giáo án trước thứ Sáu hằng tuần.

II. BIỆN PHÁP THỰC HIỆN
Tham gia lớp bồi dưỡng chính trị hè năm 2026 do Phòng Giáo dục tổ chức.
Học hỏi đồng nghiệp khối 4 về phương pháp dạy đọc cho học sinh dân tộc Hà Nhì.

III. ĐỀ NGHỊ
Đề nghị chi bộ theo dõi, giúp đỡ để tôi hoàn thành bản cam kết.

NGƯỜI CAM KẾT
Lò Thị Phượng"""
READING, OUTING, LESSON_PLANS, SUMMER_COURSE = 13, 14, 18, 21

REPORT_MEANS = """CHI BỘ TRƯỜNG TIỂU HỌC MƯỜNG TÈ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lò Thị Phượng
I. Ưu điểm, kết quả đạt được
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Lớp 4A: 28/28 học sinh đọc thông, viết thạo, 26 em hoàn thành tốt môn Tiếng Việt.
- Tổ chức 02 buổi ngoại khóa "Em yêu bản làng" (tháng 3 và tháng 4/2026), 84 học sinh khối 4 tham gia.
- Nộp giáo án điện tử đúng hạn cả năm, không lần nào chậm.
VII. Tự nhận mức xếp loại chất lượng: Hoàn thành tốt nhiệm vụ
NGƯỜI TỰ KIỂM ĐIỂM
Lò Thị Phượng"""


def test_means_written_after_the_shortcomings_part_are_owed_no_result():
    items = committed_items(document_from_text(COMMITMENT_MEANS, "cam-ket.txt"))
    due = [item.line for item in items if item.due_part]
    assert due == [READING, OUTING, LESSON_PLANS]
    course = next(item for item in items if item.line == SUMMER_COURSE)
    assert course.parts == ()
    assert gaps(trace(REPORT_MEANS, COMMITMENT_MEANS)) == []


def test_a_duty_left_out_of_the_same_report_is_still_a_gap():
    without_outing = "\n".join(
        line for line in REPORT_MEANS.split("\n") if "ngoại khóa" not in line
    )
    assert gaps(trace(without_outing, COMMITMENT_MEANS)) == [OUTING]


# A rice farmer numbers his parts 1 to 6 and writes most of them as one pledge on the number's
# line; part 3 alone is titled, over its bullets.
COMMITMENT_SERIES = """CHI BỘ HTX NÔNG NGHIỆP TÂN HỘI
BẢN CAM KẾT NĂM 2026
Tôi tên Lê Văn Chín, xã viên HTX Nông nghiệp Tân Hội, làm 1,8 ha lúa.
Tôi xin cam kết với chi bộ năm 2026:
1. Luôn tin tưởng tuyệt đối vào sự lãnh đạo của Đảng, chấp hành tốt chủ trương, chính sách.
2. Sống giản dị, đoàn kết, giúp đỡ bà con lối xóm.
3. Về nhiệm vụ:
- Sản xuất 1,8 ha lúa theo quy trình giảm phát thải cả hai vụ Đông Xuân và Hè Thu.
- Ghi nhật ký đồng ruộng trên điện thoại sau mỗi lần bón phân, phun thuốc.
4. Sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng hạn.
5. Khắc phục tính ngại thay đổi cách làm ruộng cũ, dự 02 lớp tập huấn của HTX trong năm.
6. Ra sức thi đua, góp phần xây dựng quê hương giàu đẹp.
Người cam kết
Lê Văn Chín"""


def test_a_series_numbering_the_parts_makes_each_pledge_line_its_part():
    document = document_from_text(COMMITMENT_SERIES, "cam-ket.txt")
    assert _parts(COMMITMENT_SERIES) == [(1, 5), (2, 6), (3, 7), (4, 10), (5, 11), (6, 12)]
    by_part = {s.part: [i.text for i in s.items] for s in document.outline.sections}
    assert by_part[1] == [
        "Luôn tin tưởng tuyệt đối vào sự lãnh đạo của Đảng, chấp hành tốt chủ trương, chính sách."
    ]
    assert len(by_part[3]) == 2
    findings = check_document(document, load_rules(), "vi")
    assert "CK301" not in {f.rule for f in findings}  # no part is missing


def test_a_part_titled_in_the_writers_own_words_heads_its_bullets():
    text = COMMITMENT_SERIES.replace(
        "6. Ra sức thi đua, góp phần xây dựng quê hương giàu đẹp.",
        "6. Nghị quyết Đại hội XIV\n- Làm tốt công việc của mình.",
    )
    (part_6,) = [s for s in document_from_text(text).outline.sections if s.part == 6]
    assert (part_6.heading_line, [i.text for i in part_6.items]) == (
        12,
        ["Làm tốt công việc của mình."],
    )


def test_a_numbered_list_of_pledges_is_not_read_as_parts():
    # one line of the list opens with a part's words, on its part's number: a list of pledges
    # all the same, not a series of parts
    text = """CHI BỘ ẤP TÂN HỘI
BẢN CAM KẾT NĂM 2026
Tôi tên Lê Văn Chín, tôi xin cam kết:
1. Sản xuất 1,8 ha lúa theo quy trình giảm phát thải cả hai vụ.
2. Ghi nhật ký đồng ruộng trên điện thoại sau mỗi lần bón phân.
3. Thực hiện nhiệm vụ tổ trưởng tổ thủy lợi: nạo vét 1,2 km kênh nội đồng trước tháng 4.
4. Dự 02 lớp tập huấn của HTX trong năm.
Người cam kết
Lê Văn Chín"""
    assert _parts(text) == [(3, 6)]
