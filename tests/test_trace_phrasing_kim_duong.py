"""Reports as members write them in the twelfth unseen unit of issue 17 (Kim Dương, a northern
ward): a result that answers no item in other words, closest to the one left without a result;
an item aiming only at a quoted title; and a commitment copied from a PDF, a heading at three
quarters of the width above its first item. The texts are written for these tests in the
members' manner, not copied from the corpus."""

from __future__ import annotations

from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

# A veterans' association head of a residential group.
COMMITMENT_DUNG = """ĐẢNG BỘ PHƯỜNG HƯNG LỢI
CHI BỘ TỔ DÂN PHỐ HƯNG THỊNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Tôi là: Đỗ Văn Dũng, Chi hội trưởng Chi hội Cựu chiến binh tổ dân phố Hưng Thịnh.
3. Về thực hiện nhiệm vụ
- Tổ chức họp Chi hội Cựu chiến binh mỗi quý một lần; tổng kết công tác Hội vào tháng 12/2026.
- Vận động hội viên góp 20 triệu đồng sửa nhà cho hội viên Trần Văn Lộc trước tháng 7/2026.
- Phối hợp Chi đoàn nói chuyện truyền thống cho thanh niên nhập ngũ năm 2026.
4. Về tổ chức kỷ luật
- Nộp quỹ Chi hội cho Hội Cựu chiến binh xã đầy đủ; bận việc thì nhờ phó chi hội nộp thay.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 nộp quỹ Chi hội chậm 03 tháng. Năm 2026 nộp quỹ Chi hội trước ngày 05 của tháng đầu mỗi quý, trừ trường hợp đi viện.
NGƯỜI CAM KẾT
Đỗ Văn Dũng"""
MEETINGS, HOUSE, TALK, ABSENCE = 6, 7, 8, 12


def midyear_dung(
    first: str, shortcoming: str = "Sức khỏe giảm, đi tuần tra có buổi nhờ người thay."
) -> str:
    return f"""CHI BỘ TỔ DÂN PHỐ HƯNG THỊNH
BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026
Tôi là: Đỗ Văn Dũng
I. KẾT QUẢ THỰC HIỆN
- {first}
- Sửa nhà cho hội viên Trần Văn Lộc: vận động được 23 triệu đồng, bàn giao ngày 20/6/2026.
- Cùng Chi đoàn nói chuyện truyền thống cho 05 thanh niên nhập ngũ ngày 16/02/2026.
II. HẠN CHẾ
- {shortcoming}
Hưng Lợi, ngày 02/7/2026
Người báo cáo
Đỗ Văn Dũng"""


def test_a_result_answering_nothing_answers_the_item_it_is_closest_to():
    # the meetings counted, not named as the commitment named them: no other item is closer
    met = midyear_dung("Chi hội họp đủ 02 kỳ: quý I ngày 21/3/2026, quý II ngày 20/6/2026.")
    assert MEETINGS not in gaps(trace(met, COMMITMENT_DUNG))


def test_a_result_closer_to_an_answered_item_leaves_the_gap():
    # a second line on the house, closer to the house than to the meetings: the meetings stay a gap
    house = midyear_dung("Hội viên Trần Văn Lộc đã về ở nhà mới, Chi hội đến chúc mừng.")
    assert MEETINGS in gaps(trace(house, COMMITMENT_DUNG))


# A nurse whose commitment aims, besides its tasks, at the ward's standing title.
COMMITMENT_LAN = """ĐẢNG BỘ PHƯỜNG HƯNG LỢI
CHI BỘ BỆNH VIỆN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Vũ Thị Lan, điều dưỡng khoa Ngoại
3. Về thực hiện nhiệm vụ
- Gọi điện hỏi thăm người bệnh sau 7 ngày ra viện, ghi vào sổ theo dõi.
- Phấn đấu cùng tập thể xây dựng khoa Ngoại “Xanh - Sạch - Đẹp”.
- Tham gia lớp “Kỹ năng giao tiếp với người bệnh” do Sở Y tế tổ chức.
NGƯỜI CAM KẾT
Vũ Thị Lan"""
CALLS, TITLE, COURSE = 6, 7, 8


