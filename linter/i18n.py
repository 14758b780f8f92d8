"""User-facing strings of the CLI and reporters, Vietnamese first (rule messages live in the rules).

Besides camket's own strings (STRINGS, looked up by key with `t`), two gettext-style tables
translate text written in the other language (`translate`): click's own messages (its
gettext message ids) into Vietnamese, and the Vietnamese help texts of camket's commands and
options into English. The language of the run (`speaking`) decides which applies."""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Iterator
from contextvars import ContextVar

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
    "summary.files.all_read": {
        "vi": "Đã kiểm tra {files} tệp.",
        "en": "Checked {files} files.",
    },
    "summary.files.one": {"vi": "Đã kiểm tra 1 tệp.", "en": "Checked 1 file."},
    "summary.skipped": {
        "vi": "Không kiểm tra {count} tệp khác tìm thấy trong thư mục:",
        "en": "{count} other files found in the folders were not checked:",
    },
    "summary.skipped.image": {
        "vi": (
            "{count} tệp ảnh ({suffixes}): ảnh chụp hoặc bản quét không có chữ để đọc; hãy đánh "
            "máy lại hoặc nhận dạng chữ (OCR) thành .docx rồi kiểm tra lại"
        ),
        "en": (
            "{count} image files ({suffixes}): photos or scans have no text to read; type them "
            "again or run OCR into a .docx, then check again"
        ),
    },
    "summary.skipped.markdown": {
        "vi": "{count} tệp .md: tệp .md chỉ được kiểm tra khi nêu tên tệp trong lệnh",
        "en": "{count} .md files: a .md file is checked only when named on the command line",
    },
    "summary.skipped.other": {
        "vi": "{count} tệp loại khác ({suffixes}): camket chỉ đọc .txt, .docx, .odt, .pdf",
        "en": "{count} files of other types ({suffixes}): camket reads .txt, .docx, .odt, .pdf",
    },
    "summary.skipped.paths": {"vi": "ví dụ {paths}{more}", "en": "e.g. {paths}{more}"},
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
    "error.lang_env": {
        "vi": "Biến môi trường CAMKET_LANG={value} không hợp lệ: chỉ dùng vi hoặc en.",
        "en": "The environment variable CAMKET_LANG={value} is not valid: use vi or en.",
    },
    "error.no_files": {
        "vi": "Không tìm thấy tệp nào để kiểm tra (.txt, .docx, .odt, .pdf) trong: {paths}",
        "en": "No files to check (.txt, .docx, .odt, .pdf) in: {paths}",
    },
    "error.summary_only": {
        "vi": "--summary-only chỉ dùng với --format html (định dạng đang chọn: {format}).",
        "en": "--summary-only goes with --format html only (the format chosen: {format}).",
    },
    "error.html_too_large": {
        "vi": "Báo cáo HTML cho {files} tệp sẽ quá lớn để mở trong trình duyệt (tối đa {limit} tệp "
        "mỗi báo cáo HTML). Hãy dùng định dạng khác cho lô lớn (--format xlsx, csv hoặc json), "
        "hoặc kiểm tra ít tệp hơn, ví dụ từng đảng bộ xã hay từng chi bộ một.",
        "en": "An HTML report of {files} files would be too large to open in a browser (at most "
        "{limit} files per HTML report). Use another format for a large batch (--format xlsx, "
        "csv or json), or check fewer files, e.g. one commune or one cell at a time.",
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
    "output.written": {
        "vi": "Đã ghi báo cáo vào {path}",
        "en": "Wrote the report to {path}",
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
    "rules.did_you_mean": {"vi": "Bạn có muốn dùng {code}?", "en": "Did you mean {code}?"},
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


# Click's own messages (its gettext message ids, as click 8.5 writes them) in Vietnamese. Click
# fills the fields; `{name!r}` in an id quotes the value, so the translation quotes it too.
# Vietnamese does not inflect for number: both forms of an ngettext pair get one sentence.
CLICK_VI: dict[str, str] = {
    # help pages
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Positional arguments": "Tham số",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Hiện số phiên bản rồi thoát.",
    "%(prog)s, version %(version)s": "%(prog)s, phiên bản %(version)s",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "required": "bắt buộc",
    "(dynamic)": "(tính khi chạy)",
    "deprecated": "không còn dùng",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": (
        "Cảnh báo: lệnh '{name}' không còn được dùng.{extra_message}"
    ),
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": (
        "Cảnh báo: '{name}' không còn được dùng.{extra_message}"
    ),
    # usage errors
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Gõ '{command} {option}' để xem hướng dẫn.",
    "Aborted!": "Đã dừng.",
    "Missing command.": "Thiếu tên lệnh.",
    "No such command {name!r}.": "Không có lệnh '{name}'.",
    "No such option {name!r}.": "Không có tùy chọn '{name}'.",
    "Did you mean {possibility}?": "Bạn có muốn dùng {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bạn có muốn dùng một trong: {possibilities}?)",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing {param_type}": "Thiếu {param_type}",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Got unexpected extra argument ({args})": "Thừa tham số không dùng đến: {args}.",
    "Got unexpected extra arguments ({args})": "Thừa tham số không dùng đến: {args}.",
    "Option {name!r} does not take a value.": "Tùy chọn '{name}' không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn '{name}' cần một giá trị đi kèm.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn '{name}' cần {nargs} giá trị đi kèm.",
    "Argument {name!r} takes {nargs} values.": "Tham số '{name}' cần {nargs} giá trị.",
    "Invalid start character for option ({option})": (
        "Tùy chọn bắt đầu bằng ký tự không hợp lệ ({option})"
    ),
    "Takes {nargs} values but 1 was given.": "Cần {nargs} giá trị nhưng chỉ có 1.",
    "Takes {nargs} values but {len} were given.": "Cần {nargs} giá trị nhưng có {len}.",
    "{len_type} values are required, but {len_value} was given.": (
        "Cần {len_type} giá trị nhưng có {len_value}."
    ),
    "{len_type} values are required, but {len_value} were given.": (
        "Cần {len_type} giá trị nhưng có {len_value}."
    ),
    "Value must be an iterable.": "Giá trị phải là một dãy.",
    # values of a given type
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{value!r} is not {choice}.": "'{value}' không hợp lệ: chỉ chọn được {choice}.",
    "{value!r} is not one of {choices}.": "'{value}' không có trong các lựa chọn {choices}.",
    "{value!r} is not a valid {number_type}.": "'{value}' không phải là một số hợp lệ.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng cho phép ({range}).",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "'{value}' không phải giá trị có/không hợp lệ. Các giá trị hiểu được: {states}"
    ),
    "{value!r} is not a valid UUID.": "'{value}' không phải một UUID hợp lệ.",
    "{value!r} does not match the format {format}.": "'{value}' không đúng định dạng {format}.",
    "{value!r} does not match the formats {formats}.": (
        "'{value}' không đúng định dạng nào trong {formats}."
    ),
    "{name} {filename!r} does not exist.": "Không tìm thấy '{filename}': đường dẫn không tồn tại.",
    "{name} {filename!r} is a file.": "'{filename}' là một tệp, ở đây cần một thư mục.",
    "{name} {filename!r} is a directory.": "'{filename}' là một thư mục, ở đây cần một tệp.",
    "{name} {filename!r} is not readable.": "Không có quyền đọc '{filename}'.",
    "{name} {filename!r} is not writable.": "Không có quyền ghi vào '{filename}'.",
    "{name} {filename!r} is not executable.": "Không có quyền chạy '{filename}'.",
    "Could not open file {filename!r}: {message}": "Không mở được tệp '{filename}': {message}",
    "unknown error": "lỗi không rõ",
    "file": "tệp",
    "directory": "thư mục",
    "path": "đường dẫn",
    # prompts and the terminal
    "Do you want to continue?": "Bạn có muốn tiếp tục không?",
    "Confirm the action without prompting.": "Xác nhận luôn, không hỏi lại.",
    "Repeat for confirmation": "Nhập lại để xác nhận",
    "Error: The two entered values do not match.": "Lỗi: hai lần nhập không khớp nhau.",
    "Error: invalid input": "Lỗi: giá trị nhập không hợp lệ",
    "Press any key to continue...": "Nhấn phím bất kỳ để tiếp tục...",
    "d": " ngày",
    "{editor}: Editing failed": "{editor}: không sửa được",
    "{editor}: Editing failed: {e}": "{editor}: không sửa được: {e}",
    "Windows error: {error}": "Lỗi Windows: {error}",
    "Shell completion is not supported for Bash versions older than 4.4.": (
        "Không hỗ trợ gợi ý lệnh cho Bash cũ hơn bản 4.4."
    ),
    "Couldn't detect Bash version, shell completion is not supported.": (
        "Không xác định được phiên bản Bash: không hỗ trợ gợi ý lệnh."
    ),
    # the placeholders of a usage line (click's, then those of camket's arguments)
    "[OPTIONS]": "[TÙY_CHỌN]",
    "COMMAND [ARGS]...": "LỆNH [THAM_SỐ]...",
    "TEXT": "CHUỖI",
    "INTEGER": "SỐ_NGUYÊN",
    "INTEGER RANGE": "SỐ_NGUYÊN",
    "FLOAT": "SỐ",
    "FLOAT RANGE": "SỐ",
    "FILE": "TỆP",
    "DIRECTORY": "THƯ_MỤC",
    "PATH": "ĐƯỜNG_DẪN",
    "PATHS...": "ĐƯỜNG_DẪN...",
    "DOCUMENT": "TỆP",
    "CODE": "MÃ",
    "FOLDER": "THƯ_MỤC",
    "CORPUS": "KHO",
    "ARCHIVE": "TỆP_LƯU_TRỮ",
    "OUT_DIR": "THƯ_MỤC_GHI",
}

