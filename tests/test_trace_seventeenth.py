"""Commitments and reports as the writers of the seventeenth session's sets wrote them: a
result opening with a label that is one abbreviated term of its item ("Bảo hiểm y tế: …"), and
study of documents that makes no document. The texts are written for these tests in the
members' manner, not copied from the sets."""

from __future__ import annotations

import datetime as dt

from linter.columns import segment_texts
from linter.concrete import judge
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace, trace_docx, unmatched

# A residential group's leader: the road, the insurance drive, the fund.
COMMITMENT_DINH = """ĐẢNG BỘ PHƯỜNG KIM ĐƯỜNG
CHI BỘ TỔ DÂN PHỐ ĐỒNG XÁ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nghiêm Văn Định, Tổ trưởng Tổ dân phố Đồng Xá
III. Thực hiện chức trách, nhiệm vụ được giao
1. Hoàn thành đường bê tông ngõ 9 (dài khoảng 160 m) trước ngày 30/9/2026.
2. Cùng Chi hội Phụ nữ vận động 100% hộ trong tổ tham gia bảo hiểm y tế (hiện còn 19 hộ chưa có thẻ).
3. Thu Quỹ Vì người nghèo đạt 100% chỉ tiêu phường giao trước ngày 31/10/2026.
NGƯỜI CAM KẾT
Nghiêm Văn Định"""
ROAD, INSURANCE, FUND = 6, 7, 8

# His year-end review: each result under a short label, the insurance one by its field's name.
REPORT_DINH = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Nghiêm Văn Định
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
2. Thực hiện chức trách, nhiệm vụ được giao
- Đường ngõ 9: đổ bê tông xong ngày 12/9/2026, dài 158 m.
- Bảo hiểm y tế: đến 30/11/2026 còn 05 hộ chưa tham gia (03 hộ cận nghèo, 02 hộ người già neo đơn).
- Quỹ Vì người nghèo: thu 31,2 triệu đồng, đạt 104% chỉ tiêu, xong ngày 25/10/2026.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Vận động bảo hiểm y tế chưa đạt chỉ tiêu vì một số hộ còn khó khăn."""
INSURANCE_RESULT = 6


def test_a_label_of_one_abbreviated_term_names_the_item_it_is_written_in():
    traced = trace(REPORT_DINH, COMMITMENT_DINH)
    assert gaps(traced) == []
    assert INSURANCE_RESULT not in unmatched(traced)
    answered = {item.item.line: item.results for item in traced.items}
    assert traced.entries[answered[INSURANCE][0]].line == INSURANCE_RESULT


def test_a_one_term_label_written_in_no_item_names_none():
    # "Bảo hiểm xã hội" is no item's: the result is not taken for the insurance drive
    report = REPORT_DINH.replace(
        "- Bảo hiểm y tế: đến 30/11/2026 còn 05 hộ chưa tham gia (03 hộ cận nghèo, 02 hộ người già neo đơn).",
        "- Bảo hiểm xã hội: hướng dẫn 04 người bán hàng rong tham gia tự nguyện.",
    ).replace("Vận động bảo hiểm y tế chưa đạt chỉ tiêu vì một số hộ còn khó khăn.", "Không có.")
    traced = trace(report, COMMITMENT_DINH)
    assert gaps(traced) == [INSURANCE]


def test_reading_documents_is_study_and_the_remedy_asks_for_no_result():
    commitment = COMMITMENT_DINH.replace(
        "NGƯỜI CAM KẾT",
        "V. Khắc phục hạn chế, khuyết điểm\n"
        "- Dành thời gian nghiên cứu tài liệu, cập nhật kiến thức mới về công tác dân vận.\n"
        "NGƯỜI CAM KẾT",
    )
    assert not judge(
        "Dành thời gian nghiên cứu tài liệu, cập nhật kiến thức mới về công tác dân vận."
    ).concrete
    # the review says nothing of his reading: no gap for a remedy nobody could check
    assert gaps(trace(REPORT_DINH, commitment)) == []


# A PDF printed with its title spaced out word by word, the year wrapped onto the next line.
COMMITMENT_HAN = """ĐẢNG BỘ PHƯỜNG AN LẠC          ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 3
An Lạc, ngày 09 tháng 02 năm 2026
BẢN  CAM  KẾT  TU  DƯỠNG,  RÈN  LUYỆN,  PHẤN  ĐẤU  NĂM
2026
Họ và tên: Lê Thị Ngọc Hân
III. Về thực hiện chức trách, nhiệm vụ
1. Tổ chức sinh hoạt chuyên môn điều dưỡng mỗi tháng 01 buổi, có sổ ghi chép nội dung.
2. Hỗ trợ ít nhất 60 người cao tuổi trong khu phố kích hoạt tài khoản định danh điện tử mức 2.
3. Tham gia góp ý các dự thảo văn bản của chi bộ, khu phố khi được lấy ý kiến.
NGƯỜI CAM KẾT
Lê Thị Ngọc Hân"""
TRAINING, IDENTITY, DRAFTS = 8, 9, 10


def test_a_title_spaced_out_word_by_word_is_one_title_not_columns():
    commitment = document_from_text(COMMITMENT_HAN, "cam-ket.txt")
    assert commitment.outline.kind == "commitment"
    # a real header's two columns are still two: words one space apart, the columns wider
    header = document_from_text(COMMITMENT_HAN.replace("  CAM  KẾT  TU", " CAM KẾT TU"), "x.txt")
    assert header.outline.kind == "commitment"
    assert [text for _, text in segment_texts(commitment.lines[0])] == [
        "ĐẢNG BỘ PHƯỜNG AN LẠC",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    ]


REPORT_HAN = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Thị Ngọc Hân
1. Kết quả thực hiện các nội dung đã cam kết
- Sinh hoạt chuyên môn điều dưỡng đủ 06 buổi (tháng 1 đến tháng 6), sổ ghi chép đầy đủ.
- Đã hỗ trợ 41 cô chú trong khu phố kích hoạt VNeID mức 2, phần còn lại làm trong quý III.
An Lạc, ngày 30 tháng 6 năm 2026 - Người báo cáo: Lê Thị Ngọc Hân"""


