"""A real PostgreSQL server for the check-in tests and benchmarks, started from Debian's ``postgresql`` binaries.

The server runs as an ordinary user (PostgreSQL refuses to run as root, and CI runs as root): when this process
is root it creates the system user ``companion-pg`` if missing and starts every PostgreSQL program through
``runuser -u companion-pg --``. The data folder, the unix socket and the log live in one temporary folder owned
by that user; the server listens on 127.0.0.1 on a free port with ``trust`` authentication (loopback only,
nothing leaves the machine). ``stop()`` ends it and removes the folder.

The tests also crash it (``kill()``: SIGKILL to the postmaster and every backend), freeze it (``freeze()`` /
``thaw()``: SIGSTOP / SIGCONT to all of them) and ``start()`` it again on the same data folder and port.

    server = PostgresServer.create()      # raises ServerUnavailableError(reason) when the binaries are absent
    server.start(); url = server.create_database("desk"); ...; server.stop()
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PG_USER = "companion-pg"
"""The system user the server runs as when the tests run as root."""
PG_BIN_ENV = "COMPANION_PG_BIN"
"""Optional: the folder of initdb/postgres to use instead of the newest /usr/lib/postgresql/*/bin."""


class ServerUnavailableError(RuntimeError):
    """No PostgreSQL server can be started here (the message says why: the tests skip with it)."""


def find_binaries() -> Path:
    """The folder holding ``initdb`` and ``postgres``: $COMPANION_PG_BIN, else the newest Debian version."""
    wanted = os.environ.get(PG_BIN_ENV)
    candidates = [Path(wanted)] if wanted else []

    def version(path: str) -> int:
        name = Path(path).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates += [Path(p).parent for p in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version,
                                                  reverse=True)]
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "postgres").is_file():
            return folder
    raise ServerUnavailableError(
        "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb): "
        "install Debian's 'postgresql' package (.ci/run does) or set " + PG_BIN_ENV
    )


def _ensure_user() -> None:
    try:
        subprocess.run(["id", "-u", PG_USER], check=True, capture_output=True)
    except subprocess.CalledProcessError:
        if shutil.which("useradd") is None:
            raise ServerUnavailableError(f"running as root, no user {PG_USER!r} and no useradd to create it") from None
        created = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
            capture_output=True, text=True,
        )
        if created.returncode not in (0, 9):  # 9: created meanwhile by another process
            raise ServerUnavailableError(f"could not create the user {PG_USER!r}: {created.stderr.strip()}") from None
    if shutil.which("runuser") is None:
        raise ServerUnavailableError("running as root and runuser is missing: PostgreSQL refuses to run as root")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (the postmaster's backends and auxiliary processes)."""
    found: list[int] = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces and parentheses, so split after the last ')'.
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            found.append(int(entry))
    return found


@dataclass
class PostgresServer:
    bindir: Path
    root: Path
    port: int
    fsync: bool = False
    as_user: str | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @classmethod
    def create(cls, *, fsync: bool = False, template: PostgresServer | None = None) -> PostgresServer:
        """A new cluster in a new temporary folder (initdb, or a copy of ``template``'s stopped data folder)."""
        bindir = find_binaries()
        as_user = None
        if os.geteuid() == 0:
            _ensure_user()
            as_user = PG_USER
        # the server's user must reach the folder: /tmp rather than a TMPDIR inside root's private home
        root = Path(tempfile.mkdtemp(prefix="companion-pg-", dir="/tmp" if as_user and os.path.isdir("/tmp") else None))
        server = cls(bindir=bindir, root=root, port=free_port(), fsync=fsync, as_user=as_user)
        try:
            server.socket_dir.mkdir()
            if template is not None and template.template_copy.is_dir():
                shutil.copytree(template.template_copy, server.data_dir, symlinks=True)
            else:
                server._chown(root)
                server._run([str(bindir / "initdb"), "-D", str(server.data_dir), "-A", "trust", "-U", "postgres",
                             "-E", "UTF8", "--locale=C", "--no-sync"])
            server._chown(root)
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        return server

    # -- paths and helpers ------------------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    @property
    def template_copy(self) -> Path:
        return self.root / "template-data"

    def _wrap(self, argv: list[str]) -> list[str]:
        return ["runuser", "-u", self.as_user, "--", *argv] if self.as_user else argv

    def _run(self, argv: list[str]) -> None:
        done = subprocess.run(self._wrap(argv), capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            raise ServerUnavailableError(f"{Path(argv[0]).name} failed: {(done.stderr or done.stdout).strip()[-800:]}")

    def _chown(self, path: Path) -> None:
        if self.as_user is None:
            return
        os.chmod(path, 0o700)
        for folder, dirs, files in os.walk(path):
            for name in [folder, *(os.path.join(folder, n) for n in dirs + files)]:
                shutil.chown(name, self.as_user, self.as_user)

    def url(self, database: str = "postgres") -> str:
        """The address a desk on the network would use (TCP on the loopback, short connect time-out)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    # -- life cycle ---------------------------------------------------------------------------------------------

    def start(self, timeout: float = 30.0) -> None:
        """Start (or restart, after kill()) the server on the same data folder and port; wait until it accepts."""
        options = [
            "-D", str(self.data_dir), "-p", str(self.port), "-h", "127.0.0.1", "-k", str(self.socket_dir),
            "-c", f"fsync={'on' if self.fsync else 'off'}", "-c", "shared_buffers=16MB",
            "-c", "max_connections=60", "-c", "logging_collector=off", "-c", "dynamic_shared_memory_type=mmap",
        ]
        log = open(self.log_file, "ab")  # noqa: SIM115 - handed to the child process
        try:
            self.process = subprocess.Popen(self._wrap([str(self.bindir / "postgres"), *options]), stdout=log,
                                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=self.root,
                                            start_new_session=True)
        finally:
            log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerUnavailableError("postgres exited at start: " + self._log_tail())
            if self._accepting():
                return
            time.sleep(0.05)
        raise ServerUnavailableError("postgres did not accept connections in time: " + self._log_tail())

    def _log_tail(self) -> str:
        try:
            return self.log_file.read_text(errors="replace")[-1500:]
        except OSError:
            return "(no log)"

    def _accepting(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                pass
        except OSError:
            return False
        # The port opens before recovery ends: ask the server itself.
        import psycopg

        try:
            with psycopg.connect(self.url(), connect_timeout=2, autocommit=True) as conn:
                conn.execute("SELECT 1")
        except psycopg.OperationalError:
            return False
        return True

    def postmaster_pid(self) -> int | None:
        try:
            first = (self.data_dir / "postmaster.pid").read_text().split("\n", 1)[0].strip()
        except OSError:
            return None
        return int(first) if first.isdigit() else None

    def _all_pids(self) -> list[int]:
        pid = self.postmaster_pid()
        if pid is None or not Path(f"/proc/{pid}").exists():
            return []
        return [pid, *_children(pid)]

    def kill(self) -> None:
        """A crash: SIGKILL to the postmaster and every backend (no shutdown, no checkpoint)."""
        pids = self._all_pids()
        for sig in (signal.SIGSTOP, signal.SIGKILL):  # all stopped first: no backend says goodbye to a client
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, sig)
        self._continue_wrapper()
        self._reap()
        for pid in pids:  # gone before a restart, so the shared memory is free
            deadline = time.monotonic() + 10
            while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                stat = Path(f"/proc/{pid}/stat")
                with contextlib.suppress(OSError):
                    if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
                        break
                time.sleep(0.02)

    def freeze(self) -> None:
        """A hung server: SIGSTOP to the postmaster and every backend (connections stay open, nothing answers)."""
        for pid in self._all_pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in self._all_pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self._continue_wrapper()

    def _continue_wrapper(self) -> None:
        """runuser stops itself when its child is stopped (as su does): let it go on, to reap the postmaster."""
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGCONT)

    def _reap(self) -> None:
        """Wait for the wrapper to exit, having reaped the postmaster (a zombie postmaster still holds its lock file).

        runuser stops itself when it notices its child stopped, which can happen *after* a SIGCONT sent to it:
        so it is sent SIGCONT again until it is gone, not once.
        """
        if self.process is None:
            return
        deadline = time.monotonic() + 10
        while self.process.poll() is None and time.monotonic() < deadline:
            self._continue_wrapper()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=0.05)
        if self.process.poll() is not None:
            self.process = None

    def shutdown(self) -> None:
        """A clean, fast shutdown (SIGINT to the postmaster), leaving the data folder."""
        self.thaw()
        pid = self.postmaster_pid()
        if pid is not None and Path(f"/proc/{pid}").exists():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGINT)
            deadline = time.monotonic() + 15
            while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                self._reap()
                time.sleep(0.02)
            if Path(f"/proc/{pid}").exists():
                self.kill()
        self._reap()
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def keep_as_template(self) -> None:
        """Copy the (stopped) fresh data folder, so further servers skip initdb."""
        if not self.template_copy.exists():
            shutil.copytree(self.data_dir, self.template_copy, symlinks=True)

    def stop(self) -> None:
        """Shut the server down and remove its folder."""
        try:
            self.shutdown()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # -- databases ----------------------------------------------------------------------------------------------

    def create_database(self, name: str) -> str:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url(), autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)