# The help texts of camket's commands and options (written in Vietnamese) in English.
HELP_EN: dict[str, str] = {
    'Chạy trên cụm Dask: địa chỉ bộ lập lịch (tcp://máy:8786), hoặc local / local:N (cụm N máy trạm trên máy này). Các máy trạm tự đọc tệp: đường dẫn phải như nhau trên mọi máy. Cần cài thêm: pip install "camket[dask]".': (
        'Run on a Dask cluster: the scheduler\'s address (tcp://host:8786), or local / local:N (a cluster of N workers on this machine). The workers read the files themselves: paths must be the same on every machine. Needs: pip install "camket[dask]".'
    ),
    "Mở trang web kiểm tra bản cam kết trên máy này: kéo thả tệp hoặc cả thư mục, xem báo cáo, tải về HTML, Excel, JSON. Tệp gửi lên chỉ nằm trong thư mục tạm và bị xóa sau mỗi lần kiểm tra.": (
        "Open the commitment checker as a web page on this computer: drop files or whole folders, read the report, download HTML, Excel, JSON. Uploaded files stay in a temporary folder, deleted after each check."
    ),
    "Địa chỉ lắng nghe. Mặc định chỉ máy này; 0.0.0.0 cho cả mạng nội bộ (cần --token).": (
        "Address to listen on. By default this computer only; 0.0.0.0 for the whole local network (needs --token)."
    ),
    "Cổng (0: một cổng còn trống).": ("Port (0: any free port)."),
    "Mở trang trong trình duyệt.": ("Open the page in the browser."),
    "Mã truy cập mà mọi yêu cầu phải mang (bắt buộc khi mở cho máy khác; có thể đặt bằng biến môi trường CAMKET_TOKEN).": (
        "Access code every request must carry (required when other computers may connect; may be set with the CAMKET_TOKEN environment variable)."
    ),
    "Tệp lưu trữ các năm trước (camket archive add): báo bản cam kết, kế hoạch lặp lại bản của năm trước.": (
        "Archive of earlier years (camket archive add): report commitments and plans that repeat an earlier year's."
    ),
    "Kiểm tra ĐƯỜNG_DẪN như camket check và ghi vào THƯ_MỤC_GHI bản sao .docx của từng tệp có phát hiện, mỗi phát hiện là một ghi chú (comment) của Word. Tệp gốc không bị sửa.\n\nTệp .docx giữ tên; tệp .odt, .txt được chuyển thành .docx mang thêm đuôi (a.txt → a.txt.docx). Mã thoát như camket check.": (
        "Check PATHS as camket check does and write to OUT_DIR a .docx copy of each file with findings, one Word comment per finding. The originals are not changed.\n\nA .docx keeps its name; .odt and .txt files become .docx with the suffix added (a.txt → a.txt.docx). Exit codes as camket check."
    ),
    "Thư mục ghi các bản có ghi chú (phải nằm ngoài các thư mục đầu vào).": (
        "Folder for the annotated copies (must be outside the input folders)."
    ),
    "Không hiện thanh tiến độ.": ("Show no progress bar."),
    "Lưu các bản cam kết, kế hoạch đã kiểm tra theo từng năm vào một tệp SQLite, để các lần kiểm tra sau đối chiếu với năm trước (camket check --archive TỆP).": (
        "Keep checked commitments and plans year by year in an SQLite file, so later checks compare with earlier years (camket check --archive FILE)."
    ),
    "Kiểm tra ĐƯỜNG_DẪN rồi lưu từng văn bản (đơn vị, người viết, loại, năm, ngày, nội dung, dấu vân tay, phát hiện) vào tệp lưu trữ TỆP_LƯU_TRỮ (tạo mới nếu chưa có). Cả lượt được ghi trong một giao dịch: bị dừng giữa chừng thì tệp lưu trữ vẫn như cũ. Một tệp đã lưu cho cùng năm được thay bằng bản mới.": (
        "Check PATHS, then record each document (unit, writer, kind, year, date, text, fingerprints, findings) in the archive ARCHIVE (made if missing). The whole batch is one transaction: stopped midway, the archive stays as it was. A file already archived for the same year is replaced."
    ),
    "Không in tóm tắt và thanh tiến độ.": ("Print no summary and no progress bar."),
    "Liệt kê theo năm và đơn vị: số bản cam kết, số bản có mục chung chung, có sao chép, sai ngày, số kế hoạch.": (
        "List by year and unit: commitments, those with vague items, with copies, with date errors, and plans."
    ),
    "Định dạng danh sách: bảng chữ (text) hoặc JSON.": ("List format: a text table or JSON."),
    "Xóa mọi văn bản của một năm khỏi tệp lưu trữ.": (
        "Remove every document of one year from the archive."
    ),
    "Năm cần xóa khỏi tệp lưu trữ.": ("The year to remove from the archive."),
    "camket: kiểm tra bản cam kết tu dưỡng, rèn luyện, phấn đấu của đảng viên và kế hoạch của "
    "chi bộ.\n\nPhát hiện cam kết chung chung, đoạn sao chép giữa các bản cam kết và ngày tháng "
    "sai thứ tự.": (
        "camket: checks party members' commitments (bản cam kết tu dưỡng, rèn luyện, phấn đấu) "
        "and their cells' plans.\n\nFinds vague commitments, passages copied between "
        "commitments and dates out of order."
    ),
    "Kiểm tra các tệp .txt, .docx, .odt, .pdf (và .md khi nêu tên) trong ĐƯỜNG_DẪN.\n\n"
    "Mã thoát: 0 không có phát hiện từ mức --fail-on trở lên; 1 có; 2 lỗi cách dùng, cấu hình, "
    "luật hoặc không ghi được kết quả; 3 lỗi nội bộ của camket; 130 bị dừng (Ctrl-C).": (
        "Check the .txt, .docx, .odt and .pdf files (and .md files named) in PATHS.\n\n"
        "Exit codes: 0 no finding at or above --fail-on; 1 some; 2 a usage, config or rule "
        "error, or the report could not be written; 3 a camket internal error; 130 stopped "
        "(Ctrl-C)."
    ),
    "Định dạng kết quả.": "Report format.",
    "Ghi kết quả vào tệp thay vì màn hình.": "Write the report to this file instead of the screen.",
    "Tệp cấu hình (mặc định: camket.yaml gần nhất phía trên thư mục được kiểm tra).": (
        "Config file (default: the nearest camket.yaml above the checked folders)."
    ),
    "Chỉ chạy các luật này (mã, tên hoặc loại; cách nhau bằng dấu phẩy).": (
        "Run only these rules (codes, names or categories, comma-separated)."
    ),
    "Bỏ qua các luật này (mã, tên hoặc loại).": "Skip these rules (codes, names or categories).",
    "Mức nghiêm trọng từ đó trả mã thoát 1 (mặc định: warning).": (
        "The severity from which the exit code is 1 (default: warning)."
    ),
    "Ngôn ngữ thông báo: vi hoặc en (mặc định: vi, hoặc theo biến môi trường CAMKET_LANG).": (
        "Language of the messages: vi or en (default: vi, or the CAMKET_LANG environment variable)."
    ),
    "So sánh sao chép giữa mọi đơn vị (mặc định: chỉ trong từng chi bộ).": (
        "Look for copies across all units (default: within each cell only)."
    ),
    "Báo cáo JSON lần trước: chỉ báo các phát hiện mới so với nó.": (
        "An earlier JSON report: report only the findings it does not have."
    ),
    "Tô màu kết quả văn bản (mặc định: khi in ra màn hình và biến NO_COLOR chưa đặt).": (
        "Colour the text report (default: on a terminal, unless NO_COLOR is set)."
    ),
    "Số tiến trình đọc và kiểm tra từng tệp song song (0: bằng số nhân CPU).": (
        "Processes reading and checking files in parallel (0: one per CPU core)."
    ),
    "Không dùng bộ nhớ đệm kết quả từng tệp (mặc định ở ~/.cache/camket, xóa lúc nào cũng được).": (
        "Do not use the cache of per-file results (~/.cache/camket; safe to delete any time)."
    ),
    "Khi kiểm tra riêng từng tệp: không đọc các văn bản cùng thư mục và thư mục cấp trên để đối "
    "chiếu (ngày, sao chép).": (
        "When checking single files: do not read the documents of their folder and the folders "
        "above to compare with (dates, copies)."
    ),
    "Số giây tối đa cho một tệp; quá thì bỏ qua tệp đó và báo lại (0: không giới hạn).": (
        "Seconds allowed for one file; past that the file is skipped and reported (0: no limit)."
    ),
    "Chỉ in số phát hiện theo từng luật.": "Print only the number of findings of each rule.",
    "Với --format html: chỉ in trang tóm tắt của từng đơn vị, không in toàn văn các văn bản.": (
        "With --format html: print only each unit's summary page, not the documents' full texts."
    ),
    "Chỉ in các phát hiện: không tóm tắt, không thanh tiến độ, không báo nơi đã ghi báo cáo.": (
        "Print the findings only: no summary, no progress bar, no note of where the report went."
    ),
    "Bỏ qua một phát hiện: ghi vào .camket-ignore.yaml bên cạnh tệp (tệp gốc không bị sửa).": (
        "Ignore one finding: write it to .camket-ignore.yaml beside the file (the file itself "
        "is not changed)."
    ),
    "Mã luật của phát hiện cần bỏ qua (ví dụ CK101).": "Rule code of the finding (e.g. CK101).",
    "Dòng (đoạn văn với .docx) của phát hiện.": "Line (paragraph in a .docx) of the finding.",
    "Lý do bỏ qua (bắt buộc, để chi ủy đọc lại sau).": (
        "Why it is ignored (required, for the cell committee to read later)."
    ),
    "Xem và thử các luật.": "List, explain and test the rules.",
    "Liệt kê các luật: mã, loại, mức, tên.": "List the rules: code, category, severity, name.",
    "Giải thích một luật: mô tả, thông báo, gợi ý và ví dụ.": (
        "Explain a rule: description, message, suggestions and examples."
    ),
    "Chạy các ví dụ (bad/good) của các luật trong THƯ_MỤC.": (
        "Run the examples (bad/good) of the rules in FOLDER."
    ),
    "Đo precision/recall theo loại so với nhãn (camket-labels/1), kèm các dòng bỏ sót, phát "
    "hiện nhầm.\n\nDòng “không phrase” đo riêng mô hình đánh giá tính cụ thể (tắt các luật loại "
    "phrase); dòng “chỉ phrase” đo riêng các luật cụm từ — phần còn lại là những câu chung chung "
    "mà không luật cụm từ nào gọi tên.": (
        "Measure precision/recall per category against labels (camket-labels/1), with the "
        "lines missed and the false alarms.\n\nThe “no phrase” row measures the specificity "
        "model alone (phrase rules off); the “phrase only” row the phrase rules alone — the "
        "rest are vague sentences no phrase rule names."
    ),
    "Tệp nhãn (mặc định: KHO/labels.yaml); KHO có thể là một thư mục con của kho.": (
        "Labels file (default: CORPUS/labels.yaml); CORPUS may be a subfolder of the corpus."
    ),
    "Liệt kê từng dòng bỏ sót và phát hiện nhầm.": "List every line missed and every false alarm.",
}


