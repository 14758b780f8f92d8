"""The page's words, Vietnamese first, English with ?lang=en: those of the template (`page`),
and those the script writes as the check goes (`script`)."""

from __future__ import annotations

PAGE: dict[str, dict[str, str]] = {
    "title": {"vi": "camket — kiểm tra bản cam kết", "en": "camket — commitment check"},
    "heading": {"vi": "Kiểm tra bản cam kết của chi bộ", "en": "Check a cell's commitments"},
    "intro": {
        "vi": "Chọn các bản cam kết và kế hoạch (.docx, .odt, .pdf, .txt), cả một thư mục, hoặc một tệp .zip của thư mục. Mỗi thư mục con là một chi bộ. Tệp chỉ được kiểm tra trên máy này và bị xóa ngay sau đó.",
        "en": "Choose the commitments and plans (.docx, .odt, .pdf, .txt), a whole folder, or a .zip of a folder. Each subfolder is a cell. Files are checked on this computer only and deleted right after.",
    },
    "drop": {
        "vi": "Kéo thả tệp hoặc thư mục vào đây",
        "en": "Drag and drop files or folders here",
    },
    "choose_files": {"vi": "Chọn tệp (hoặc .zip)", "en": "Choose files (or a .zip)"},
    "choose_folder": {"vi": "Chọn cả thư mục", "en": "Choose a folder"},
    "choose_config": {
        "vi": "Tệp cấu hình camket.yaml (không bắt buộc)",
        "en": "camket.yaml configuration (optional)",
    },
    "run": {"vi": "Kiểm tra", "en": "Check"},
    "start_over": {"vi": "Chọn lại", "en": "Start over"},
    "limits": {
        "vi": "Mỗi lần tối đa {files} tệp, tổng {total} MB, mỗi tệp {file} MB.",
        "en": "At most {files} files, {total} MB in all, {file} MB a file.",
    },
    "results": {"vi": "Kết quả", "en": "Results"},
    "downloads": {"vi": "Tải về", "en": "Download"},
    "download_html": {"vi": "Báo cáo HTML (để in)", "en": "HTML report (to print)"},
    "download_xlsx": {"vi": "Bảng tổng hợp Excel (.xlsx)", "en": "Excel summary (.xlsx)"},
    "download_json": {"vi": "Dữ liệu JSON", "en": "JSON data"},
    "download_annotated": {
        "vi": "Bản Word có nhận xét (.zip)",
        "en": "Word copies with comments (.zip)",
    },
    "filters": {"vi": "Lọc phát hiện", "en": "Filter findings"},
    "person": {"vi": "Người viết", "en": "Writer"},
    "rule": {"vi": "Luật", "en": "Rule"},
    "severity": {"vi": "Mức", "en": "Severity"},
    "all": {"vi": "Tất cả", "en": "All"},
    "file": {"vi": "Tệp", "en": "File"},
    "line": {"vi": "Dòng", "en": "Line"},
    "message": {"vi": "Nội dung", "en": "Message"},
    "suggestion": {"vi": "Gợi ý", "en": "Suggestion"},
    "report": {"vi": "Báo cáo đầy đủ", "en": "Full report"},
    "open_report": {"vi": "Mở báo cáo đầy đủ ở đây", "en": "Open the full report here"},
    "large_report": {
        "vi": "Báo cáo này lớn: mở ngay trên trang có thể làm trình duyệt chậm vài phút. Có thể tải “Báo cáo HTML” về và mở riêng.",
        "en": "This report is large: opening it on the page may keep the browser busy for minutes. The “HTML report” download opens on its own.",
    },
    "other_lang": {"vi": "English", "en": "Tiếng Việt"},
    "noscript": {
        "vi": "Trang này cần JavaScript để gửi tệp. Có thể dùng lệnh camket check thay thế.",
        "en": "This page needs JavaScript to send files. camket check works instead.",
    },
}

SCRIPT: dict[str, dict[str, str]] = {
    "selected": {
        "vi": "Đã chọn {count} tệp ({size} MB).",
        "en": "{count} files chosen ({size} MB).",
    },
    "none_selected": {"vi": "Chưa chọn tệp nào.", "en": "No file chosen."},
    "skipped": {
        "vi": "Không gửi {count} tệp không phải văn bản kiểm tra được: {names}",
        "en": "Not sending {count} files that are not documents camket checks: {names}",
    },
    "uploading": {"vi": "Đang gửi tệp… {percent} %", "en": "Sending files… {percent} %"},
    "checking": {"vi": "Đang kiểm tra {done}/{total} tệp…", "en": "Checking {done}/{total} files…"},
    "waiting": {"vi": "Đang bắt đầu kiểm tra…", "en": "Starting the check…"},
    "compare": {
        "vi": "Đang so sánh các bản cam kết (sao chép, ngày tháng)…",
        "en": "Comparing the commitments (copies, dates)…",
    },
    "render": {"vi": "Đang lập báo cáo…", "en": "Writing the report…"},
    "done": {
        "vi": "Đã kiểm tra {files} tệp: {findings} phát hiện.",
        "en": "Checked {files} files: {findings} findings.",
    },
    "shown": {
        "vi": "Đang hiện {shown}/{total} phát hiện.",
        "en": "Showing {shown}/{total} findings.",
    },
    "capped": {
        "vi": "Đang hiện {shown} phát hiện đầu tiên trong {matching} phát hiện khớp bộ lọc ({total} tất cả): lọc theo người viết, luật hoặc mức để xem các phát hiện khác.",
        "en": "Showing the first {shown} of {matching} findings that match ({total} in all): filter by writer, rule or severity to see the others.",
    },
    "no_findings": {"vi": "Không có phát hiện nào.", "en": "No findings."},
    "too_many": {
        "vi": "Quá nhiều tệp: mỗi lần gửi tối đa {limit} tệp.",
        "en": "Too many files: at most {limit} files at a time.",
    },
    "too_large": {
        "vi": "Tổng dung lượng vượt quá {limit} MB. Hãy gửi ít tệp hơn mỗi lần.",
        "en": "More than {limit} MB in all. Send fewer files at a time.",
    },
    "file_too_large": {
        "vi": "Tệp “{name}” lớn hơn {limit} MB, giới hạn cho một tệp.",
        "en": "The file “{name}” is larger than {limit} MB, the limit for one file.",
    },
    "network": {
        "vi": "Mất kết nối với camket trên máy này. camket serve còn chạy không?",
        "en": "Lost the connection to camket on this computer. Is camket serve still running?",
    },
    "error": {"vi": "Lỗi: {message}", "en": "Error: {message}"},
    "severity.error": {"vi": "lỗi", "en": "error"},
    "severity.warning": {"vi": "cảnh báo", "en": "warning"},
    "severity.info": {"vi": "thông tin", "en": "info"},
}


def texts(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    return {key: entry.get(lang) or entry["vi"] for key, entry in table.items()}
