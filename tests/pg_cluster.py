"""A throwaway PostgreSQL cluster in a temporary directory, for tests and CI (standard library
only, so CI can start it before the virtual environment exists).

    python tests/pg_cluster.py start DIR   # prints the server's URL
    python tests/pg_cluster.py stop DIR

As root (CI containers), the server runs as the `postgres` user: PostgreSQL refuses root."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path


def binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def available() -> bool:
    return binary("initdb") is not None and binary("pg_ctl") is not None


def _as_server_user() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


# The sanitizer job preloads AddressSanitizer into the tests' process; the server is not under
# test, and PostgreSQL run with that preload hangs before it starts.
_TEST_ONLY_ENVIRONMENT = ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS", "PYTHONMALLOC")


def _server_environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _TEST_ONLY_ENVIRONMENT}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(base: Path) -> str:
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data, port = base / "data", _free_port()
    prefix = _as_server_user()
    subprocess.run(
        [
            *prefix,
            binary("initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "casebrief",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        env=_server_environment(),
    )
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        [
            *prefix,
            binary("pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "server.log"),
            "-w",
            "-o",
            options,
            "start",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        env=_server_environment(),
    )
    (base / "url").write_text(f"postgresql://casebrief@127.0.0.1:{port}/postgres")
    return (base / "url").read_text()


def stop(base: Path) -> None:
    if (base / "data").is_dir():
        subprocess.run(
            [
                *_as_server_user(),
                binary("pg_ctl"),
                "-D",
                str(base / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_server_environment(),
        )


if __name__ == "__main__":
    action, folder = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(folder))
    else:
        stop(folder)
