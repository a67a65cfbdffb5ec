"""Every input that ever broke a reader (found by the fuzzing tests or reported in issue 12) is kept under
``regressions/<reader>/`` with a ``.why.txt`` beside it, and replayed here under the same rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_support import READER_NAMES, REGRESSIONS, check, readers

CASES = sorted(
    (reader.name, path)
    for reader in readers().values()
    for path in (REGRESSIONS / reader.name).glob(f"*{reader.suffix}")
)


def test_every_regression_folder_is_a_reader() -> None:
    assert {p.name for p in REGRESSIONS.iterdir() if p.is_dir()} <= set(READER_NAMES)
    assert len(CASES) >= 15


@pytest.mark.parametrize(("name", "path"), CASES, ids=[f"{n}/{p.name}" for n, p in CASES])
def test_regression_case_ends_in_a_result_or_the_readers_own_error(name: str, path: Path, tmp_path: Path) -> None:
    assert path.with_suffix(".why.txt").is_file(), "say where the case came from"
    check(readers()[name], path.read_bytes(), tmp_path)
