"""Reports and commitments as members write them when the form's labels are missing: the writer
named by "Tên:", "Đảng viên: … - post", "Đảng viên … –" under the title, in the title itself or
by a bare name at the foot; and a report whose results camket cannot find (CK609, no gaps
claimed). The texts are written for these tests in the members' manner (a fishing ward, a
commune's port board, a garment workshop, a health station), not copied from the corpus."""

from __future__ import annotations

from linter.brief import briefs_of
from linter.checks.review import check_batch
from linter.report.review_rows import GAP, UNREAD, member_tables
from linter.rules import load_rules
from tests.conftest import document_from_text
from tests.trace_samples import gaps, linked, trace, write_unit

COMMITMENT_BON = """ĐẢNG ỦY PHƯỜNG HỘI AN
CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Bốn
Chức vụ: Tổ trưởng Tổ vệ sinh môi trường cảng cá
3. Về thực hiện nhiệm vụ
- Thu gom rác khu chợ cá ngày 2 lần, không để rác tồn qua đêm.
- Phát 80 thùng rác có nắp cho tàu cá trong quý II/2026.
NGƯỜI CAM KẾT
Trần Văn Bốn"""

REPORT_BON = """CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BẢN KIỂM ĐIỂM ĐẢNG VIÊN CUỐI NĂM 2026
Tên: Trần Văn Bốn - Tổ trưởng Tổ vệ sinh môi trường cảng cá
1. Thực hiện cam kết
- Thu gom rác ngày 2 lần, cả năm không để rác tồn qua đêm.
- Phát xong 80 thùng rác có nắp cho tàu cá ngày 12/5/2026.
2. Tự xếp loại: Hoàn thành tốt nhiệm vụ.
Hội An, ngày 25/11/2026
Trần Văn Bốn"""

COMMITMENT_HAI = """ĐẢNG ỦY XÃ YÊN LẠC
CHI BỘ XƯỞNG MAY SỐ 3
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Văn Hải
3. Về thực hiện nhiệm vụ
- Bảo trì định kỳ 64 máy chuyền 1 - 4, mỗi tháng 1 lần, ghi sổ bảo trì.
- Lắp đặt dây chuyền treo chuyền 4 trước ngày 30/4/2026.
NGƯỜI CAM KẾT
Đỗ Văn Hải"""

REPORT_HAI = """BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026
Đảng viên: Đỗ Văn Hải - thợ cơ khí tổ bảo trì Xưởng may số 3
1. Kết quả thực hiện cam kết
- Bảo trì đủ 64 máy chuyền 1-4, 6 tháng đủ 6 lượt, sổ bảo trì có chữ ký tổ trưởng.
- Dây chuyền treo chuyền 4 lắp xong ngày 25/4/2026, chạy thử đạt.
Yên Lạc, ngày 02/7/2026
NGƯỜI BÁO CÁO
Đỗ Văn Hải"""

# No label anywhere: the member names himself in the title and signs with a bare name.
COMMITMENT_LANH = """CAM KẾT NĂM 2026  –  ĐẢNG VIÊN TRẦN VĂN LÃNH
Chủ tàu QN-90286-TS, khu phố Bến Đá
1. CHÍNH TRỊ TƯ TƯỞNG
1.1 Tuyệt đối trung thành với Đảng, bám biển bảo vệ chủ quyền biển đảo
3. NHIỆM VỤ
3.1 Không đánh bắt bằng lưới kéo trong vùng ven bờ, không dùng kích điện, chất nổ
3.2 Ghi nhật ký khai thác đầy đủ từng chuyến biển, nộp tại cảng cá khi cập bến
3.3 Tham gia lớp tập huấn chống khai thác hải sản bất hợp pháp (IUU) do phường tổ chức
Bến Đá 27/2/2026
Trần Văn Lãnh"""
PROHIBITION, LOGBOOK, TRAINING = 6, 7, 8

