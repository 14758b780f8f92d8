"""Reports and commitments as the writers of the twentieth session's sets wrote them. The texts
are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

from linter.kinds import detect_kind
from linter.trace.reading import period_of
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

# A 6-month report printed from the commune's web portal: the portal's name, then the form's
# name after "Biểu mẫu trực tuyến:", its status and receipt number.
PORTAL_REPORT = """CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ NẬM TĂM
Biểu mẫu trực tuyến: BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Trạng thái: Đã gửi | Mã phiếu: BC6T-2026-0093
Họ và tên (*): Lò Thị Én
Chi bộ (*): Chi bộ bản Nậm Tăm
Nội dung báo cáo (*):
- Vận động 14/15 hộ trong bản đưa trẻ đi tiêm chủng đủ mũi.
Nậm Tăm, ngày 02 tháng 7 năm 2026"""

# A 6-month report sent by e-mail, its subject typed without marks and no title in the body.
MAIL_REPORT = """Từ: Sùng A Lử <sungalu.gv@gmail.com>
Gửi: chibotruongnamtam@gmail.com
Ngày: Thứ Ba, 30/06/2026 21:05
Chủ đề: Bao cao 6 thang thuc hien cam ket - Sung A Lu (to KHTN)

Kính gửi: Đồng chí Bí thư Chi bộ Trường PTDTBT THCS Nậm Tăm,

Em xin báo cáo kết quả thực hiện cam kết 6 tháng đầu năm 2026 như sau:
- Lớp 8B duy trì sĩ số 31/31 em đến hết năm học.
- Dạy đủ 02 tiết có ứng dụng phần mềm mô phỏng thí nghiệm Vật lý.

Nậm Tăm, ngày 30 tháng 6 năm 2026
Người báo cáo
Sùng A Lử"""


def _kind_and_period(text: str) -> tuple[str, str]:
    document = document_from_text(text)
    kind, title = detect_kind(document.lines)
    return kind, period_of(document.lines, title)


def test_a_web_portal_form_named_after_its_label_is_a_6_month_report():
    assert _kind_and_period(PORTAL_REPORT) == ("report", "midyear")


def test_an_e_mail_whose_subject_is_typed_without_marks_is_a_6_month_report():
    assert _kind_and_period(MAIL_REPORT) == ("report", "midyear")


def test_a_subject_without_marks_that_names_no_report_is_no_title():
    mail = MAIL_REPORT.replace("Bao cao 6 thang thuc hien cam ket", "Gui tai lieu hop to")
    assert _kind_and_period(mail)[0] == "other"


# A web form's printout whose date is a field of place and date, the label naming both.
FORM_SENT = """HỆ THỐNG QUẢN LÝ ĐẢNG VIÊN - BIỂU MẪU TRỰC TUYẾN
Mẫu: Sơ kết 6 tháng thực hiện bản cam kết năm 2026
Họ và tên (*): Đinh Thị Mận
Kết quả thực hiện nhiệm vụ (*):
1) Hướng dẫn 02 thôn hoàn thiện hồ sơ đề nghị công nhận "Thôn văn hóa", đã gửi UBND xã ngày 12/6/2026.
2) Tổ chức giải kéo co của xã (06 đội, tháng 4/2026).
Tự đánh giá (*): Hoàn thành tốt
Nơi gửi, ngày gửi: Phước Hải Sơn, ngày 06 tháng 7 năm 2026
Thời điểm gửi biểu mẫu: 06/07/2026 10:02:45"""


def test_a_forms_field_of_place_and_date_sent_is_the_reports_date():
    own = document_from_text(FORM_SENT).outline.own_date
    assert own is not None and (own.line, own.value.isoformat()) == (8, "2026-07-06")


def test_the_number_ending_a_wrapped_left_column_does_not_hide_the_year():
    # a PDF's header table merged and wrapped: "CHI BỘ XƯỞNG MAY SỐ 2" keeps its "2" on the
    # next line, just before the year of the date in the right column
    text = """ĐẢNG BỘ XÃ YÊN HÒA ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ XƯỞNG MAY SỐ Yên Hòa, ngày 14 tháng 3 năm
2 2026
BẢN CAM KẾT
TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Văn Tài. Chức vụ: Tổ trưởng tổ cắt.
III. VỀ THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ ĐƯỢC GIAO
1. Cắt đủ 98% bán thành phẩm đúng thông số trong năm 2026."""
    own = document_from_text(text, "cam-ket.txt").outline.own_date
    assert own is not None and (own.line, own.end_line) == (2, 3)
    assert own.value.isoformat() == "2026-03-14"


# A system's printout naming the form by what it is for after a dash.
SYSTEM_FORM = """HỆ THỐNG QUẢN LÝ ĐẢNG VIÊN - BIỂU MẪU SƠ KẾT 6 THÁNG
Mã biểu mẫu: SK6T-2026
Họ và tên đảng viên: Trịnh Thị Hoa
Nội dung báo cáo: Sơ kết 6 tháng đầu năm 2026 thực hiện bản cam kết
[1] Kết quả thực hiện nhiệm vụ:
Tư vấn kế hoạch hóa gia đình cho 46 cặp vợ chồng ở 3 thôn."""


def test_a_systems_form_named_after_a_dash_by_what_it_is_for_is_a_6_month_report():
    assert _kind_and_period(SYSTEM_FORM) == ("report", "midyear")


def test_the_systems_form_wrapped_after_the_dash_is_still_a_6_month_report():
    # a narrow PDF's text of the same printout: the form's name on a line of its own, and the
    # field below wraps so that a line opens on "bản cam kết …"
    wrapped = SYSTEM_FORM.replace(" - BIỂU MẪU", " -\nBIỂU MẪU").replace(
        "đầu năm 2026 thực hiện bản cam kết", "đầu năm 2026 thực hiện\nbản cam kết tu dưỡng, rèn"
    )
    assert _kind_and_period(wrapped) == ("report", "midyear")


# A market's electrician: his last duty names things to save and keep, each clause only how well.
COMMITMENT_HAU = """ĐẢNG ỦY PHƯỜNG TÂN HƯNG
CHI BỘ BAN QUẢN LÝ CHỢ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Hữu
III. Về thực hiện chức trách, nhiệm vụ được giao
1. Thay mới hệ thống điện nhà lồng A trước ngày 30/4/2026.
2. Nạo vét 300 m cống thoát nước của chợ xong trước ngày 15/5/2026.
3. Tiết kiệm điện, nước; bảo quản tốt vật tư, thiết bị được giao.
NGƯỜI CAM KẾT
Lê Văn Hữu"""
DRAINS = 7

REPORT_HAU = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Văn Hữu
II. Kết quả thực hiện cam kết
- Hệ thống điện nhà lồng A thay xong, nghiệm thu ngày 22/4/2026.
- Sửa 38 bóng đèn, 07 vòi nước hư theo phản ánh của tiểu thương."""


def test_an_item_whose_every_clause_only_keeps_things_well_is_no_gap_when_left_unsaid():
    # the drains are due and unsaid; saving power and keeping the tools well tells nothing
    # when the report is silent on it, as "Quản lý tốt vật tư" alone does
    assert gaps(trace(REPORT_HAU, COMMITMENT_HAU)) == [DRAINS]
