"""Review traceability: a member's 6-month and year-end reports read against the commitment
registered at the start of the year.

- model: what a report holds (its period, sections by role, results, self-ratings);
- headings: the roles of a report's headings (rules/data/review_headings.yaml, or camket.yaml);
- reading: a report's text made into that model (in the per-document stage);
- link: each report paired with its member's commitment in the batch;
- match: each committed item paired with the results that report on it;
- evidence: whether a result says what came of the work, or only restates the intention;
- review: the pairs, matches and judgements the `review` check and the reports share.

Nothing here is imported by the commitment checks; the model is imported by the document model
so a parsed report carries it.
"""