def _normal(text: str) -> str:
    """A help text as a table key: docstring indentation removed, each paragraph on one line
    (click wraps paragraphs itself)."""
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


def _english() -> dict[str, str]:
    """Camket's help texts in English, and click's texts back in English: click makes some of
    them once, in the language of the run that first needs them (the --help option's help)."""
    table = {_normal(source): english for source, english in HELP_EN.items()}
    for english, vietnamese in CLICK_VI.items():
        table.setdefault(vietnamese, english)
    return table


TRANSLATIONS: dict[str, dict[str, str]] = {"vi": CLICK_VI, "en": _english()}

# The language of the run in progress, and whether the user asked for it (--lang, CAMKET_LANG)
# rather than getting the default: a language asked for wins over the one in camket.yaml.
_LANGUAGE: ContextVar[tuple[str, bool] | None] = ContextVar("camket_language", default=None)


def language() -> str:
    """The language of the run in progress (`speaking`), Vietnamese outside any."""
    current = _LANGUAGE.get()
    return current[0] if current else "vi"


def asked_language() -> str | None:
    """The language the user asked for in the run in progress, if they asked."""
    current = _LANGUAGE.get()
    return current[0] if current and current[1] else None


@contextlib.contextmanager
def speaking(asked: str | None) -> Iterator[None]:
    """Within: the run speaks the language asked for, else Vietnamese (click's messages
    included, see click_gettext)."""
    token = _LANGUAGE.set((asked or "vi", asked is not None))
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def translate(text: str, lang: str) -> str:
    """Text written in the other language (click's English, camket's Vietnamese help) in
    `lang`; text the table does not hold stays as it is."""
    return TRANSLATIONS.get(lang, {}).get(text, text)


def translate_help(text: str, lang: str) -> str:
    """A help text (a docstring or an option's help) in `lang`, paragraphs on one line each."""
    return translate(_normal(text), lang) if text else text


def click_gettext(message: str) -> str:
    """Click's `gettext`: its message in the language of the camket run in progress; outside
    a run (click used by another program in this process) click's own English."""
    current = _LANGUAGE.get()
    return translate(message, current[0]) if current else message


def click_ngettext(singular: str, plural: str, count: int) -> str:
    return click_gettext(singular if count == 1 else plural)
