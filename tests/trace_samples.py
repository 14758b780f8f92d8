"""Members' commitments and their reports, as cells write them, shared by the tests of
linter.trace (tests/test_trace_*.py)."""

from __future__ import annotations

from pathlib import Path

from linter.config import Settings
from linter.engine import run
from linter.rules import load_rules
from linter.trace.link import ReviewPair, link
from linter.trace.review import Trace, trace_pair
from tests.conftest import document_from_text


def trace(report: str, commitment: str) -> Trace:
    """The trace of a report written as `report` against the commitment `commitment`."""
    return trace_pair(
        ReviewPair(
            document_from_text(report, "bao-cao.txt"), document_from_text(commitment, "cam-ket.txt")
        )
    )


def trace_docx(tmp_path, blocks: list, commitment: str) -> Trace:
    """The trace of a report written as a Word file (`blocks`: paragraphs, or a table's rows)
    against the commitment `commitment`, the report read as camket reads a submitted file."""
    from linter.document import Document
    from linter.parse import parse
    from linter.read import read
    from linter.sources import Source
    from tests.conftest import write_docx

    path = write_docx(tmp_path / "bao-cao.docx", blocks)
    lines, fmt, _ = read(Source(path, path.name, "u"))
    report = Document(path.name, "u", fmt, lines)
    report.outline = parse(report)
    return trace_pair(ReviewPair(report, document_from_text(commitment, "cam-ket.txt")))


def gaps(found: Trace) -> list[int]:
    """The commitment's lines of the items found without a result."""
    return [item.item.line for item in found.gaps()]


def unmatched(found: Trace) -> list[int]:
    """The report's lines of the results found answering nothing committed."""
    return [found.entries[e].line for e in found.unmatched]


def restated(found: Trace) -> list[int]:
    """The report's lines of the results found only restating the intention."""
    return [found.entries[e].line for e in found.restated]


# A teacher's commitment: part 3 holds three concrete tasks and one vague line, part 5 one
# concrete shortcoming.
COMMITMENT_LAN = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS                  Tân Phước, ngày 20 tháng 02 năm 2025

BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025

Họ và tên: Nguyễn Thị Lan
Chức vụ: Giáo viên Toán, tổ trưởng tổ Tự nhiên

1. Về tư tưởng chính trị
- Tuyệt đối trung thành với Đảng, với Tổ quốc và với nhân dân.
2. Về phẩm chất đạo đức, lối sống
- Không nhận quà của phụ huynh học sinh dưới mọi hình thức.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Phụ đạo 6 học sinh yếu môn Toán lớp 8B vào chiều thứ Bảy hằng tuần, cuối năm học có ít nhất 4 em đạt trung bình.
- Cập nhật điểm kiểm tra lên phần mềm quản lý trường học trước thứ Sáu hằng tuần.
- Viết 01 sáng kiến kinh nghiệm về dạy hình học lớp 8, gửi xét cấp huyện trước tháng 4/2025.
- Hoàn thành tốt nhiệm vụ được giao.
4. Về tổ chức kỷ luật
- Sinh hoạt chi bộ đầy đủ, đóng đảng phí trước ngày 5 hằng tháng.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2024 nộp sổ điểm chậm 2 lần; năm 2025 nộp sổ điểm đúng hạn cả hai học kỳ.
6. Về kế hoạch hành động thực hiện Nghị quyết Đại hội
- Vận động 5 phụ huynh lớp chủ nhiệm tham gia bảo hiểm y tế hộ gia đình trước ngày 30/9/2025.

NGƯỜI CAM KẾT
Nguyễn Thị Lan"""

# A pharmacist's commitment (the corpus's cam-ket-dang-van-loi, dated): part 3 holds five
# concrete tasks and two vague lines; no part on shortcomings.
COMMITMENT_LOI = """ĐẢNG BỘ XÃ TÂN PHƯỚC		ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ

BẢN ĐĂNG KÝ CAM KẾT
TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025

Họ và tên: Đặng Văn Lợi
Chức vụ, đơn vị công tác: Dược sĩ, phụ trách kho thuốc và quầy cấp phát thuốc, Trạm Y tế xã Tân Phước

