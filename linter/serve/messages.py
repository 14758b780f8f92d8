"""What the desk says: the server's errors and the page's labels, Vietnamese first, English
with ?lang=en (the CLI's own strings stay in linter.i18n)."""

from __future__ import annotations

LANGS = ("vi", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # -- the upload
    "upload.too_large": {
        "vi": "Dữ liệu tải lên vượt quá {limit} MB. Hãy gửi ít tệp hơn mỗi lần.",
        "en": "The upload is larger than {limit} MB. Send fewer files at a time.",
    },
    "upload.too_many": {
        "vi": "Quá nhiều tệp: mỗi lần gửi tối đa {limit} tệp.",
        "en": "Too many files: at most {limit} files at a time.",
    },
    "upload.file_too_large": {
        "vi": "Tệp “{name}” lớn hơn {limit} MB, giới hạn cho một tệp (như lệnh camket check).",
        "en": "The file “{name}” is larger than {limit} MB, the limit for one file (as in camket check).",
    },
    "upload.bad_name": {
        "vi": "Tên tệp không an toàn: “{name}” ({reason}). Không tệp nào được xử lý.",
        "en": "Unsafe file name: “{name}” ({reason}). No file was processed.",
    },
    "upload.duplicate": {
        "vi": "Tệp “{name}” được gửi hai lần, hoặc trùng tên với một thư mục.",
        "en": "The file “{name}” was sent twice, or has the name of a folder.",
    },
    "upload.malformed": {
        "vi": "Dữ liệu gửi lên không đúng dạng multipart/form-data (trường “files”).",
        "en": "The request is not multipart/form-data (field “files”).",
    },
    "upload.unknown_field": {
        "vi": "Trường “{field}” không được hỗ trợ: chỉ có “files” (các tệp) và “config” (camket.yaml).",
        "en": "Unknown field “{field}”: only “files” (the documents) and “config” (camket.yaml).",
    },
    "upload.config_twice": {
        "vi": "Chỉ gửi một tệp cấu hình camket.yaml.",
        "en": "Send one camket.yaml only.",
    },
    "upload.empty": {
        "vi": "Chưa có tệp nào được gửi.",
        "en": "No file was sent.",
    },
    "upload.disk": {
        "vi": "Máy chủ không ghi được tệp tải lên vào thư mục tạm ({error}).",
        "en": "The server could not store the upload in its temporary folder ({error}).",
    },
    "upload.interrupted": {
        "vi": "Việc tải lên bị ngắt giữa chừng.",
        "en": "The upload was cut short.",
    },
    # why a name is unsafe
    "name.parent": {"vi": "có “..” trỏ ra ngoài thư mục", "en": "“..” leads out of the folder"},
    "name.absolute": {"vi": "đường dẫn tuyệt đối", "en": "an absolute path"},
    "name.drive": {"vi": "có tên ổ đĩa", "en": "a drive letter"},
    "name.backslash": {"vi": "có dấu “\\”", "en": "a backslash"},
    "name.control": {"vi": "có ký tự điều khiển", "en": "a control character"},
    "name.empty": {"vi": "tên rỗng hoặc có “//”", "en": "an empty name or “//”"},
    "name.dot": {"vi": "có thành phần “.”", "en": "a “.” component"},
    "name.long": {"vi": "tên quá dài", "en": "a name too long"},
    "name.deep": {"vi": "quá nhiều tầng thư mục", "en": "too many folder levels"},
    # -- a folder sent as a .zip
    "zip.broken": {
        "vi": "Tệp nén “{name}” bị hỏng hoặc không phải tệp .zip ({detail}).",
        "en": "The archive “{name}” is damaged or not a .zip file ({detail}).",
    },
    "zip.encrypted": {
        "vi": "Tệp nén “{name}” có mật khẩu: hãy nén lại không đặt mật khẩu.",
        "en": "The archive “{name}” is password-protected: pack it again without a password.",
    },
    "zip.symlink": {
        "vi": "Tệp nén “{name}” chứa lối tắt (symlink) “{member}”: không được phép.",
        "en": "The archive “{name}” holds a symbolic link “{member}”: not allowed.",
    },
    "zip.special": {
        "vi": "Tệp nén “{name}” chứa “{member}” không phải tệp hay thư mục thường.",
        "en": "The archive “{name}” holds “{member}”, neither a plain file nor a folder.",
    },
    "zip.bad_member": {
        "vi": "Tệp nén “{name}” chứa tên không an toàn “{member}” ({reason}).",
        "en": "The archive “{name}” holds an unsafe name “{member}” ({reason}).",
    },
    "zip.duplicate": {
        "vi": "Tệp nén “{name}” chứa “{member}” trùng với một tệp hay thư mục đã có.",
        "en": "The archive “{name}” holds “{member}”, which clashes with a file or folder already there.",
    },
    "zip.unpacked_too_large": {
        "vi": "Tệp nén “{name}” giải nén ra hơn {limit} MB (giới hạn như với tệp Word).",
        "en": "The archive “{name}” unpacks to more than {limit} MB (the limit of a Word file).",
    },
    "zip.member_too_large": {
        "vi": "Tệp “{member}” trong “{name}” lớn hơn {limit} MB, giới hạn cho một tệp.",
        "en": "The file “{member}” in “{name}” is larger than {limit} MB, the limit for one file.",
    },
    "zip.ratio": {
        "vi": "Tệp “{member}” trong “{name}” bị nén tới {ratio} lần: giống bom zip, không giải nén.",
        "en": "The file “{member}” in “{name}” is packed {ratio} times: like a zip bomb, not unpacked.",
    },
    # -- the check
    "check.no_files": {
        "vi": "Trong các tệp đã gửi không có văn bản nào kiểm tra được (.docx, .odt, .pdf, .txt).",
        "en": "None of the files sent is a document camket checks (.docx, .odt, .pdf, .txt).",
    },
    "check.config": {
        "vi": "Tệp cấu hình camket.yaml có lỗi: {error}",
        "en": "The camket.yaml configuration has an error: {error}",
    },
    "check.config_outside": {
        "vi": "camket.yaml trỏ ra ngoài thư mục đã gửi: “{path}” (mục {entry}).",
        "en": "camket.yaml points outside the folder sent: “{path}” (key {entry}).",
    },
    "check.rule": {
        "vi": "camket.yaml chọn hoặc bỏ một luật không có: “{code}”.",
        "en": "camket.yaml selects or ignores a rule that does not exist: “{code}”.",
    },
    "check.failed": {
        "vi": "Lỗi nội bộ của camket khi kiểm tra ({detail}). Đây là lỗi của chương trình, không phải của tệp: xin báo cho người phát triển.",
        "en": "camket internal error while checking ({detail}). This is a bug in camket, not a fault of the files: please report it.",
    },
    "check.memory": {
        "vi": "Máy chủ hết bộ nhớ khi kiểm tra: hãy gửi ít tệp hơn mỗi lần.",
        "en": "The server ran out of memory while checking: send fewer files at a time.",
    },
    # -- access
    "auth.required": {
        "vi": "Cần mã truy cập: mở trang bằng địa chỉ có “?token=…” mà người chạy camket serve đã đưa.",
        "en": "An access token is required: open the page with the “?token=…” address given by whoever runs camket serve.",
    },
    "not_found": {"vi": "Không có trang này.", "en": "No such page."},
    "method": {"vi": "Phương thức không được hỗ trợ.", "en": "Method not allowed."},
    # -- the command
    "serve.running": {
        "vi": "camket đang chạy tại {url} — mở địa chỉ này trong trình duyệt (Chrome, Edge, Firefox).",
        "en": "camket is running at {url} — open this address in a browser (Chrome, Edge, Firefox).",
    },
    "serve.lan": {
        "vi": "Máy khác trong mạng nội bộ mở: {url}",
        "en": "Other computers on the local network open: {url}",
    },
    "serve.stop": {
        "vi": "Các tệp gửi lên chỉ nằm trong thư mục tạm và bị xóa ngay sau mỗi lần kiểm tra. Nhấn Ctrl-C để dừng.",
        "en": "Uploaded files stay in a temporary folder, deleted right after each check. Press Ctrl-C to stop.",
    },
    "serve.token_required": {
        "vi": "Địa chỉ {host} cho phép máy khác trong mạng truy cập: cần đặt mã truy cập bằng --token (ví dụ --token {example}). Chỉ dùng trên máy này thì bỏ --host.",
        "en": "The address {host} lets other computers connect: set an access token with --token (e.g. --token {example}). For this computer only, leave out --host.",
    },
    "serve.token_short": {
        "vi": "Mã truy cập (--token) cần ít nhất {length} ký tự.",
        "en": "The access token (--token) needs at least {length} characters.",
    },
    "serve.missing": {
        "vi": 'camket serve cần thêm thư viện web ({missing}). Cài bằng lệnh:  pip install "camket[serve]"',
        "en": 'camket serve needs the web libraries ({missing}). Install them with:  pip install "camket[serve]"',
    },
    "serve.bind": {
        "vi": "Không mở được cổng {port} trên {host}: {reason}. Hãy chọn cổng khác bằng --port.",
        "en": "Could not open port {port} on {host}: {reason}. Choose another port with --port.",
    },
}


def say(key: str, lang: str = "vi", **values: object) -> str:
    entry = MESSAGES[key]
    return (entry.get(lang) or entry["vi"]).format(**values)


def lang_of(value: str | None) -> str:
    """The language a request asked for (?lang=en), Vietnamese otherwise."""
    return value if value in LANGS else "vi"
