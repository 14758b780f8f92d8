"""The HTML report's stylesheet, inlined into the page (no external asset). System fonts only:
every office machine has a font with Vietnamese letters."""

STYLE = """
:root { --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; --paper:#fff;
  --vague:#fff1a8; --specificity:#ffe0b3; --duplicate:#d8e8ff; --date:#ffd6d6;
  --structure:#e6e0ff; --other:#e8e8e8; --error:#c62828; --warning:#b26a00; --info:#1565c0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f6f8fa;
  font: 15px/1.5 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
header { background: #7b1113; color: #fff; padding: 18px 28px; }
header h1 { margin: 0; font-size: 24px; }
header .generated { margin: 4px 0 0; opacity: .85; }
main { max-width: 1400px; margin: 0 auto; padding: 12px 28px 40px; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 8px 20px 20px; margin: 18px 0; }
h2 { font-size: 20px; border-bottom: 2px solid #7b1113; padding-bottom: 4px; }
h3 { font-size: 17px; margin: 22px 0 4px; }
h4 { font-size: 15px; margin: 16px 0 2px; }
a { color: #0b5cad; text-decoration: none; } a:hover { text-decoration: underline; }
.note { color: var(--muted); margin: 0 0 8px; font-size: 13px; }
.bad { color: var(--error); } .ok { color: #2e7d32; }
table { border-collapse: collapse; }
table.counts th, table.counts td { border: 1px solid var(--line); padding: 3px 10px; }
table.counts th { background: #f0f3f6; font-weight: 600; text-align: left; }
th::first-letter { text-transform: uppercase; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } td.zero { color: #aab; }
/* timeline */
.timeline { border: 1px solid var(--line); border-radius: 6px; padding: 6px 0; }
.tl-row { display: grid; grid-template-columns: minmax(220px, 34%) 1fr; align-items: center;
  border-bottom: 1px dotted #e3e7eb; min-height: 30px; }
.tl-row.wrong { background: #fff3f3; }
.tl-label { padding: 2px 10px; font-size: 13px; }
.tl-label .when { color: var(--muted); font-size: 12px; }
.tl-label .reason { color: var(--error); font-size: 12px; }
.tl-track { position: relative; height: 26px; margin-right: 16px;
  background: linear-gradient(#c9d1d9, #c9d1d9) center / 100% 1px no-repeat; }
.tl-row.axis { border-bottom: 0; min-height: 18px; }
.tl-row.axis .tl-track { background: none; font-size: 11px; color: var(--muted); }
.tl-row.axis .from { position: absolute; left: 0; } .tl-row.axis .to { position: absolute; right: 0; }
.dot { position: absolute; top: 7px; width: 12px; height: 12px; margin-left: -6px;
  border-radius: 50%; border: 2px solid #fff; box-shadow: 0 0 0 1px #556; }
.dot.superior { background: #6a1b9a; } .dot.plan { background: #1565c0; }
.dot.member { background: #2e7d32; } .dot.wrong { background: var(--error); width: 14px;
  height: 14px; top: 6px; box-shadow: 0 0 0 2px var(--error); }
.tag { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; color: #fff; }
.tag.superior { background: #6a1b9a; } .tag.plan { background: #1565c0; }
.tag.member { background: #2e7d32; }
/* heat map */
table.heatmap { font-size: 12px; margin-top: 4px; }
table.heatmap th.row { text-align: left; font-weight: normal; padding: 2px 8px 2px 0;
  white-space: nowrap; }
table.heatmap th.col { width: 34px; color: var(--muted); font-weight: normal; }
table.heatmap td { width: 34px; height: 26px; text-align: center; border: 1px solid #fff;
  font-variant-numeric: tabular-nums; }
table.heatmap td.self { background: #f0f3f6; color: #aab; }
table.heatmap td.copied { outline: 2px solid #222; outline-offset: -2px; font-weight: 700; }
/* copies side by side */
.group { border-left: 4px solid #5b8def; padding: 2px 0 2px 12px; margin: 10px 0 16px; }
.pair { margin: 6px 0 14px; } .pair .why { margin: 2px 0 6px; font-size: 13px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; font-size: 13px; }
.side .who { font-weight: 600; margin-bottom: 4px; } .side .where { color: var(--muted);
  font-weight: normal; }
.same { background: #fff0a0; }
/* documents */
article.doc { border-top: 1px solid var(--line); margin-top: 14px; }
article.doc .path { color: var(--muted); font-weight: normal; font-size: 12px; }
article.doc .meta { color: var(--muted); margin: 0 0 6px; font-size: 13px; }
.doc-text { font-size: 13.5px; }
.line { display: grid; grid-template-columns: 36px minmax(0, 1fr) minmax(0, 42%);
  column-gap: 10px; padding: 1px 0; }
.line .no { color: #aab; text-align: right; font-size: 11px; padding-top: 2px;
  user-select: none; }
.line .text { white-space: pre-wrap; overflow-wrap: anywhere; }
.line.bold .text { font-weight: 600; }
.line.flagged { background: #fcfcf4; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark sup, .finding sup { font-size: 10px; font-weight: 700; color: #333; }
mark.c-vague { background: var(--vague); } mark.c-specificity { background: var(--specificity); }
mark.c-duplicate { background: var(--duplicate); } mark.c-date-order { background: var(--date); }
mark.c-structure, mark.c-format { background: var(--structure); }
mark.c-citation, mark.c-input { background: var(--other); }
mark.s-error { box-shadow: inset 0 -2px 0 var(--error); }
.finding { border-left: 4px solid var(--warning); background: #fafbfc; padding: 4px 8px;
  margin: 2px 0 6px; font-size: 12.5px; border-radius: 0 4px 4px 0; }
.finding.s-error { border-color: var(--error); } .finding.s-info { border-color: var(--info); }
.finding .head code { font-weight: 700; } .finding .sev { color: var(--muted); }
.finding .suggestion { color: #1b5e20; margin-top: 2px; }
.finding .related { color: var(--muted); }
/* a unit's name, its folder below */
h2 .folder, td .folder { display: block; color: var(--muted); font-size: 12px; font-weight: normal; }
table.members td { font-size: 13px; } ul.group-list { margin: 4px 0; padding-left: 20px; }
.echo { border-left: 4px dashed #5b8def; background: #f4f8ff; padding: 4px 8px; margin: 2px 0 6px;
  font-size: 12.5px; border-radius: 0 4px 4px 0; }
.echo .head code { font-weight: 700; } .line.echoed { background: #f4f8ff; }
/* print: each unit's summary on a page of its own, then the details; colours kept */
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 11px; }
  header { background: none; color: #000; border-bottom: 2px solid #7b1113; padding: 0 0 6px; }
  main { padding: 0; max-width: none; }
  section { border: 0; padding: 0; margin: 0; }
  section.unit, section.details { break-before: page; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
  .line, .finding, .echo, .pair, .tl-row, table.heatmap tr, table.members tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  .line { grid-template-columns: 26px minmax(0, 1fr) minmax(0, 40%); }
  /* a unit's summary fits one A4 page: small type, tight rows */
  section.unit h2 { font-size: 15px; margin: 0 0 4px; }
  section.unit h3 { font-size: 12px; margin: 6px 0 1px; }
  section.unit .note { font-size: 8.5px; margin: 0 0 2px; }
  table.counts th, table.counts td { padding: 1px 4px; font-size: 9px; line-height: 1.25; }
  table.members { width: 100%; }
  table.members td:nth-child(1), table.members td:nth-child(3), table.members td:nth-child(4) {
    white-space: nowrap; }
  table.members td:nth-child(2) { font-size: 8px; line-height: 1.15; }
  table.members th { font-size: 8.5px; }
  .tl-row { min-height: 13px; grid-template-columns: minmax(200px, 45%) 1fr; }
  .tl-label { font-size: 9px; padding: 0 6px; line-height: 1.3; }
  .tl-label .when, .tl-label .reason { display: inline; font-size: 8px; margin-left: 4px; }
  .tl-track { height: 13px; } .dot { top: 2px; width: 8px; height: 8px; margin-left: -4px; }
  .dot.wrong { top: 1px; width: 10px; height: 10px; }
  .tag { font-size: 8px; padding: 0 4px; }
  table.heatmap { font-size: 9px; } table.heatmap td { width: 24px; height: 13px; }
  table.heatmap th.row { padding: 0 6px 0 0; } ul.group-list { font-size: 9.5px; margin: 2px 0; }
  /* a unit with many documents (members' reports beside their commitments) prints denser */
  section.dense table.counts th, section.dense table.counts td { padding: 0 3px; font-size: 7px; line-height: 1.1; }
  section.dense table.members td:nth-child(2) { font-size: 6.5px; }
  section.dense .tl-row { min-height: 9px; } section.dense .tl-track { height: 9px; }
  section.dense .tl-label, section.dense .tl-label .when, section.dense .tl-label .reason { font-size: 6.5px; line-height: 1.1; }
  section.dense .dot { top: 1px; width: 6px; height: 6px; margin-left: -3px; }
  section.dense table.heatmap td { height: 10px; width: 20px; } section.dense table.heatmap { font-size: 7.5px; }
  table.members td.reports { font-size: 7px; white-space: nowrap; }
}
span.bar { display: inline-block; height: 8px; background: #c0392b; vertical-align: middle; }
"""