1. VỀ TƯ TƯỞNG CHÍNH TRỊ
- Trung thành với lý tưởng cách mạng của Đảng, kiên định chủ nghĩa Mác - Lê-nin, tư tưởng Hồ Chí Minh.

2. VỀ PHẨM CHẤT ĐẠO ĐỨC, LỐI SỐNG
- Không nhận tiền, quà của người bệnh, người nhà người bệnh và các công ty dược dưới bất kỳ hình thức nào.

3. VỀ THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ ĐƯỢC GIAO
3.1. Kiểm kê thuốc, vật tư y tế hằng quý vào ngày làm việc cuối cùng của tháng 3, 6, 9 và 12; lập biên bản kiểm kê có chữ ký của Trạm trưởng.
3.2. Không để thuốc hết hạn sử dụng trong kho và tủ thuốc; thuốc còn hạn dưới 6 tháng báo cáo Trạm trưởng để điều chuyển.
3.3. Lập dự trù thuốc bảo hiểm y tế hằng tháng gửi Khoa Dược Trung tâm Y tế huyện trước ngày 20; không để thiếu thuốc tăng huyết áp, đái tháo đường cho người bệnh ngoại trú.
3.4. Ghi sổ theo dõi nhiệt độ, độ ẩm kho thuốc 2 lần mỗi ngày, lúc 8 giờ và 14 giờ.
3.5. Nhập, xuất thuốc trên phần mềm quản lý dược ngay trong ngày, số liệu khớp với sổ sách khi kiểm kê.
3.6. Luôn nêu cao tinh thần trách nhiệm trong công việc, đổi mới phương thức công tác và lề lối làm việc.

4. VỀ TỔ CHỨC KỶ LUẬT
- Sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng hạn.

5. KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI
- Hướng dẫn nhân viên y tế 6 ấp sắp xếp, bổ sung túi thuốc sơ cứu của ấp, hoàn thành trước ngày 30/4/2025.

			Tân Phước, ngày 22 tháng 01 năm 2025
				NGƯỜI CAM KẾT
				Đặng Văn Lợi"""

# Mẫu 02A: a member without a leadership post.
YEAREND_02A = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS                  Tân Phước, ngày 12 tháng 12 năm 2025

BẢN KIỂM ĐIỂM CÁ NHÂN
Năm 2025
(Dùng cho đảng viên không giữ chức vụ lãnh đạo, quản lý)

Họ và tên: Nguyễn Thị Lan          Ngày sinh: 02/3/1986
Chức vụ: Giáo viên Toán, tổ trưởng tổ Tự nhiên
Chi bộ: Trường THCS Tân Phước

I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc
- Luôn trung thành với Đảng, chấp hành nghiêm chủ trương, đường lối của Đảng.
- Sinh hoạt chi bộ đầy đủ 12/12 kỳ, đóng đảng phí đúng hạn.
2. Việc thực hiện chức trách, nhiệm vụ được giao
- Dạy đủ 19 tiết/tuần môn Toán các lớp 8A, 8B, 9A; không để tiết nào bị bỏ.
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Phụ đạo môn Toán cho 6 em lớp 8B vào chiều thứ Bảy; cuối năm học có 5/6 em đạt điểm trung bình trở lên.
- Đã thực hiện tốt việc cập nhật điểm trên phần mềm.
- Tham gia hiến máu tình nguyện 1 lần tại xã ngày 14/6/2025.
* Tự đánh giá: Hoàn thành xuất sắc.

II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
1. Hạn chế, khuyết điểm
- Chưa viết được sáng kiến kinh nghiệm cấp huyện như đã đăng ký.
2. Nguyên nhân
- Bản thân chưa sắp xếp thời gian hợp lý.

III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA CÁC KỲ KIỂM ĐIỂM TRƯỚC
- Năm 2024 còn nộp sổ điểm chậm; năm 2025 đã nộp đúng hạn cả 2 học kỳ.

VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
- Hoàn thành sáng kiến kinh nghiệm về dạy hình học lớp 8 trước tháng 3/2026.

VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG
Xếp loại đảng viên: Hoàn thành tốt nhiệm vụ.

                                          NGƯỜI TỰ KIỂM ĐIỂM
                                          (Ký, ghi rõ họ tên)

                                          Nguyễn Thị Lan"""

# A 6-month report in a cell's own layout: the commitment's parts under one heading.
MIDYEAR_OWN = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ
BÁO CÁO
Kết quả thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu 6 tháng đầu năm 2025
Họ và tên: Đặng Văn Lợi. Chức vụ: Dược sĩ, phụ trách kho thuốc.
I. KẾT QUẢ THỰC HIỆN CAM KẾT
1. Về tư tưởng chính trị
Giữ vững lập trường tư tưởng, không dao động trước thông tin xấu độc trên mạng xã hội.
2. Về thực hiện chức trách, nhiệm vụ được giao
- Kiểm kê kho thuốc 2 lần (31/3 và 30/6/2025), có biên bản ký xác nhận của Trạm trưởng.
- Dự trù thuốc bảo hiểm y tế 6/6 tháng gửi Khoa Dược trước ngày 20.
3. Về khắc phục hạn chế, khuyết điểm
- Túi thuốc sơ cứu của 6 ấp: đang bổ sung, dự kiến xong tháng 8.
II. HẠN CHẾ
- Có 1 lần nhập phần mềm dược chậm 2 ngày do mất mạng.
III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
- Kiểm kê kho thuốc quý III, quý IV đúng hạn.
Tự đánh giá: Hoàn thành tốt nhiệm vụ.
Tân Phước, ngày 28 tháng 6 năm 2025
NGƯỜI BÁO CÁO
Đặng Văn Lợi"""

# The cell's own 6-month summary: a report, but no member's.
CELL_SUMMARY = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS TÂN PHƯỚC
Tân Phước, ngày 05 tháng 7 năm 2025
BÁO CÁO
Sơ kết 6 tháng đầu năm thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của đảng viên năm 2025
I. KẾT QUẢ THỰC HIỆN
- 10/10 đảng viên đã xây dựng bản cam kết, nộp chi ủy trước ngày 28/02/2025.
II. HẠN CHẾ, NGUYÊN NHÂN
- Một số bản cam kết còn chung chung.
T/M CHI BỘ
BÍ THƯ
Phạm Văn Đức"""

# Mẫu 02B: a member in a leadership post; the commitment is the sixth point of part I.
YEAREND_02B = """ĐẢNG BỘ XÃ BÌNH AN                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CƠ QUAN UBND XÃ                  Bình An, ngày 08 tháng 12 năm 2025
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025
(Dùng cho cán bộ lãnh đạo, quản lý)
Họ và tên: Huỳnh Minh Tâm. Chức vụ: Phó Chủ tịch UBND xã.
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật
- Chấp hành nghiêm sự phân công của tập thể.
2. Việc thực hiện chức trách, nhiệm vụ, quyền hạn được giao
- Chỉ đạo giải quyết 412/415 hồ sơ đất đai đúng hạn.
3. Kết quả thực hiện các chỉ tiêu, nhiệm vụ trong năm
- Thu ngân sách đạt 108% dự toán.
4. Trách nhiệm nêu gương
- Không có người thân vi phạm quy định.
5. Việc thực hiện nghị quyết đại hội
- Hoàn thành 2,1 km đường giao thông nông thôn ấp Bình Thuận.
6. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Tiếp dân 48/48 buổi thứ Năm hằng tuần theo lịch.
VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG
Xếp loại đảng viên: Hoàn thành xuất sắc nhiệm vụ.
NGƯỜI TỰ KIỂM ĐIỂM
Huỳnh Minh Tâm"""


def write_unit(folder: Path, files: dict[str, str]) -> Path:
    """A cell folder holding `files` (name: text)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def linked(folder: Path, settings: Settings | None = None) -> dict[str, str | None]:
    """Each report's file name under `folder`, checked as camket checks it, with the file name
    of the commitment it is linked to (None: no commitment)."""
    documents = run([folder], load_rules(), settings or Settings()).documents
    declared = settings.reviews if settings else ()
    return {
        Path(pair.report.path).name: Path(pair.commitment.path).name if pair.commitment else None
        for pair in link(documents, declared)
    }
