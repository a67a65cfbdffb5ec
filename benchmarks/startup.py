"""Start-up and command-line speed, each figure beside its floor from the same run (paired runs, medians).

1. Command line: ``companion --version`` and ``companion agenda --json`` against the interpreter floor,
   ``python -c 'import json'``.
2. Window, offscreen: Companion (bundled event; the 36C3 schedule with ``--event``; a generated event) against a
   bare PySide6 window (``benchmarks/bare_window.py``: a QMainWindow with a 100-row table, timed by a filter on
   the window alone): process start to first paint, to the first key handled ("ready for input": a key posted at
   the first paint waits behind whatever the start still does on the GUI thread; its floor is the bare window's
   first paint, when a bare window is ready), the longest the event loop then paused until the start settled
   (what a key or click could wait behind the work left for after the first paint; a bare window has none), and
   resident memory (RSS) once the start has settled. Beside them, a diagnostic window holding only the bundled
   event in Companion's own model and agenda table (``benchmarks/agenda_table_window.py``): how much of the
   distance from a bare window the table alone already takes.
3. Window on X (a private Xvfb, when installed): process start to the window mapped on the X server (this script
   watches MapNotify on the root window through Xlib), to first paint, and to the first key handled (a key typed
   with XTest as soon as the window is mapped); ConfClerk beside them for reference when it is installed.

Both programs run with ``QT_NO_GUI_THREADPOOL`` set, as Companion sets it for itself (``companion.ui.gui_thread``).
Companion is timed by its probe (``companion.ui.startup_probe``: ``COMPANION_BENCH_FIRST_PAINT=1``), which uses
only what Companion imports anyway; the bare window by the lightest stamp it can carry, since the probe's imports
would cost a bare window about 15 ms before its first paint.
Runs alternate between the programs (paired), the first round only warms caches, and Python's bytecode cache is
kept in a temporary folder (an installed app has its ``.pyc``; ``PYTHONDONTWRITEBYTECODE`` would time the
compiler instead). Prints figures and never fails on one.

    python benchmarks/startup.py [--runs 7] [--sessions 5000] [--skip cli,offscreen,x]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = ROOT / "benchmarks" / "bare_window.py"
AGENDA_TABLE = ROOT / "benchmarks" / "agenda_table_window.py"
REALDATA_DIRS = (ROOT.parent / "shared" / "realdata", ROOT.parents[1] / "shared" / "realdata", ROOT / "tests" / "data")
"""Where 36c3.schedule.json is looked for: the shared real data, else the stand-in in tests/data."""
TIMEOUT_S = 60.0
STALL_LABEL = "  longest wait for input after the first paint"
"""The probe's ``stall``: the event loop's longest pause from the first paint until the probe quits (the start's
after-paint work, pages built in idle moments included): how long a key or click could wait then."""


@dataclass
class Samples:
    """Figures of one program over the runs, by name (ms or KB)."""

    values: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float | None) -> None:
        if value is not None:
            self.values.setdefault(name, []).append(value)

    def median(self, name: str) -> float | None:
        found = self.values.get(name)
        return statistics.median(found) if found else None


def _env(data_dir: Path, pycache: Path, platform_name: str, display: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM=platform_name,
        COMPANION_BENCH_FIRST_PAINT="1",
        QT_NO_GUI_THREADPOOL="1",  # Companion sets it for itself (ui/gui_thread.py): the bare window runs alike
        COMPANION_DATA_DIR=str(data_dir),
        PYTHONPYCACHEPREFIX=str(pycache),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p),
        HOME=str(data_dir.parent / "home"),  # ConfClerk keeps its database under $HOME
        XDG_CONFIG_HOME=str(data_dir.parent / "home" / ".config"),
        XDG_DATA_HOME=str(data_dir.parent / "home" / ".local" / "share"),
    )
    (data_dir.parent / "home").mkdir(parents=True, exist_ok=True)
    if display is not None:
        env["DISPLAY"] = display
    return env


def _companion_command() -> list[str]:
    """The ``companion`` script the install made (what a user runs), else ``python -m companion``."""
    script = Path(sys.executable).parent / "companion"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "companion"]


def _probe_lines(stdout: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("first-paint", "key", "stall", "rss", "hwm"):
            found.setdefault(parts[0], float(parts[1]))
    return found


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "KB":
        return f"{value / 1024:.0f} MiB"
    return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"


def _row(label: str, value: float | None, floor: float | None, unit: str, floor_label: str) -> None:
    ratio = f"{value / floor:.2f}×" if value is not None and floor else "—"
    print(f"  {label:<50}{_fmt(value, unit):>9}   {floor_label:<20}{_fmt(floor, unit):>9}   ratio {ratio}")


# -- 1. command line ---------------------------------------------------------------------------------------------
def bench_cli(runs: int, pycache: Path) -> None:
    companion = _companion_command()
    commands: dict[str, list[str]] = {
        "floor": [sys.executable, "-c", "import json"],
        "--version": [*companion, "--version"],
        "agenda --json": [*companion, "agenda", "--json"],
    }
    samples = Samples()
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp) / "data", pycache, "offscreen")
        for i in range(runs + 1):
            order = list(commands.items())
            if i % 2:
                order.reverse()
            for name, argv in order:
                started = time.perf_counter()
                subprocess.run(argv, env=env, capture_output=True, check=False, timeout=TIMEOUT_S)
                if i:  # the first round warms the disk cache and the bytecode cache
                    samples.add(name, (time.perf_counter() - started) * 1000)
    floor = samples.median("floor")
    print(f"\nCommand line, whole process (median of {runs} paired runs)")
    label = "python -c 'import json' (the floor)"
    print(f"  {label:<50}{_fmt(floor, 'ms'):>9}")
    _row("companion --version", samples.median("--version"), floor, "ms", "interpreter floor")
    _row("companion agenda --json (bundled event)", samples.median("agenda --json"), floor, "ms", "interpreter floor")


# -- 2. window, offscreen ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Program:
    name: str
    argv: list[str]
    probed: bool = True
    """Prints the probe's lines (False: ConfClerk, timed only from the X server)."""


