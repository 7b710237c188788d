"""The learned trigger reader as an extra trigger source beside the rules, measured (nothing ships; issue #11).

    python3 scripts/event_triggers_extra.py MODEL THRESHOLD events_dev [events_dev.py args ...]
    python3 scripts/event_triggers_extra.py FOLDS THRESHOLD anercorp-cv

``events_dev``: :func:`event_trigger_model.install` the reader (a weight file of ``scripts/train_event_triggers.py
write``) into this process's events layer, then run ``scripts/events_dev.py`` with the remaining arguments (its
caches and scoring as they are; ``-v`` on read sets only, as always). ``anercorp-cv``: the whole pipeline on the
ANERcorp dev files, scored by ``anercorp_events.rules``, each dev file with the fold model that did not see it
(``FOLDS``: the folder ``train_event_triggers.py folds`` writes); THRESHOLD ``none`` gives the rules alone.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def anercorp_cv(folder: Path, threshold: str) -> int:
    import anercorp_events as ae
    from event_trigger_model import install

    from rasd.analyse.events import layer

    rules_last = layer.quoted_demands
    dev = {p.name for p in ae.split_files("dev")}
    split_files = ae.split_files
    tot: dict[str, list[int]] = {}
    for fold in sorted(folder.glob("fold*.files")):
        names = set(fold.read_text(encoding="utf-8").split()) & dev
        if not names:
            continue
        layer.quoted_demands = rules_last
        if threshold != "none":
            install(fold.with_suffix(".json"), float(threshold))
        ae.split_files = lambda which, folder=ae.GOLD, names=names: [
            p for p in split_files("dev", folder) if p.name in names]
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            ae.rules("dev")
        ae.split_files = split_files
        for line in buf.getvalue().splitlines():
            m = re.match(r"anercorp dev (.+?): P .*\(right (\d+) of (\d+); gold (\d+)", line)
            if m:
                t = tot.setdefault(m.group(1), [0, 0, 0])
                for k in range(3):
                    t[k] += int(m.group(k + 2))
    for key, (r, p, g) in tot.items():
        P, R = r / max(p, 1), r / max(g, 1)
        print(f"anercorp dev (cv, reader at {threshold}) {key}: P {P:.3f} R {R:.3f} F1 {2 * P * R / max(P + R, 1e-9):.3f} "
              f"(right {r} of {p}; gold {g})")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[2] not in ("events_dev", "anercorp-cv"):
        print(__doc__)
        return 2
    if argv[2] == "anercorp-cv":
        return anercorp_cv(Path(argv[0]), argv[1])
    from event_trigger_model import install

    install(argv[0], float(argv[1]))
    import events_dev

    sys.argv = ["events_dev.py", *argv[3:]]
    return events_dev.main()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
