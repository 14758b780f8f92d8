// The desk page: choose files (or a folder, or a .zip), send them to /check, follow the
// progress, then show the findings with filters, the full HTML report and the downloads.
// Plain script, no library: it runs offline on any office browser.
"use strict";

(function () {
  const settings = JSON.parse(document.getElementById("desk-settings").textContent);
  const words = settings.texts;
  const $ = (id) => document.getElementById(id);
  const chosen = new Map(); // relative path -> File
  let skipped = [];
  let config = null;
  let downloads = [];

  function say(key, values) {
    return (words[key] || key).replace(/\{(\w+)\}/g, (_, name) =>
      values && name in values ? String(values[name]) : "{" + name + "}");
  }

  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(bytes < 10485760 ? 1 : 0);
  }

  function suffix(name) {
    const dot = name.lastIndexOf(".");
    return dot < 0 ? "" : name.slice(dot).toLowerCase();
  }

  function wanted(path) {
    const name = path.split("/").pop();
    return settings.suffixes.includes(suffix(name)) || settings.sidecars.includes(name);
  }

  function add(path, file) {
    if (wanted(path)) chosen.set(path, file);
    else skipped.push(path);
  }

  // ------------------------------------------------------------ choosing

  function showSelection() {
    let total = 0;
    chosen.forEach((file) => { total += file.size; });
    $("selection").textContent = chosen.size
      ? say("selected", { count: chosen.size, size: megabytes(total) })
      : say("none_selected");
    const skip = $("skipped");
    skip.hidden = skipped.length === 0;
    skip.textContent = skipped.length
      ? say("skipped", { count: skipped.length, names: skipped.slice(0, 8).join(", ") +
          (skipped.length > 8 ? ", …" : "") })
      : "";
    const problem = limitProblem(total);
    showError(problem);
    $("run").disabled = chosen.size === 0 || Boolean(problem);
  }

  function limitProblem(total) {
    const limits = settings.limits;
    if (chosen.size > limits.files) return say("too_many", { limit: limits.files });
    if (total > limits.total_bytes) return say("too_large", { limit: megabytes(limits.total_bytes) });
    for (const [path, file] of chosen) {
      if (file.size > limits.file_bytes && suffix(path) !== ".zip") {
        return say("file_too_large", { name: path, limit: megabytes(limits.file_bytes) });
      }
    }
    return "";
  }

  function showError(message) {
    const box = $("error");
    box.hidden = !message;
    box.textContent = message || "";
  }

  $("files").addEventListener("change", (event) => {
    for (const file of event.target.files) add(file.name, file);
    event.target.value = "";
    showSelection();
  });

  $("folder").addEventListener("change", (event) => {
    for (const file of event.target.files) add(file.webkitRelativePath || file.name, file);
    event.target.value = "";
    showSelection();
  });

  $("config").addEventListener("change", (event) => {
    config = event.target.files[0] || null;
  });

  $("clear").addEventListener("click", () => {
    chosen.clear();
    skipped = [];
    config = null;
    $("config").value = "";
    $("results").hidden = true;
    $("progress").hidden = true;
    showSelection();
  });

  function readEntries(reader) {
    return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
  }

  async function walk(entry) {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      add(entry.fullPath.replace(/^\/+/, ""), file);
      return;
    }
    if (!entry.isDirectory) return;
    const reader = entry.createReader();
    for (;;) {
      const batch = await readEntries(reader); // a folder comes in batches of 100
      if (!batch.length) break;
      for (const child of batch) await walk(child);
    }
  }

  const drop = $("drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const entries = [...event.dataTransfer.items]
      .map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null))
      .filter(Boolean);
    if (entries.length) {
      for (const entry of entries) await walk(entry);
    } else {
      for (const file of event.dataTransfer.files) add(file.name, file);
    }
    showSelection();
  });

  // ------------------------------------------------------------ sending

  function progress(fraction, text) {
    $("progress").hidden = false;
    const bar = $("bar");
    if (fraction === null) bar.removeAttribute("value");
    else bar.value = Math.round(fraction * 100);
    $("status").textContent = text;
  }

  function errorOf(xhr) {
    try {
      return JSON.parse(xhr.responseText).error.message;
    } catch (_) {
      return xhr.status ? xhr.status + " " + xhr.statusText : say("network");
    }
  }

  $("run").addEventListener("click", () => {
    const form = new FormData();
    chosen.forEach((file, path) => form.append("files", file, path));
    if (config) form.append("config", config, "camket.yaml");
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/check?lang=" + encodeURIComponent(settings.lang));
    if (settings.token) xhr.setRequestHeader("Authorization", "Bearer " + settings.token);
    const results = {};
    let read = 0;
    const consume = () => {
      if (xhr.status !== 200) return;
      const text = xhr.responseText;
      let end;
      while ((end = text.indexOf("\n", read)) >= 0) {
        const line = text.slice(read, end);
        read = end + 1;
        if (line) handle(JSON.parse(line), results);
      }
    };
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        const percent = Math.round((100 * event.loaded) / event.total);
        progress(event.loaded / event.total, say("uploading", { percent }));
      }
    };
    xhr.upload.onload = () => progress(null, say("waiting"));
    xhr.onprogress = consume;
    xhr.onload = () => {
      $("run").disabled = false;
      if (xhr.status !== 200) {
        $("progress").hidden = true;
        showError(say("error", { message: errorOf(xhr) }));
        return;
      }
      consume();
      if (results.error) {
        $("progress").hidden = true;
        showError(say("error", { message: results.error }));
      } else if (results.report) {
        show(results);
      }
    };
    xhr.onerror = () => {
      $("run").disabled = false;
      $("progress").hidden = true;
      showError(say("network"));
    };
    showError("");
    $("results").hidden = true;
    $("run").disabled = true;
    progress(0, say("uploading", { percent: 0 }));
    xhr.send(form);
  });

  function handle(event, results) {
    switch (event.event) {
      case "progress":
        progress(event.total ? event.done / event.total : null,
          say("checking", { done: event.done, total: event.total }));
        break;
      case "stage":
        progress(null, say(event.stage));
        break;
      case "report":
        results.json = event.json;
        results.report = JSON.parse(event.json);
        results.people = event.people;
        break;
      case "html":
        results.html = event.html;
        break;
      case "xlsx":
        results.xlsx = event.base64;
        break;
      case "annotated":
        results.annotated = event.base64;
        break;
      case "error":
        results.error = event.message;
        break;
      default:
        break;
    }
  }

  // ------------------------------------------------------------ results

  function bytesOf(base64) {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  function offer(id, data, type) {
    const link = $(id);
    if (data === undefined || data === null) {
      link.hidden = true;
      return;
    }
    const url = URL.createObjectURL(new Blob([data], { type }));
    downloads.push(url);
    link.href = url;
    link.hidden = false;
  }

  function personOf(path, people) {
    const person = people[path];
    return person && person.name ? person.name : path.split("/").pop().replace(/\.[^.]*$/, "");
  }

  function cell(row, text, className) {
    const td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "" : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function fillSelect(id, values, label) {
    const select = $(id);
    while (select.options.length > 1) select.remove(1);
    for (const value of values) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = label ? label(value) : value;
      select.appendChild(option);
    }
    select.value = "";
  }

  const SEVERITIES = ["error", "warning", "info"];

  function show(results) {
    downloads.forEach((url) => URL.revokeObjectURL(url));
    downloads = [];
    const report = results.report;
    const people = results.people || {};
    $("progress").hidden = true;
    $("summary").textContent = say("done", {
      files: report.summary.files, findings: report.summary.findings });
    offer("download-html", results.html, "text/html;charset=utf-8");
    offer("download-xlsx", results.xlsx ? bytesOf(results.xlsx) : null,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    offer("download-json", results.json, "application/json;charset=utf-8");
    offer("download-annotated", results.annotated ? bytesOf(results.annotated) : null,
      "application/zip");

    const persons = new Map();
    for (const file of report.files) {
      const name = personOf(file.path, people);
      if (!persons.has(name)) persons.set(name, new Set());
      persons.get(name).add(file.path);
    }
    results.entries = report.findings.map((finding) => ({
      finding, person: personOf(finding.path, people) }));
    const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
    const severities = SEVERITIES.filter((s) => report.findings.some((f) => f.severity === s));
    fillSelect("filter-person", [...persons.keys()].sort((a, b) => a.localeCompare(b, settings.lang)));
    fillSelect("filter-rule", rules);
    fillSelect("filter-severity", severities, (s) => say("severity." + s));
    results.persons = persons;
    current = results;
    $("results").hidden = false;
    applyFilters();
    embedReport(results.html || "");
  }

  // The full report in place; a large one only on request (parsing tens of megabytes of
  // HTML keeps the browser busy for minutes, while the table above is usable at once).
  function embedReport(html) {
    const frame = $("report");
    const button = $("open-report");
    const load = () => {
      button.hidden = true;
      $("large-report").hidden = true;
      frame.hidden = false;
      frame.onload = applyFilters;
      frame.srcdoc = html;
    };
    frame.removeAttribute("srcdoc");
    if (html.length <= settings.embed_chars) {
      load();
      return;
    }
    frame.hidden = true;
    $("large-report").hidden = false;
    button.hidden = false;
    button.onclick = load;
  }

  let current = null;

  function rowOf(entry) {
    const finding = entry.finding;
    const row = document.createElement("tr");
    row.dataset.person = entry.person;
    row.dataset.rule = finding.rule;
    row.dataset.severity = finding.severity;
    row.className = "s-" + finding.severity;
    cell(row, entry.person, "person");
    cell(row, finding.path, "path");
    cell(row, finding.line, "n");
    cell(row, finding.rule, "rule");
    cell(row, say("severity." + finding.severity), "severity");
    const message = cell(row, finding.message, "message");
    if (finding.excerpt) {
      const quote = document.createElement("q");
      quote.textContent = finding.excerpt;
      message.appendChild(document.createElement("br"));
      message.appendChild(quote);
    }
    cell(row, finding.suggestion, "suggestion");
    return row;
  }

  // The table holds the findings that match the filters, the first settings.table_rows of
  // them: a batch of hundreds of files has tens of thousands, which no one reads unfiltered.
  function applyFilters() {
    if (!current) return;
    const person = $("filter-person").value;
    const rule = $("filter-rule").value;
    const severity = $("filter-severity").value;
    const matching = current.entries.filter((entry) =>
      (!person || entry.person === person) && (!rule || entry.finding.rule === rule) &&
      (!severity || entry.finding.severity === severity));
    const rows = document.createDocumentFragment();
    for (const entry of matching.slice(0, settings.table_rows)) rows.appendChild(rowOf(entry));
    const body = $("findings").tBodies[0];
    body.textContent = "";
    body.appendChild(rows);
    const shown = Math.min(matching.length, settings.table_rows);
    const total = current.entries.length;
    $("shown").textContent = !total ? say("no_findings")
      : matching.length > shown ? say("capped", { shown, matching: matching.length, total })
        : say("shown", { shown, total });
    filterReport(person ? current.persons.get(person) : null, rule, severity);
  }

  // The embedded report is the one `camket check --format html` writes; the same filters
  // hide its other documents and notes (best effort: it stays whole if its layout changes).
  function filterReport(paths, rule, severity) {
    let doc = null;
    try {
      doc = $("report").contentDocument;
    } catch (_) {
      return;
    }
    if (!doc || !doc.body) return;
    for (const article of doc.querySelectorAll("article.doc")) {
      const path = article.querySelector(".path");
      const keep = !paths || !path || paths.has(path.textContent);
      article.style.display = keep ? "" : "none";
    }
    for (const note of doc.querySelectorAll(".finding")) {
      const code = note.querySelector("code");
      const level = [...note.classList].find((name) => name.startsWith("s-"));
      const keep = (!rule || !code || code.textContent === rule) &&
        (!severity || !level || level === "s-" + severity);
      note.style.display = keep ? "" : "none";
    }
  }

  for (const id of ["filter-person", "filter-rule", "filter-severity"]) {
    $(id).addEventListener("change", applyFilters);
  }

  showSelection();
})();
