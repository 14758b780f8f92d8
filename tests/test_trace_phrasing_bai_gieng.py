"""Reports as members write them in the ninth unseen unit of issue 17 (Bãi Giếng, a fishing
and tourism commune): one result listing several committed items by a short name each, its
outcome stated once for the whole list; a result's line ending in a comma, its outcome on the
next line; a chat report's labelled "Tồn tại: …" and "Hướng tới: …"; one long word in common with a
clause of an item. The texts are written
for these tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from tests.trace_samples import gaps, restated, trace, unmatched

# A trawler owner's commitment.
COMMITMENT_SON = """ĐẢNG BỘ XÃ HÒN ĐẤT
CHI BỘ ẤP RẠCH VẸM
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Sơn
Chủ tàu cá KG-90512-TS
3. Về thực hiện nhiệm vụ
- Không đánh bắt trong vùng cấm khai thác ven bờ 6 hải lý và khu bảo tồn biển
- Không sử dụng xung điện, chất nổ khi khai thác
- Duy trì thiết bị giám sát hành trình hoạt động liên tục suốt chuyến biển
- Ghi đầy đủ nhật ký khai thác, nộp cho Ban quản lý cảng khi cập bến
NGƯỜI CAM KẾT
Lê Văn Sơn"""
ZONE = 7


def yearend(result: str) -> str:
    return f"""CHI BỘ ẤP RẠCH VẸM
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Văn Sơn
3. Việc thực hiện cam kết năm 2026
- {result}
- Nộp nhật ký khai thác đủ 12/12 chuyến cho Ban quản lý cảng.
Hòn Đất, ngày 12/12/2026
Người kiểm điểm
Lê Văn Sơn"""


def test_an_item_named_in_a_list_of_items_is_no_gap():
    # "vùng cấm" names the first item alone, "xung điện, chất nổ" and "giám sát hành trình"
    # the next ones: the one outcome ("không bị lập biên bản lần nào") answers each of them
    listed = yearend(
        "Đi 16 chuyến, Đồn Biên phòng không lập biên bản lần nào về vùng cấm, xung điện, "
        "chất nổ, thiết bị giám sát hành trình"
    )
    assert ZONE not in gaps(trace(listed, COMMITMENT_SON))
    # the zone left out of the list is a gap
    unlisted = yearend(
        "Đi 16 chuyến, Đồn Biên phòng không lập biên bản lần nào về xung điện, chất nổ, "
        "thiết bị giám sát hành trình"
    )
    assert ZONE in gaps(trace(unlisted, COMMITMENT_SON))


# A teacher's commitment.
COMMITMENT_HANH = """ĐẢNG BỘ XÃ HÒN ĐẤT
CHI BỘ TRƯỜNG TIỂU HỌC
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Thị Hạnh
3. Về thực hiện chức trách, nhiệm vụ được giao
- Chủ nhiệm lớp 3B: phấn đấu 100% học sinh hoàn thành chương trình lớp 3.
- Phụ đạo 3 em đọc chậm (Lâm Văn Tỷ, Trần Thị Na, Danh Út) vào chiều thứ Năm hằng tuần.
- Thăm gia đình các em có cha mẹ đi làm ăn xa (6 em) ít nhất 1 lần mỗi học kỳ.
NGƯỜI CAM KẾT
Nguyễn Thị Hạnh"""
TUTORING = 7


def report_hanh(result: str) -> str:
    return f"""CHI BỘ TRƯỜNG TIỂU HỌC
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Nguyễn Thị Hạnh
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
4. Về thực hiện cam kết năm 2026
a) Lớp 3B có 30/30 em hoàn thành chương trình lớp 3.
b) {result}
Hòn Đất, ngày 28/11/2026
NGƯỜI KIỂM ĐIỂM
Nguyễn Thị Hạnh"""


def test_two_items_named_in_one_line_are_both_answered():
    merged = report_hanh(
        "Việc phụ đạo học sinh và thăm gia đình các em có cha mẹ đi làm ăn xa được duy trì đều."
    )
    assert TUTORING not in gaps(trace(merged, COMMITMENT_HANH))
    # "phụ đạo" names the tutoring item alone, beside the visits' item; left out, it is a gap
    alone = report_hanh("Thăm gia đình các em có cha mẹ đi làm ăn xa được duy trì đều.")
    assert TUTORING in gaps(trace(alone, COMMITMENT_HANH))


# A restaurant cook's commitment.
COMMITMENT_TAI = """ĐẢNG BỘ XÃ HÒN ĐẤT
CHI BỘ HTX DỊCH VỤ DU LỊCH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trương Văn Tài
3/ Thực hiện nhiệm vụ:
+ Lưu mẫu thức ăn 24 giờ cho các đoàn khách trên 30 người, ghi sổ kiểm thực 3 bước
+ Đưa 7 người trong bếp đi khám sức khỏe trước tháng 5/2026
Người cam kết
Trương Văn Tài"""


def report_tai(first_half_end: str, mark: str = "") -> str:
    return f"""CHI BỘ HTX DỊCH VỤ DU LỊCH
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Tôi là: Trương Văn Tài, bếp phó nhà hàng của HTX
3/ Thực hiện cam kết:
+ Lưu mẫu thức ăn 24 giờ cho 41 đoàn khách trên 30 người, sổ kiểm thực ghi đủ{first_half_end}
{mark}Đoàn kiểm tra an toàn thực phẩm của huyện kiểm tra tháng 8 không phát hiện vi phạm
+ Đưa 7/7 người trong bếp đi khám sức khỏe ngày 20/4/2026
Người kiểm điểm
Trương Văn Tài"""


def test_a_line_after_a_comma_goes_on_with_its_result():
    # a plain text's line ending in a comma leaves the sentence open: the inspection that
    # follows, opening with a capital, is the same result's outcome, not a result of its own
    assert unmatched(trace(report_tai(","), COMMITMENT_TAI)) == []
    # after a stop too, with no mark of its own under a marked result (the results' outcome);
    # marked as the results are, it is a result of its own, answering nothing committed
    assert unmatched(trace(report_tai("."), COMMITMENT_TAI)) == []
    assert unmatched(trace(report_tai(".", mark="+ "), COMMITMENT_TAI)) == [6]


def midyear_son(after_results: str) -> str:
    return f"""Báo cáo 6 tháng thực hiện cam kết năm 2026
