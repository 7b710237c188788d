"""Repair: raw scraped text → a clean article with every removal reported.

``rasd.repair.repair.repair(raw, title=None) -> Article`` is the entry point.
Modules, one job each:

- :mod:`rasd.repair.lines`: match keys, glued-sentence splitting, line segments;
- :mod:`rasd.repair.boilerplate`: bylines, datelines, read-also, share, contact,
  tag, link and time-stamp lines and line edges;
- :mod:`rasd.repair.dedup`: repeated titles, exact and truncated copies;
- :mod:`rasd.repair.headlines`: headlines of other stories left in the body (line shapes in
  :mod:`rasd.repair.headshape`);
- :mod:`rasd.repair.repair`: the order of the steps and the Article it returns.

Removal reason codes: ``duplicate_title``, ``truncated_copy``,
``duplicate_paragraph``, ``glued_duplicate``, ``repeated_body``,
``related_headline``, ``boilerplate_read_also``, ``boilerplate_share``,
``boilerplate_more``, ``boilerplate_contact``, ``boilerplate_link``,
``boilerplate_tags``, ``boilerplate_end``, ``timestamp``, ``byline``,
``dateline``, ``boilerplate_notice`` and ``caption`` (:mod:`rasd.repair.furniture`),
``boilerplate_repeated`` (a line the outlet repeats across the batch,
:mod:`rasd.repair.evidence`; a full sentence of prose only when it recurs in many pages, since
outlets reuse background paragraphs), ``related_teaser`` (a prose line the outlet repeats, below
the article's own paragraphs, sharing few of its words: another story's text).

Evidence beyond line shape: :mod:`rasd.repair.foreign` (does a line share the
article's words?), :mod:`rasd.repair.headlines` (other stories' headlines, own
line or glued), :mod:`rasd.repair.evidence` (what the other articles of a
batch say: their titles, their outlets' repeated lines).
"""