def _run_probed(program: Program, env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    done = subprocess.run(program.argv, env=env, capture_output=True, text=True, check=False, timeout=TIMEOUT_S)
    found = _probe_lines(done.stdout)
    if "first-paint" not in found:
        raise RuntimeError(f"{program.name}: no first paint (exit {done.returncode}): {done.stderr.strip()[-400:]}")
    figures = {"first paint": (found["first-paint"] - started) * 1000}
    if "key" in found:
        figures["ready for input"] = (found["key"] - started) * 1000
    if "stall" in found:
        figures["stall"] = found["stall"]
    if "rss" in found:
        figures["rss"] = found["rss"]
    return figures


def _start_rows(label: str, companion: Samples, bare: Samples) -> None:
    """First paint and ready for input against the bare window's first paint; the longest wait after it alone."""
    floor = bare.median("first paint")
    _row(f"Companion, {label}: first paint", companion.median("first paint"), floor, "ms", "bare PySide6 window")
    _row(f"Companion, {label}: ready for input", companion.median("ready for input"), floor, "ms",
         "bare, first paint")
    stall = companion.median("stall")
    print(f"  {STALL_LABEL:<50}{_fmt(stall, 'ms'):>9}   "
          "(a bare window has no work left after its first paint)")


def bench_offscreen(runs: int, pycache: Path, extra: Sequence[tuple[str, list[str], int]]) -> None:
    companion = _companion_command()
    programs = [Program("bare", [sys.executable, str(BARE)]), Program("companion", companion),
                Program("agenda table", [sys.executable, str(AGENDA_TABLE)])]
    programs += [Program(label, [*companion, *argv]) for label, argv, _ in extra]
    results = {p.name: Samples() for p in programs}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs + 1):
            order = programs if i % 2 == 0 else list(reversed(programs))
            for program in order:
                env = _env(Path(tmp) / program.name / "data", pycache, "offscreen")
                figures = _run_probed(program, env)
                if i:
                    for name, value in figures.items():
                        results[program.name].add(name, value)
    bare = results["bare"]
    print(f"\nWindow start, offscreen, whole process (median of {runs} paired runs)")
    _start_rows("bundled event", results["companion"], bare)
    _row("Companion, bundled event: RSS after start", results["companion"].median("rss"), bare.median("rss"), "KB",
         "bare PySide6 window")
    _row("  its agenda table alone: first paint", results["agenda table"].median("first paint"),
         bare.median("first paint"), "ms", "bare PySide6 window")
    for label, _, sessions in extra:
        _start_rows(label, results[label], bare)
        rss, bundled = results[label].median("rss"), results["companion"].median("rss")
        _row(f"Companion, {label}: RSS after start", rss, bare.median("rss"), "KB", "bare PySide6 window")
        if rss is not None and bundled is not None and sessions:
            per = (rss - bundled) / sessions
            print(f"  {'  the event beyond the bundled one, per session':<50}{per:>6.1f} KB   "
                  f"({sessions:,} sessions; RSS difference, readers and the import report included)")


