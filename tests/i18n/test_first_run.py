"""A first start on a Russian or Kazakh desktop opens in that language, with nothing chosen yet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
from PySide6.QtWidgets import QApplication
from companion.ui.language import LanguageManager
app = QApplication([])
print(LanguageManager().start(None))
"""


@pytest.mark.parametrize(
    ("lang_variable", "expected"),
    [
        ("ru_RU.UTF-8", "ru"),
        ("kk_KZ.UTF-8", "kk"),
        ("kk_KZ@latin", "kk-Latn"),
        ("kk_KZ.UTF-8@latin", "kk-Latn"),
        ("de_DE.UTF-8", "en"),
    ],
)
def test_first_run_follows_the_desktop_language(tmp_path: Path, lang_variable: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang_variable, QT_QPA_PLATFORM="offscreen", COMPANION_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected
