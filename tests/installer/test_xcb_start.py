"""The real desktop app on a real X display (Xvfb, Qt's xcb platform — not offscreen).

Starts `python -m crisisplan` on a store made by `crisisplan init`, waits for its unlock window to be
mapped on the X server, checks every system library the running process mapped comes from a package in
tools/debian-packages.txt (this catches libraries Qt opens at run time, such as libxcb-cursor), then
quits it with Ctrl+Q as a user would and expects a clean exit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import runtime_libraries  # noqa: E402

PASSPHRASE = "a fictional test passphrase, long enough 7"


def _need(tool: str) -> str:
    found = shutil.which(tool)
    assert found, f"{tool} is not installed; ./test.sh installs it (xvfb, xdotool)"
    return found


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    command = [_need("Xvfb"), "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"]
    server = subprocess.Popen(command, pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _env(tmp_path: Path, display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "CRISISPLAN_"))}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "home" / "config"), XDG_DATA_HOME=str(tmp_path / "home" / "data"))
    return env


def _window_of(pid: int, env: dict[str, str], timeout: float) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run([_need("xdotool"), "search", "--onlyvisible", "--pid", str(pid)],
                               capture_output=True, text=True, env=env, check=False)
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.2)
    return None


def test_app_opens_its_unlock_window_on_xcb_and_quits(tmp_path: Path, x_display: str) -> None:
    env = _env(tmp_path, x_display)
    data = tmp_path / "store"
    init = subprocess.run([sys.executable, "-m", "crisisplan", "--data-dir", str(data), "init"], capture_output=True,
                          text=True, env=dict(env, CRISISPLAN_USER="alice", CRISISPLAN_PASSPHRASE=PASSPHRASE),
                          timeout=120, check=False)
    assert init.returncode == 0, init.stderr
    app = subprocess.Popen([sys.executable, "-m", "crisisplan", "--data-dir", str(data)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = _window_of(app.pid, env, timeout=60)
        if window is None:
            app.kill()
            out, err = app.communicate(timeout=10)
            pytest.fail(f"no window appeared on {x_display} (exit {app.returncode}): {(err or out)[-600:]}")
        title = subprocess.run([_need("xdotool"), "getwindowname", window], capture_output=True, text=True,
                               env=env, check=False).stdout.strip()
        assert title == "crisisplan"  # SES-05: never a person's name
        maps = Path(f"/proc/{app.pid}/maps").read_text()
        site = str(runtime_libraries.site_packages().resolve())
        # The interpreter's own extension modules (lib-dynload) come with Python, which run.sh needs anyway.
        interpreter = tuple(str(Path(sysconfig.get_paths()[k]).resolve()) for k in ("stdlib", "platstdlib"))
        system_libs = {line.split()[-1] for line in maps.splitlines()
                       if ".so" in line.split()[-1] and line.split()[-1].startswith("/")
                       and not line.split()[-1].startswith((site, *interpreter))}
        assert any("libxcb" in lib for lib in system_libs), "the process did not map the X11 libraries"
        mapped = runtime_libraries.Derivation()
        runtime_libraries.add_packages(mapped, sorted(system_libs - {sys.executable}))
        python_own = {"libssl3", "libuuid1", "libffi8", "libbz2-1.0", "libsqlite3-0", "libreadline8",
                      "libncursesw6", "libtinfo6", "libgdbm6", "libdb5.3", "libnsl2", "libtirpc3", "libcrypt1"}
        unlisted = sorted(set(mapped.packages) - runtime_libraries.listed_packages() - python_own)
        assert not unlisted, f"the app mapped libraries of packages not in tools/debian-packages.txt: {unlisted}"
        subprocess.run([_need("xdotool"), "windowfocus", "--sync", window], env=env, check=False, timeout=10)
        subprocess.run([_need("xdotool"), "key", "ctrl+q"], env=env, check=True, timeout=10)
        out, err = app.communicate(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
    assert app.returncode == 0, err[-600:]
    assert "Traceback" not in err and "Could not load the Qt platform plugin" not in err