def test_vneid_is_the_electronic_identity_account_and_comments_on_request_are_no_task():
    traced = trace(REPORT_HAN, COMMITMENT_HAN)
    # the app's name stands for the account; the drafts are commented on when asked: no gap
    assert gaps(traced) == []
    answered = {
        item.item.line: [traced.entries[e].line for e in item.results] for item in traced.items
    }
    assert answered[IDENTITY] == [5]
    silent = REPORT_HAN.replace("kích hoạt VNeID mức 2", "cài ứng dụng ngân hàng")
    assert gaps(trace(silent, COMMITMENT_HAN)) == [IDENTITY]


def test_a_place_and_date_line_with_the_writers_signature_pasted_after_a_dash():
    own = document_from_text(REPORT_HAN, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (6, dt.date(2026, 6, 30))


def test_an_online_forms_numbered_response_stamp_is_its_date_when_it_writes_none():
    report = REPORT_HAN.replace(
        "Họ và tên: Lê Thị Ngọc Hân",
        "Phản hồi #7 - Dấu thời gian: 30/06/2026 22:41:05\nHọ và tên: Lê Thị Ngọc Hân",
    ).replace("\nAn Lạc, ngày 30 tháng 6 năm 2026 - Người báo cáo: Lê Thị Ngọc Hân", "")
    own = document_from_text(report, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (2, dt.date(2026, 6, 30))


# A lecturer's cell form sorts the results by how far they got, each under a lettered part.
COMMITMENT_LIEN = """CHI BỘ KHOA QUẢN TRỊ KINH DOANH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Thị Kim Liên
III. Nhiệm vụ chuyên môn
1. Hướng dẫn 06 sinh viên làm khóa luận tốt nghiệp đợt tháng 5/2026, 100% bảo vệ đúng hạn.
2. Gửi đăng 01 bài báo về hành vi mua sắm trực tuyến trên tạp chí khoa học chuyên ngành trong năm 2026.
3. Bồi dưỡng 01 giảng viên trẻ là quần chúng ưu tú, đề nghị chi bộ cử đi học lớp nhận thức về Đảng trước tháng 10/2026.
NGƯỜI CAM KẾT"""
THESES, ARTICLE, CANDIDATE = 5, 6, 7

REPORT_LIEN = """PHIẾU SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên đảng viên: Đỗ Thị Kim Liên
Phần A. Những việc đã hoàn thành
A1. 06/06 sinh viên do tôi hướng dẫn bảo vệ khóa luận ngày 26/5/2026, 02 em loại giỏi.
Phần B. Những việc đang thực hiện (ghi rõ tiến độ)
B1. Bài báo về mua sắm trực tuyến: đã gửi Tạp chí Kinh tế và Phát triển ngày 28/4/2026, đang sửa theo phản biện.
Phần C. Những việc chưa thực hiện, lý do
C1. Chưa sắp xếp được thời gian.
NGƯỜI BÁO CÁO"""


def test_a_forms_parts_of_work_done_and_in_progress_hold_results():
    traced = trace(REPORT_LIEN, COMMITMENT_LIEN)
    roles = [section.role for section in traced.report.outline.review.sections]
    assert roles == ["results", "results", "shortcomings"]
    assert gaps(traced) == [CANDIDATE]


# A residential group's leader: fire checks with the ward police, and the lodgers' list sent
# to them every month.
COMMITMENT_TUAN = """CHI BỘ TỔ DÂN PHỐ SỐ 7
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phí Văn Tuấn, Tổ trưởng tổ dân phố số 7
I. Về tư tưởng chính trị
1. Kiên định mục tiêu, lý tưởng của Đảng; học tập đầy đủ các nghị quyết của Đảng.
2. Không nghe, không chia sẻ thông tin xấu độc trên mạng xã hội.
II. Về phẩm chất đạo đức, lối sống
1. Công tâm, khách quan khi giải quyết việc của bà con; không vụ lợi.
III. Nhiệm vụ được giao
1. Phối hợp Công an phường kiểm tra phòng cháy, chữa cháy tại 11 nhà trọ và 23 hộ kinh doanh trong tháng 4 và tháng 10/2026; bảo đảm 100% nhà trọ có bình chữa cháy.
2. Cập nhật danh sách người thuê trọ hằng tháng, gửi Công an phường trước ngày 05 hằng tháng.
3. Mỗi tháng cùng lực lượng trật tự đô thị phường ra quân 01 lần giữ vỉa hè đoạn trước chợ.
4. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2026) tại Nhà văn hóa tổ dân phố.
5. Làm tốt công tác vận động nhân dân, giữ gìn an ninh trật tự, vệ sinh môi trường.
IV. Về ý thức tổ chức kỷ luật
1. Dự đủ các kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.
NGƯỜI CAM KẾT"""
FIRE, LODGERS_LIST, PAVEMENT, FESTIVAL = 10, 11, 12, 13

REPORT_TUAN = """BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Phí Văn Tuấn
1. Kết quả thực hiện cam kết
- Họp tổ dân phố: đã tổ chức 02 cuộc (ngày 22/3 và 21/6/2026), mỗi cuộc trên 150 hộ dự.
- Phòng cháy, chữa cháy: đợt tháng 4/2026 cùng Công an phường kiểm tra 11/11 nhà trọ và 19/23 hộ kinh doanh; sau kiểm tra 02 nhà trọ đã mua thêm bình chữa cháy, nay 11/11 nhà trọ có bình.
- Vỉa hè trước chợ: ra quân cùng trật tự đô thị phường 06 lần, không có trường hợp tái lấn chiếm.
- Ngày hội Đại đoàn kết: chưa đến thời gian thực hiện (tháng 11/2026).
NGƯỜI BÁO CÁO"""


def test_a_result_under_a_label_naming_another_item_does_not_answer_by_a_body_in_common():
    traced = trace(REPORT_TUAN, COMMITMENT_TUAN)
    assert gaps(traced) == [LODGERS_LIST]


# A teacher's answers to the school cell's online form: the form's name first, its heading in
# running case under it, the year asked for as a field.
REPORT_TRANG = """BIỂU MẪU TRỰC TUYẾN - CHI BỘ TRƯỜNG PTDTBT TH&THCS HUỔI LẾCH
Sơ kết 6 tháng thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026
Họ và tên đảng viên: Nguyễn Thị Thu Trang
Năm kiểm điểm (*): 2026
Câu 2. Kết quả thực hiện các nội dung đã cam kết (ghi cụ thể số liệu):
Lớp 1A kết thúc năm học còn đủ 21/21 học sinh; tỷ lệ chuyên cần học kỳ II đạt 96,4%.
Nơi ký, ngày ký: Huổi Lếch, ngày 03/7/2026"""


def test_an_online_forms_heading_in_running_case_under_its_name_is_the_reports_title():
    report = document_from_text(REPORT_TRANG, "bao-cao.txt")
    assert (report.outline.kind, report.outline.period) == ("report", "midyear")
    own = report.outline.own_date
    assert (own.line, own.value) == (7, dt.date(2026, 7, 3))
    # the year the form asks for is no result, restated or otherwise
    assert [entry.line for entry in report.outline.review.entries] == [6]


def test_a_merged_header_with_a_dash_in_its_cells_name_and_the_year_wrapped_is_the_own_date():
    text = """ĐẢNG BỘ PHƯỜNG HỘI ĐẢNG CỘNG SẢN VIỆT NAM
PHƯỚC
CHI BỘ THUẾ - KHO BẠC Hội Phước, ngày 16 tháng 11 năm
2026
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Huỳnh Văn Bình"""
    own = document_from_text(text, "ban-kiem-diem.txt").outline.own_date
    assert (own.line, own.value) == (3, dt.date(2026, 11, 16))


# A cooperative's accountant: the cell's table form, a row on the shortcoming's remedy whose
# claim names the past stated first, and the writer's summing up under the table.
COMMITMENT_HAN_HTX = """CHI BỘ HTX NÔNG NGHIỆP PHÚ THẠNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Võ Thị Ngọc Hân, Kế toán
III. Nhiệm vụ được giao
1. Hoàn thành báo cáo tài chính năm 2025 của hợp tác xã trước ngày 31/3/2026.
2. Đối chiếu công nợ dịch vụ bơm tưới với 100% thành viên trước ngày 30/6/2026.
V. Khắc phục hạn chế
Hạn chế năm 2025: chứng từ chi lưu trữ chưa khoa học, còn để thất lạc 02 phiếu chi.
Sắp xếp, đóng tập chứng từ theo tháng; lưu trữ xong chứng từ năm 2025 trong quý I/2026.
NGƯỜI CAM KẾT"""
REPORT, DEBTS, FILING = 5, 6, 9


def test_a_table_forms_title_a_remedy_row_and_the_summing_up_under_the_table(tmp_path):
    blocks = [
        "BẢNG SƠ KẾT 6 THÁNG ĐẦU NĂM 2026",
        "Đảng viên: Võ Thị Ngọc Hân – Kế toán HTX Nông nghiệp Phú Thạnh",
        [
            ["Nội dung đã cam kết", "Kết quả thực hiện", "Tự đánh giá"],
            ["Báo cáo tài chính năm 2025", "Hoàn thành ngày 20/3/2026", "Hoàn thành"],
            [
                "Khắc phục: lưu trữ chứng từ",
                "Chứng từ năm 2025 đóng thành 12 tập theo tháng, xong ngày 25/3/2026; 6 tháng không thất lạc chứng từ",
                "Đạt",
            ],
        ],
        "Nhận xét chung: Cơ bản đúng tiến độ; việc đối chiếu công nợ bơm tưới chưa xong do thành viên đi làm ăn xa.",
    ]
    traced = trace_docx(tmp_path, blocks, COMMITMENT_HAN_HTX)
    assert (traced.report.outline.kind, traced.report.outline.period) == ("report", "midyear")
    # the filing row answers the remedy; the debts, reported nowhere but in the summing up, are due
    assert gaps(traced) == [DEBTS]
    assert unmatched(traced) == []


def test_a_count_of_three_figures_in_common_ties_a_result_to_its_long_item():
    commitment = """CHI BỘ CƠ QUAN ĐẢNG - ĐOÀN THỂ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
III. Nhiệm vụ
1. Số hóa hồ sơ 412 đảng viên của Đảng bộ xã lên phần mềm Quản lý cơ sở dữ liệu đảng viên, hoàn thành trước ngày 30/6/2026, bảo đảm thông tin khớp với hồ sơ giấy và sổ danh sách.
2. Giải quyết thủ tục chuyển sinh hoạt đảng, cấp thẻ đảng, đề nghị tặng Huy hiệu Đảng đúng thời hạn, không để hồ sơ tồn đọng.
3. Tham mưu tổ chức lễ trao Huy hiệu Đảng đợt 03/02 và đợt 19/5/2026 cho 21 đồng chí.
4. Hướng dẫn 20 chi bộ trực thuộc lập hồ sơ đề nghị kết nạp, bảo đảm Đảng bộ kết nạp 12 đảng viên mới trong năm.
5. Ký số 100% văn bản đi của bộ phận tổ chức trên hệ thống quản lý văn bản từ tháng 3/2026.
NGƯỜI CAM KẾT"""
    report = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Võ Thị Thanh Thảo
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
2. Thực hiện chức trách, nhiệm vụ được giao
- Từ tháng 3/2026, toàn bộ 146 văn bản đi của bộ phận tổ chức đều được ký số trên hệ thống.
- Hoàn thành số hóa hồ sơ 412 đảng viên ngày 26/6/2026, trước hạn 4 ngày; sau đó cập nhật tiếp 11 đảng viên mới kết nạp.
- Cả năm giải quyết 38 hồ sơ chuyển sinh hoạt đảng, 21 hồ sơ cấp thẻ đảng, 10 hồ sơ đề nghị tặng Huy hiệu Đảng, không hồ sơ nào quá hạn.
- Kết nạp đảng viên: Đảng bộ đã kết nạp 11/12 đảng viên mới; 01 hồ sơ đang chờ thẩm định.
- Lễ trao Huy hiệu Đảng tổ chức ngày 03/02 và 19/5/2026 cho 21 đồng chí."""
    assert gaps(trace(report, commitment)) == []


# A line leader's duties under lettered groups, each group's line giving the post's size; a
# nurse's duties under untitled group names, her review's results labelled by those names.
COMMITMENT_NGOC_ANH = """CHI BỘ XƯỞNG MAY SỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
3. Về thực hiện chức trách, nhiệm vụ được giao
a) Nhiệm vụ tổ trưởng chuyền 6 (42 công nhân, chuyên may áo sơ mi xuất khẩu):
- Nâng năng suất bình quân của chuyền từ 1.150 lên 1.250 áo sơ mi/ngày, đạt từ quý II/2026.
- Giữ tỷ lệ hàng lỗi phải sửa sau kiểm hàng KCS dưới 2%.
NGƯỜI CAM KẾT"""
LEAD_IN = 4

REPORT_NGOC_ANH = """BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Phạm Thị Ngọc Anh
II. Kết quả thực hiện cam kết
- Năng suất: tháng 6 đạt 1.271 áo/ngày, bình quân quý II đạt 1.256 áo/ngày.
- Tỷ lệ lỗi bình quân 6 tháng 1,8%, không có lô hàng bị trả lại."""


def test_a_groups_line_giving_the_posts_size_in_brackets_announces_its_items():
    traced = trace(REPORT_NGOC_ANH, COMMITMENT_NGOC_ANH)
    assert LEAD_IN not in [item.item.line for item in traced.items]
    assert gaps(traced) == []


COMMITMENT_LAN_ANH = """CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
3. Về chức trách, nhiệm vụ
Tiêm chủng mở rộng
- Tổ chức tiêm chủng vào ngày 15 và 16 hằng tháng tại Trạm; tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ đạt trên 95%.
- Nhập dữ liệu lên Hệ thống thông tin tiêm chủng quốc gia trong vòng 24 giờ sau mỗi buổi tiêm.
NGƯỜI CAM KẾT"""
VACCINATION_DAYS = 5

REPORT_LAN_ANH = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đỗ Thị Lan Anh
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
2. Thực hiện chức trách, nhiệm vụ được giao
- Tiêm chủng mở rộng: tổ chức đủ 22 buổi tiêm (ngày 15, 16 hằng tháng); 122/126 trẻ dưới 1 tuổi tiêm đủ mũi; dữ liệu nhập lên hệ thống trong ngày."""


def test_a_label_naming_a_groups_title_names_the_tasks_under_it():
    assert VACCINATION_DAYS not in gaps(trace(REPORT_LAN_ANH, COMMITMENT_LAN_ANH))


def test_a_forms_confirming_field_and_a_date_after_its_label_are_the_own_date():
    confirming = REPORT_HAN.replace(
        "An Lạc, ngày 30 tháng 6 năm 2026 - Người báo cáo",
        "Xác nhận: An Lạc, ngày 30 tháng 6 năm 2026 - Người báo cáo",
    )
    own = document_from_text(confirming, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (6, dt.date(2026, 6, 30))
    # wrapped by a narrow page, the signer's label cut after "Người"
    wrapped = confirming.replace(" - Người báo cáo: ", " - Người\nbáo cáo: ")
    own = document_from_text(wrapped, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (6, dt.date(2026, 6, 30))
    # the cell's confirmation is not the writer's date
    cells = confirming.replace("Xác nhận:", "Xác nhận của chi ủy:")
    own = document_from_text(cells, "bao-cao.txt").outline.own_date
    assert own is None or own.line != 6
    # "Báo cáo ngày 08/7/2026" under the title, a chat's stamp above it
    chat = """[08/07/2026 06:53] Hà Văn Lộc:
SƠ KẾT 6 THÁNG ĐẦU NĂM 2026 THỰC HIỆN BẢN CAM KẾT
Đảng viên Hà Văn Lộc - kinh doanh hải sản, ki-ốt số 12 chợ Bến Đá
Báo cáo ngày 08/7/2026
* Tư tưởng, đạo đức: chấp hành tốt, không vi phạm."""
    own = document_from_text(chat, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (4, dt.date(2026, 7, 8))


def test_a_forms_name_cut_by_a_narrow_page_is_read_on_into_the_next_line():
    text = """ĐẢNG BỘ PHƯỜNG HỘI
PHƯỚC - HỆ THỐNG BIỂU
MẪU TRỰC TUYẾN
Biểu mẫu: Bản kiểm
điểm cá nhân năm 2026
Họ và tên (*): Đặng Thị Thu Trang"""
    assert document_from_text(text, "ban-kiem-diem.txt").outline.kind == "report"


def test_a_report_made_when_something_is_seen_asks_for_no_result():
    commitment = """CHI BỘ ẤP BÃI NHÀ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
III. Nhiệm vụ được giao
1. Duy trì liên lạc giữa 05 tàu trong tổ bằng máy thông tin tầm xa mỗi ngày 2 lần.
2. Nắm tình hình trên biển, thấy tàu lạ, hoạt động khả nghi thì báo cho lực lượng Biên phòng.
NGƯỜI CAM KẾT"""
    report = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Hứa Văn Lợi
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
2. Thực hiện chức trách, nhiệm vụ được giao
- Liên lạc giữa 05 tàu trong tổ duy trì mỗi ngày 2 lần, cả năm không mất liên lạc."""
    assert gaps(trace(report, commitment)) == []


def test_a_forms_name_after_mau_is_read_past():
    text = """CỔNG THÔNG TIN ĐẢNG BỘ XÃ BÃI GIẾNG - BIỂU MẪU TRỰC TUYẾN
Mẫu: Báo cáo sơ kết 6 tháng thực hiện cam kết của đảng viên
Họ và tên (*): Võ Thị Ngọc Lan
Ngày báo cáo (*): 26/06/2026"""
    report = document_from_text(text, "bao-cao.txt")
    assert (report.outline.kind, report.outline.period) == ("report", "midyear")


def test_a_place_named_by_its_kind_and_number_is_read_across_a_wrapped_date():
    text = """ĐẢNG BỘ PHƯỜNG CÁI SƠN ĐÔNG
CHI BỘ KHU VỰC 3
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Nguyễn Văn Mười
Khu vực 3, ngày 02 tháng 12
năm 2026
NGƯỜI TỰ KIỂM ĐIỂM"""
    own = document_from_text(text, "ban-kiem-diem.txt").outline.own_date
    assert (own.line, own.value) == (5, dt.date(2026, 12, 2))
    # a sentence ending on a place in running case is no place-and-date line
    sentence = text.replace("Khu vực 3, ngày 02", "Họp tổ tại khu vực 3, ngày 02")
    own = document_from_text(sentence, "ban-kiem-diem.txt").outline.own_date
    assert own is None or own.line != 5