REPORT_LANH = """BÁO CÁO 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026
Đảng viên Trần Văn Lãnh  –  chủ tàu QN-90286-TS, khu phố Bến Đá
1. CHÍNH TRỊ TƯ TƯỞNG
Luôn trung thành với Đảng, bám biển, đoàn kết bà con ngư dân
3. NHIỆM VỤ
- 6 tháng đi 9 chuyến biển, ghi nhật ký khai thác đủ 9 chuyến, nộp tại cảng cá Bến Đá.
Bến Đá 12/7/2026
Trần Văn Lãnh"""


def test_a_bare_ten_field_names_the_writer(tmp_path):
    unit = write_unit(tmp_path / "chi-bo-cang-ca", {"a.txt": COMMITMENT_BON, "b.txt": REPORT_BON})
    assert linked(unit) == {"b.txt": "a.txt"}


def test_a_dang_vien_field_names_the_writer_and_his_post(tmp_path):
    report = document_from_text(REPORT_HAI, "bao-cao.txt")
    assert report.outline.header.author == "Đỗ Văn Hải"
    assert report.outline.header.role == "thợ cơ khí tổ bảo trì Xưởng may số 3"
    unit = write_unit(tmp_path / "chi-bo-xuong-may", {"a.txt": COMMITMENT_HAI, "b.txt": REPORT_HAI})
    assert linked(unit) == {"b.txt": "a.txt"}


def test_a_member_named_in_the_title_or_right_under_it_with_no_label(tmp_path):
    commitment = document_from_text(COMMITMENT_LANH, "cam-ket.txt")
    assert commitment.outline.header.author == "Trần Văn Lãnh"
    report = document_from_text(REPORT_LANH, "bao-cao.txt")
    assert report.outline.header.author == "Trần Văn Lãnh"
    unit = write_unit(tmp_path / "chi-bo-ben-da", {"a.txt": COMMITMENT_LANH, "b.txt": REPORT_LANH})
    assert linked(unit) == {"b.txt": "a.txt"}


def test_a_title_naming_no_one_after_dang_vien_gives_no_writer():
    # the words after "ĐẢNG VIÊN" are the title's own, not a name; no label, no bare name
    text = """BẢN CAM KẾT CỦA ĐẢNG VIÊN THỰC HIỆN NHIỆM VỤ NĂM 2026
3. Nhiệm vụ
- Ghi nhật ký khai thác đầy đủ từng chuyến biển.
Bến Đá, ngày 27/2/2026"""
    assert document_from_text(text, "cam-ket.txt").outline.header.author is None
    # nor is a bare last line that is no name, or a name under a signer's label other than
    # the member's ("T/M CHI BỘ" above the secretary)
    signed = text + "\nT/M CHI BỘ\nBÍ THƯ\nNguyễn Văn Tâm"
    assert document_from_text(signed, "cam-ket.txt").outline.header.author is None


def test_the_report_named_only_under_its_title_is_traced_against_its_commitment():
    found = trace(REPORT_LANH, COMMITMENT_LANH)
    # the logbook is answered; the prohibition and the course are not reported on
    assert gaps(found) == [PROHIBITION, TRAINING]


# A 6-month report whose results the writer listed between her name and the form's headings:
# camket takes those lines for her particulars, reads one result under the headings, and
# cannot tell what she reported.
COMMITMENT_MAI = """ĐẢNG ỦY XÃ HUỔI SƠN
CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lò Thị Mai, nữ hộ sinh
3. Về thực hiện nhiệm vụ
- Quản lý thai nghén cho 100% phụ nữ có thai ở 4 bản, khám thai ít nhất 4 lần.
- Tiêm vắc xin uốn ván cho phụ nữ có thai đủ 2 mũi trước khi sinh.
- Tổ chức 02 buổi truyền thông nuôi con bằng sữa mẹ tại bản Pa Cha trong quý II/2026.
NGƯỜI CAM KẾT
Lò Thị Mai"""

