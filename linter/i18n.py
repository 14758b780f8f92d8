"""User-facing strings of the CLI and reporters, Vietnamese first (rule messages live in the rules)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "severity.error": {"vi": "lỗi", "en": "error"},
    "severity.warning": {"vi": "cảnh báo", "en": "warning"},
    "severity.info": {"vi": "thông tin", "en": "info"},
    "category.vague": {"vi": "chung chung", "en": "vague"},
    "category.specificity": {"vi": "thiếu cụ thể", "en": "specificity"},
    "category.duplicate": {"vi": "sao chép", "en": "duplicate"},
    "category.date-order": {"vi": "thứ tự ngày", "en": "date order"},
    "category.structure": {"vi": "bố cục", "en": "structure"},
    "category.citation": {"vi": "trích dẫn", "en": "citation"},
    "category.format": {"vi": "hình thức", "en": "format"},
    "category.review": {"vi": "thực hiện cam kết", "en": "review"},
    "category.input": {"vi": "tệp đầu vào", "en": "input"},
    "suggestion": {"vi": "Gợi ý", "en": "Suggestion"},
    "kind.commitment": {"vi": "bản cam kết", "en": "commitment"},
    "kind.plan": {"vi": "kế hoạch", "en": "plan"},
    "kind.report": {"vi": "báo cáo", "en": "report"},
    "kind.other": {"vi": "khác", "en": "other"},
    "date_status.ok": {"vi": "đúng thứ tự", "en": "in order"},
    "date_status.wrong": {"vi": "sai thứ tự", "en": "out of order"},
    "date_status.missing": {"vi": "thiếu ngày", "en": "no date"},
    "summary.files": {
        "vi": "Đã kiểm tra {files} tệp ({unreadable} không đọc được).",
        "en": "Checked {files} files ({unreadable} unreadable).",
    },
    "summary.kinds": {"vi": "Loại văn bản: {kinds}.", "en": "Read as: {kinds}."},
    "summary.kind.commitment": {"vi": "{count} bản cam kết", "en": "{count} commitments"},
    "summary.kind.commitment.one": {"vi": "{count} bản cam kết", "en": "{count} commitment"},
    "summary.kind.plan": {"vi": "{count} kế hoạch", "en": "{count} plans"},
    "summary.kind.plan.one": {"vi": "{count} kế hoạch", "en": "{count} plan"},
    "summary.kind.report": {"vi": "{count} báo cáo", "en": "{count} reports"},
    "summary.kind.report.one": {"vi": "{count} báo cáo", "en": "{count} report"},
    "summary.kind.other": {"vi": "{count} khác", "en": "{count} other"},
    "summary.kind.other.one": {"vi": "{count} khác", "en": "{count} other"},
    "summary.others": {
        "vi": "Tệp đọc là “khác” (không phải bản cam kết, kế hoạch hay báo cáo): {paths}{more}.",
        "en": "Read as other (not a commitment, plan or report): {paths}{more}.",
    },
    "summary.others_more": {"vi": " và {count} tệp khác", "en": " and {count} more"},
    "summary.context": {
        "vi": "Đã đối chiếu với {count} tệp cùng thư mục và thư mục cấp trên (không báo phát hiện trên các tệp đó).",
        "en": "Compared with {count} files of the same folder and the folders above (not reported on).",
    },
    "summary.suppressed": {
        "vi": "Bỏ qua {count} phát hiện theo .camket-ignore.yaml.",
        "en": "Ignored {count} findings listed in .camket-ignore.yaml.",
    },
    "summary.baselined": {
        "vi": "Bỏ qua {count} phát hiện đã có trong baseline.",
        "en": "Left out {count} findings already in the baseline.",
    },
    "summary.none": {"vi": "Không có phát hiện nào.", "en": "No findings."},
    "summary.findings": {
        "vi": "{count} phát hiện: {by_severity}.",
        "en": "{count} findings: {by_severity}.",
    },
    "summary.by_category": {"vi": "Theo loại: {by_category}.", "en": "By category: {by_category}."},
    "summary.by_unit": {"vi": "Theo đơn vị:", "en": "By unit:"},
    "summary.more_units": {
        "vi": "  … và {count} đơn vị khác",
        "en": "  … and {count} more units",
    },
    "statistics.total": {
        "vi": "Tổng: {count} phát hiện của {rules} luật.",
        "en": "Total: {count} findings from {rules} rules.",
    },
    "error.file": {"vi": "Lỗi: {error}", "en": "Error: {error}"},
    "error.no_files": {
        "vi": "Không tìm thấy tệp nào để kiểm tra (.txt, .docx, .odt, .pdf) trong: {paths}",
        "en": "No files to check (.txt, .docx, .odt, .pdf) in: {paths}",
    },
    "error.binary_to_terminal": {
        "vi": "Định dạng {format} là tệp nhị phân: hãy ghi ra tệp bằng -o, ví dụ -o bao-cao.{format}",
        "en": "The {format} format is binary: write it to a file with -o, e.g. -o report.{format}",
    },
    "error.output_is_input": {
        "vi": "Không ghi đè tệp đầu vào: {path}",
        "en": "Will not overwrite an input file: {path}",
    },
    "output.failed": {
        "vi": "Lỗi: không ghi được kết quả vào {target}: {reason}.",
        "en": "Error: could not write the report to {target}: {reason}.",
    },
    "output.stdout": {"vi": "đầu ra chuẩn (stdout)", "en": "standard output (stdout)"},
    "output.reason.missing_folder": {
        "vi": "thư mục {folder} không tồn tại",
        "en": "the folder {folder} does not exist",
    },
    "output.reason.cannot_create": {
        "vi": "không tạo được tệp trong thư mục {folder}",
        "en": "no file can be created in the folder {folder}",
    },
    "output.reason.denied": {"vi": "không có quyền ghi", "en": "permission denied"},
    "output.reason.read_only": {
        "vi": "ổ đĩa hoặc thư mục chỉ cho đọc",
        "en": "the disk or folder is read-only",
    },
    "output.reason.full": {"vi": "ổ đĩa đã đầy", "en": "the disk is full"},
    "output.reason.folder": {
        "vi": "đó là một thư mục, hãy ghi rõ tên tệp",
        "en": "it is a folder; give a file name",
    },
    "output.reason.not_folder": {
        "vi": "một phần của đường dẫn là tệp, không phải thư mục",
        "en": "part of the path is a file, not a folder",
    },
    "output.reason.no_reader": {
        "vi": "không có chương trình nào đang đọc ở đầu kia (FIFO hoặc socket)",
        "en": "no program is reading at the other end (FIFO or socket)",
    },
    "output.reason.closed_pipe": {
        "vi": "chương trình nhận kết quả đã đóng đầu đọc (ví dụ: | head)",
        "en": "the program receiving the report closed its end (e.g. | head)",
    },
    "output.reason.closed": {
        "vi": "đầu ra này đã bị đóng trước khi chạy camket",
        "en": "it was closed before camket started",
    },
    "output.reason.other": {"vi": "lỗi hệ thống ({error})", "en": "system error ({error})"},
    "error.interrupted": {
        "vi": "Đã dừng theo yêu cầu (Ctrl-C hoặc tín hiệu dừng).",
        "en": "Stopped on request (Ctrl-C or a stop signal).",
    },
    "error.environment": {
        "vi": "Lỗi hệ thống khi chạy camket: {error}",
        "en": "System error while running camket: {error}",
    },
    "error.memory": {
        "vi": "Không đủ bộ nhớ để chạy camket: hãy kiểm tra ít tệp hơn mỗi lần hoặc dùng --jobs 1.",
        "en": "Out of memory: check fewer files at a time, or use --jobs 1.",
    },
    "error.internal": {
        "vi": (
            "Lỗi nội bộ của camket ({kind}: {error}). Đây là lỗi của chương trình camket, không "
            "phải của tệp được kiểm tra: xin báo cho người phát triển kèm lệnh đã chạy. "
            "Đặt biến môi trường CAMKET_DEBUG=1 để xem chi tiết."
        ),
        "en": (
            "camket internal error ({kind}: {error}). This is a bug in camket, not a fault of the "
            "files checked: please report it with the command you ran. Set CAMKET_DEBUG=1 to "
            "see the details."
        ),
    },
    "rules.none": {"vi": "Không có luật nào khớp “{code}”.", "en": "No rule matches “{code}”."},
    "show.message": {"vi": "Thông báo", "en": "Message"},
    "show.pattern": {"vi": "Mẫu", "en": "Pattern"},
    "show.bad": {"vi": "Ví dụ vi phạm", "en": "Example that fires"},
    "show.good": {"vi": "Ví dụ đạt", "en": "Example that passes"},
    "test.failed_bad": {"vi": "không phát hiện", "en": "not found"},
    "test.failed_good": {"vi": "phát hiện nhầm", "en": "false alarm"},
    "test.total": {
        "vi": "{passed} ví dụ đạt, {failed} ví dụ sai",
        "en": "{passed} passed, {failed} failed",
    },
    "suppress.reason_needed": {
        "vi": "Cần ghi lý do bỏ qua (--reason).",
        "en": "Give the reason for ignoring it (--reason).",
    },
    "suppress.no_finding": {
        "vi": "Không có phát hiện {code} ở dòng {line} của {path}.",
        "en": "No {code} finding on line {line} of {path}.",
    },
    "suppress.written": {
        "vi": "Đã ghi {count} mục vào {path}",
        "en": "Wrote {count} entries to {path}",
    },
    "progress": {"vi": "Đang kiểm tra", "en": "Checking"},
}


def t(key: str, lang: str = "vi", **values: object) -> str:
    entry = STRINGS[key]
    return (entry.get(lang) or entry["vi"]).format(**values)
