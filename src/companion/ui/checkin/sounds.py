"""A short sound for each verdict, so a desk hears an already-used badge without looking.

Admitted: one short high tone; already checked in: two middle tones; refused: one long low tone. The tones
are written once as small WAV files in a private temporary folder and played with QtMultimedia's
``QSoundEffect`` where the module and an audio output exist; elsewhere the system's beep stands in (once for
a duplicate, twice for a refusal, nothing for an admission). QtMultimedia is imported only when a sound is
first played.
"""

from __future__ import annotations

import io
import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import QApplication

from companion.atomic_files import write_atomic
from companion.ui.checkin.verdict import Tone

RATE = 22_050
TONES: dict[Tone, tuple[tuple[float, float], ...]] = {
    # (frequency in Hz, seconds) … with a short silence between parts
    Tone.ADMITTED: ((1046.5, 0.09),),
    Tone.DUPLICATE: ((587.3, 0.12), (587.3, 0.12)),
    Tone.REFUSED: ((196.0, 0.45),),
}


def tone_wav(parts: tuple[tuple[float, float], ...]) -> bytes:
    """A mono 16-bit WAV of sine tones (soft attack and release, 60 ms of silence between them)."""
    samples: list[int] = []
    for index, (frequency, seconds) in enumerate(parts):
        if index:
            samples += [0] * int(RATE * 0.06)
        count = int(RATE * seconds)
        ramp = max(1, int(RATE * 0.01))
        for i in range(count):
            envelope = min(1.0, i / ramp, (count - i) / ramp)
            samples.append(int(0.45 * 32767 * envelope * math.sin(2 * math.pi * frequency * i / RATE)))
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return out.getvalue()


class VerdictSounds(QObject):
    """Plays the sound of a verdict (when enabled)."""

    played = Signal(str)
    """The tone's value (``admitted``, ``duplicate``, ``refused``) each time one is played."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effects: dict[Tone, Any] | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def play(self, tone: Tone) -> None:
        if not self.enabled or tone not in TONES:
            return
        effects = self._load()
        effect = effects.get(tone)
        if effect is not None:
            effect.play()
        elif tone is Tone.DUPLICATE:
            QApplication.beep()
        elif tone is Tone.REFUSED:
            QApplication.beep()
            QTimer.singleShot(180, QApplication.beep)
        self.played.emit(tone.value)

    def _load(self) -> dict[Tone, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except (ImportError, OSError):  # the module or its audio libraries are missing: the beep stands in
            return self._effects
        if QMediaDevices.defaultAudioOutput().isNull():
            return self._effects
        self._folder = tempfile.TemporaryDirectory(prefix="companion-sounds-")
        for tone, parts in TONES.items():
            path = Path(self._folder.name) / f"{tone.value}.wav"
            write_atomic(path, tone_wav(parts))
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effects[tone] = effect
        return self._effects