REPORT_MAI = """CHI BỘ TRẠM Y TẾ
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lò Thị Mai
Quản lý 37 phụ nữ có thai ở 4 bản, 35 người khám đủ 4 lần, 2 người chuyển tuyến huyện.
Tiêm uốn ván đủ 2 mũi cho 33/37 thai phụ, 4 người chưa đến lịch tiêm mũi 2.
Truyền thông sữa mẹ tại bản Pa Cha ngày 14/5 và ngày 20/6/2026, mỗi buổi hơn 30 người dự.
Tham gia trực Tết Nguyên đán tại Trạm 3 ngày.
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
- Chấp hành tốt sự phân công của Trạm.
II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
- Tiếp tục quản lý thai nghén.
Huổi Sơn, ngày 30/6/2026
NGƯỜI BÁO CÁO
Lò Thị Mai"""


def test_a_report_whose_results_were_not_read_claims_no_gap_but_says_so(tmp_path):
    found = trace(REPORT_MAI, COMMITMENT_MAI)
    assert found.unread
    assert gaps(found) == []  # every item would have been "missing": none is claimed
    rules = [rule for rule in load_rules() if rule.id in ("CK601", "CK609")]
    documents = briefs_of(
        [document_from_text(REPORT_MAI, "bao-cao.txt"), document_from_text(COMMITMENT_MAI)]
    )
    fired = [(rule.id, hit.line, hit.values) for rule, _, hit in check_batch(documents, rules)]
    assert [(rule, line, values["lines"]) for rule, line, values in fired] == [("CK609", 2, 4)]
    assert fired[0][2]["unread"]["vi"] == "4 dòng không nằm dưới đề mục kết quả nào"
    # in the per-member tables the items read "not read", not "no result"
    (table,) = member_tables(documents)
    statuses = {o.status for row in table.rows for found in row.outcomes.values() for o in found}
    assert statuses == {UNREAD}


def test_a_report_read_as_usual_is_compared_item_by_item():
    # the same results under the form's heading are read: compared, the course a gap
    report = REPORT_MAI.replace(
        "Họ và tên: Lò Thị Mai\n", "Họ và tên: Lò Thị Mai\n3. Việc thực hiện cam kết\n"
    ).replace(
        "Truyền thông sữa mẹ tại bản Pa Cha ngày 14/5 và ngày 20/6/2026, mỗi buổi hơn 30 người dự.\n",
        "",
    )
    found = trace(report, COMMITMENT_MAI)
    assert not found.unread
    assert gaps(found) == [8]
    documents = briefs_of(
        [document_from_text(report, "bao-cao.txt"), document_from_text(COMMITMENT_MAI)]
    )
    (table,) = member_tables(documents)
    statuses = [o.status for row in table.rows for found in row.outcomes.values() for o in found]
    assert GAP in statuses and UNREAD not in statuses


def test_a_name_followed_by_a_dash_and_the_next_field_is_whole(tmp_path):
    # "Họ và tên: Đoàn Thị Mỹ Dung - Ngày sinh: …": the dash ends the name, "Ngày" opens the
    # next field; without the dash, "Năm" is the next field's first word, not the name's last
    dashed = COMMITMENT_HAI.replace(
        "Họ và tên: Đỗ Văn Hải", "Họ và tên: Đỗ Văn Hải - Ngày sinh: 12/3/1985"
    )
    assert document_from_text(dashed, "cam-ket.txt").outline.header.author == "Đỗ Văn Hải"
    run_on = COMMITMENT_HAI.replace("Họ và tên: Đỗ Văn Hải", "Họ và tên: Đỗ Văn Hải Năm sinh: 1985")
    assert document_from_text(run_on, "cam-ket.txt").outline.header.author == "Đỗ Văn Hải"
    report = REPORT_HAI.replace(
        "Đảng viên: Đỗ Văn Hải - thợ", "Họ và tên: Đỗ Văn Hải. Chức vụ: thợ"
    )
    unit = write_unit(tmp_path / "chi-bo-xuong-may", {"a.txt": dashed, "b.txt": report})
    assert linked(unit) == {"b.txt": "a.txt"}
