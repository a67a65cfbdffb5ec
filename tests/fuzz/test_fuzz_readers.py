"""Every reader against mutated real files: a loaded result or the reader's own error with a message, never
anything else, each input within a CPU-time bound. See fuzz_support.py for the profiles and the rule.

    python -m pytest tests/fuzz                      # short, derandomised (CI)
    COMPANION_FUZZ=long python -m pytest tests/fuzz  # thousands of random inputs per reader
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pytest
from fuzz_support import LONG, READER_NAMES, check, examples, mutated, readers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

OUTCOMES: dict[str, Counter[str]] = {}
"""Outcome counts per reader, printed at the end of the session (``-s`` or the summary)."""

SHORT_EXAMPLES = {"frab-xml": 150, "schedule-json": 150, "ical-schedule": 200, "companion-event": 80,
                  "star-file": 150, "attendee-csv": 200, "badge-code": 300}
"""Inputs per reader in the short profile: about 30 s for all of tests/fuzz on a 2-core machine."""


@pytest.mark.parametrize("name", READER_NAMES)
def test_seeds_load(name: str, tmp_path: Path) -> None:
    reader = readers()[name]
    for seed_name, data in reader.seeds():
        outcome = check(reader, data, tmp_path)
        if name == "badge-code" and "other-event" in seed_name:
            assert outcome.kind == "BadgeTokenError"
        else:
            assert outcome.kind == "loaded", seed_name


@pytest.mark.parametrize("name", READER_NAMES)
def test_mutated_inputs_end_in_a_result_or_the_readers_own_error(name: str) -> None:
    reader = readers()[name]
    seeds = reader.seeds()
    counts = OUTCOMES.setdefault(name, Counter())

    @settings(
        max_examples=examples(SHORT_EXAMPLES[name]),
        derandomize=not LONG,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(data=mutated(seeds))
    def run(data: bytes) -> None:
        with tempfile.TemporaryDirectory() as folder:
            counts[check(reader, data, Path(folder)).kind] += 1

    run()
    assert sum(counts.values()) > 0


@given(text=st.text(max_size=300))
@settings(max_examples=examples(150), derandomize=not LONG, deadline=None, database=None)
def test_any_text_scanned_as_a_badge_code(text: str) -> None:
    reader = readers()["badge-code"]
    with tempfile.TemporaryDirectory() as folder:
        data = text.encode("utf-8", "surrogatepass")
        OUTCOMES.setdefault("badge-code (any text)", Counter())[check(reader, data, Path(folder)).kind] += 1


def teardown_module() -> None:
    for name, counts in sorted(OUTCOMES.items()):
        print(f"\nfuzz {name}: {sum(counts.values())} inputs: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
