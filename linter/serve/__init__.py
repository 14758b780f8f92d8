"""`camket serve`: the secretary's desk, a local web page over the same checks as `camket check`.

Nothing here imports the web stack at import time: `command` (the click command) loads it when
the server starts, so `camket --version` stays fast and a camket without the `serve` extra
still runs every other command.

- `limits`: how much one request may bring, and the refusal it gets past that;
- `names`: which relative paths an upload or a zip member may have;
- `upload`: the request's private folder, and the multipart body streamed into it;
- `unzip`: a folder sent as a .zip, unpacked under the zip-bomb rules of linter.read.container;
- `job`: the check itself, run in a child process inside the uploaded folder;
- `runner`: starts that child, relays its progress, stops it when the client leaves;
- `app`: the Starlette application (page, JSON API, token);
- `server`: uvicorn on a checked address; `command`: the `camket serve` command.
"""