Đảng viên: Lê Văn Sơn - chủ tàu KG-90512-TS, chi bộ ấp Rạch Vẹm
Kết quả:
- 6 tháng đi 8 chuyến, không đánh bắt trong vùng cấm quanh đảo Hòn Rễ và khu bảo tồn biển
- Không dùng xung điện, chất nổ, Biên phòng kiểm tra 3 lần không phát hiện vi phạm
- Thiết bị giám sát hành trình hoạt động liên tục cả 8 chuyến
{after_results}
Rạch Vẹm ngày 28/6/2026
Người báo cáo
Lê Văn Sơn"""


UNDER_SHORTCOMINGS = 7


def test_a_labelled_line_of_a_chat_report_heads_its_shortcomings_and_directions():
    report = midyear_son(
        "Tồn tại: giá dầu tăng, chuyến biển lời ít\n"
        "Hướng tới: ghi đầy đủ nhật ký khai thác, nộp cho Ban quản lý cảng"
    )
    found = trace(report, COMMITMENT_SON)
    # the shortcoming written after its label is no result restating anything
    assert UNDER_SHORTCOMINGS not in restated(found)
    # the directions written after their label are no result at all
    assert not [entry for entry in found.entries if "nhật ký" in entry.text]


# A tour operator's commitment.
COMMITMENT_LAN = """ĐẢNG BỘ XÃ HÒN ĐẤT
CHI BỘ HTX DỊCH VỤ DU LỊCH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đặng Thị Lan
II. VỀ PHẨM CHẤT ĐẠO ĐỨC, LỐI SỐNG
1. Không nhận tiền riêng của hướng dẫn viên, công ty lữ hành để ưu tiên xếp tàu.
III. VỀ THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ ĐƯỢC GIAO
1. Tổ chức tập huấn bơi, cứu đuối cho thủy thủ, hướng dẫn viên; 1 đợt, 20 người; tháng 4/2026.
2. Ký hợp đồng với 3 công ty lữ hành trước ngày 30/6/2026, mỗi đợt khách trên 20 người có 1 thủy thủ cứu hộ đi kèm.
NGƯỜI CAM KẾT
Đặng Thị Lan"""
DROWNING = 8


def test_one_long_word_in_common_answers_no_clause():
    report = """CHI BỘ HTX DỊCH VỤ DU LỊCH
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đặng Thị Lan
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về phẩm chất đạo đức, lối sống: trung thực; không nhận tiền riêng của hướng dẫn viên.
2. Về thực hiện cam kết năm 2026
- Ký được 3 hợp đồng với công ty lữ hành, xong ngày 20/6/2026; 64 đợt khách trên 20 người đều có thủy thủ cứu hộ đi kèm.
Hòn Đất, ngày 04/12/2026
Người kiểm điểm
Đặng Thị Lan"""
    # "hướng dẫn viên" is all the pledge's line shares with the training's last clause
    # ("hướng dẫn viên; 1 đợt, 20 người"): one word of three syllables answers no clause
    assert DROWNING in gaps(trace(report, COMMITMENT_LAN))