def test_an_item_aiming_only_at_a_quoted_title_is_due_no_result():
    report = """CHI BỘ BỆNH VIỆN
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Vũ Thị Lan
3. Việc thực hiện cam kết
- Gọi điện cho 214/230 người bệnh sau 7 ngày ra viện, ghi đủ sổ theo dõi.
Hưng Lợi, ngày 05/12/2026
Người tự kiểm điểm
Vũ Thị Lan"""
    found = gaps(trace(report, COMMITMENT_LAN))
    assert TITLE not in found
    # a quoted course is a task: left out, it is a gap
    assert COURSE in found
    assert CALLS in gaps(
        trace(
            report.replace(
                "- Gọi điện cho 214/230 người bệnh sau 7 ngày ra viện, ghi đủ sổ theo dõi.",
                "- Trực Tết Nguyên đán 03 ngày tại khoa.",
            ),
            COMMITMENT_LAN,
        )
    )


def test_a_quoted_title_with_a_figure_to_reach_is_due():
    # the share of households to earn the title is checkable: left out, the item is a gap
    commitment = COMMITMENT_LAN.replace(
        "- Phấn đấu cùng tập thể xây dựng khoa Ngoại “Xanh - Sạch - Đẹp”.",
        "- Tổ chức bình xét “Gia đình văn hóa” năm 2026, phấn đấu 90% số hộ đạt danh hiệu.",
    )
    report = """CHI BỘ BỆNH VIỆN
BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026
Họ và tên: Vũ Thị Lan
I. Kết quả thực hiện
- Gọi điện cho 118/121 người bệnh sau 7 ngày ra viện, ghi đủ sổ theo dõi.
- Học lớp “Kỹ năng giao tiếp với người bệnh” tháng 4/2026, có giấy chứng nhận.
Hưng Lợi, ngày 30/6/2026
Người báo cáo
Vũ Thị Lan"""
    assert gaps(trace(report, commitment)) == [TITLE]


# A shop owner's commitment copied from a PDF, wrapped at about 66 characters.
WRAPPED = """ĐẢNG BỘ PHƯỜNG HƯNG LỢI
CHI BỘ TỔ DÂN PHỐ HƯNG THỊNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phan Thị Hòa, chủ cửa hàng tạp hóa số 12 phố Hưng Thịnh
3. Về thực hiện nhiệm vụ
Kê khai, nộp thuế theo phương pháp kê khai từ ngày 01/01/2026, dùng
hóa đơn điện tử khởi tạo từ máy tính tiền theo đúng quy định.
Không để hàng hóa lấn chiếm vỉa hè phố Hưng Thịnh, dọn xong mái che
trước cửa hàng trước ngày 28/02/2026.
Lắp bình chữa cháy và ký cam kết an toàn phòng cháy, chữa cháy với
Công an phường trong quý I/2026.
4. Về tổ chức kỷ luật
Sinh hoạt chi bộ đầy đủ; bận việc thì báo cáo đồng chí Bí thư trước
mỗi kỳ họp.
6. Về kế hoạch hành động thực hiện Nghị quyết Đại hội
Ủng hộ 3.000.000 đồng vào Quỹ làm đường bê tông ngõ 9 của tổ dân
phố, nộp Ban vận động trước ngày 30/4/2026.
NGƯỜI CAM KẾT
Phan Thị Hòa"""


def test_a_heading_three_quarters_full_does_not_swallow_its_first_item():
    document = document_from_text(WRAPPED, "cam-ket.txt")
    texts = [item.text for item in document.outline.items]
    assert any(text.startswith("Ủng hộ 3.000.000 đồng") for text in texts), texts


def test_a_title_aimed_at_with_its_deadline_alone_is_due_no_result():
    # a results-table row of the commitment read as one line, its deadline cell joined on:
    # "Cả năm" states no task besides the title
    commitment = COMMITMENT_LAN.replace(
        "- Phấn đấu cùng tập thể xây dựng khoa Ngoại “Xanh - Sạch - Đẹp”.",
        "- Phấn đấu cùng tập thể xây dựng khoa Ngoại “Xanh - Sạch - Đẹp”; Cả năm",
    )
    report = """CHI BỘ BỆNH VIỆN
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Vũ Thị Lan
3. Việc thực hiện cam kết
- Gọi điện cho 214/230 người bệnh sau 7 ngày ra viện, ghi đủ sổ theo dõi.
- Dự lớp “Kỹ năng giao tiếp với người bệnh” của Sở Y tế tháng 5/2026, có chứng chỉ.
Hưng Lợi, ngày 05/12/2026
Người tự kiểm điểm
Vũ Thị Lan"""
    assert gaps(trace(report, commitment)) == []