# -- 3. window on X ------------------------------------------------------------------------------------------------
MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
XK_SHIFT_L = 0xFFE1


class XWatcher:
    """An Xlib client of the benchmark's own: sees each top-level window mapped and can type a key into it."""

    def __init__(self, display: str) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        x11 = self.x11
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XPending.argtypes = [ctypes.c_void_p]
        x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
        x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore_errors = handler_type(lambda _display, _error: 0)  # a window gone before focus: not fatal
        x11.XSetErrorHandler(self._ignore_errors)
        self.display = x11.XOpenDisplay(display.encode())
        if not self.display:
            raise RuntimeError(f"cannot open X display {display}")
        x11.XSelectInput(self.display, x11.XDefaultRootWindow(self.display), SUBSTRUCTURE_NOTIFY_MASK)
        x11.XSync(self.display, 0)
        self.drain()

    def drain(self) -> None:
        buffer = (ctypes.c_long * 24)()
        while self.x11.XPending(self.display):
            self.x11.XNextEvent(self.display, buffer)

    def wait_mapped(self, timeout: float) -> tuple[float, int] | None:
        """The time (``time.time()``) the next top-level, non-override-redirect window was mapped, and its id."""
        buffer = (ctypes.c_long * 24)()
        deadline = time.monotonic() + timeout
        fd = self.x11.XConnectionNumber(self.display)
        while True:
            while self.x11.XPending(self.display):
                self.x11.XNextEvent(self.display, buffer)
                kind = ctypes.c_int.from_buffer(buffer, 0).value
                override_redirect = ctypes.c_int.from_buffer(buffer, 48).value
                if kind == MAP_NOTIFY and not override_redirect:
                    return time.time(), ctypes.c_ulong.from_buffer(buffer, 40).value
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            select.select([fd], [], [], left)

    def type_key(self, window: int) -> None:
        """Focus ``window`` and press and release Shift (XTest)."""
        self.x11.XSetInputFocus(self.display, window, 2, 0)  # RevertToParent, CurrentTime
        code = self.x11.XKeysymToKeycode(self.display, XK_SHIFT_L)
        self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        self.x11.XFlush(self.display)


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb server (1366×768, 24 bits) on a free display number."""
    server = shutil.which("Xvfb")
    if server is None:
        raise RuntimeError("Xvfb is not installed")
    number = next(n for n in range(91, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    proc = subprocess.Popen([server, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket_path = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket_path.exists():
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _run_on_x(program: Program, env: dict[str, str], watcher: XWatcher) -> dict[str, float]:
    watcher.drain()
    started = time.time()
    proc = subprocess.Popen(program.argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    figures: dict[str, float] = {}
    try:
        mapped = watcher.wait_mapped(TIMEOUT_S)
        if mapped is None:
            raise RuntimeError(f"{program.name}: no window mapped")
        figures["mapped"] = (mapped[0] - started) * 1000
        if program.probed:
            watcher.type_key(mapped[1])
            out, _err = proc.communicate(timeout=TIMEOUT_S)
            found = _probe_lines(out)
            if "first-paint" in found:
                figures["first paint"] = (found["first-paint"] - started) * 1000
            if "key" in found:
                figures["ready for input"] = (found["key"] - started) * 1000
            if "stall" in found:
                figures["stall"] = found["stall"]
            if "rss" in found:
                figures["rss"] = found["rss"]
        else:
            time.sleep(1.5)  # as long as the probe lets the others settle before it reads their memory
            figures["rss"] = _rss_kb(proc.pid)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return figures


def _rss_kb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return float(line.split()[1])
    return 0.0


def bench_x(runs: int, pycache: Path) -> None:
    companion = _companion_command()
    programs = [Program("bare", [sys.executable, str(BARE)]), Program("companion", companion)]
    confclerk = shutil.which("confclerk")
    if confclerk is not None:
        programs.append(Program("confclerk", [confclerk], probed=False))
    results = {p.name: Samples() for p in programs}
    with xvfb() as display, tempfile.TemporaryDirectory() as tmp:
        watcher = XWatcher(display)
        for i in range(runs + 1):
            order = programs if i % 2 == 0 else list(reversed(programs))
            for program in order:
                env = _env(Path(tmp) / program.name / "data", pycache, "xcb", display)
                figures = _run_on_x(program, env, watcher)
                if i:
                    for name, value in figures.items():
                        results[program.name].add(name, value)
    bare = results["bare"]
    print(f"\nWindow start on X (Xvfb, no window manager), whole process (median of {runs} paired runs)")
    _row("Companion, bundled event: mapped", results["companion"].median("mapped"), bare.median("mapped"), "ms",
         "bare PySide6 window")
    _start_rows("bundled event", results["companion"], bare)
    _row("Companion, bundled event: RSS after start", results["companion"].median("rss"), bare.median("rss"), "KB",
         "bare PySide6 window")
    if "confclerk" in results:
        clerk = results["confclerk"]
        print(f"  {'ConfClerk (C++ Qt 5, for reference): mapped':<50}{_fmt(clerk.median('mapped'), 'ms'):>9}"
              f"   RSS {_fmt(clerk.median('rss'), 'KB')}")
    else:
        print("  ConfClerk: not installed (apt-get install confclerk), no reference row")


def _frab_sessions(path: Path) -> int:
    """The number of events in a frab schedule.json."""
    days = json.loads(path.read_bytes())["schedule"]["conference"]["days"]
    return sum(len(talks) for day in days for talks in day["rooms"].values())


def _realdata_36c3() -> Path | None:
    return next((d / "36c3.schedule.json" for d in REALDATA_DIRS if (d / "36c3.schedule.json").is_file()), None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="paired runs per figure (after one warm-up round)")
    parser.add_argument("--sessions", type=int, default=5000, help="size of the generated event (0: none)")
    parser.add_argument("--skip", default="", help="comma-separated sections to leave out: cli, offscreen, x")
    args = parser.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores ({platform.machine()}); "
          f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    sections: list[Callable[[], None]] = []
    with tempfile.TemporaryDirectory() as pycache_dir, tempfile.TemporaryDirectory() as tmp:
        pycache = Path(pycache_dir)
        if "cli" not in skip:
            sections.append(lambda: bench_cli(args.runs, pycache))
        if "offscreen" not in skip:
            extra: list[tuple[str, list[str], int]] = []
            real = _realdata_36c3()
            if real is not None:
                print(f"36C3: {real}")
                extra.append(("--event 36C3", ["--event", str(real)], _frab_sessions(real)))
            if args.sessions:
                sys.path.insert(0, str(ROOT / "benchmarks"))
                from search import write_synthetic_event

                generated = write_synthetic_event(Path(tmp) / "generated.json", args.sessions)
                extra.append((f"--event {args.sessions:,} gen.", ["--event", str(generated)], args.sessions))
            sections.append(lambda: bench_offscreen(args.runs, pycache, extra))
        if "x" not in skip:
            def on_x() -> None:
                try:
                    bench_x(args.runs, pycache)
                except (RuntimeError, OSError) as exc:
                    print(f"\nWindow start on X: skipped ({exc})")
            sections.append(on_x)
        for section in sections:
            section()
    print(f"\nload average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
