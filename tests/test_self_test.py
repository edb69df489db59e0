"""The self-test from the source tree: it passes offline, and fails when the app reaches for
the network or no window appears; its usage errors; the network guard; the start-up probe;
the offline prefix, with or without ``unshare``."""

from __future__ import annotations

import errno
import subprocess
import sys

import pytest

from shipped import run_python, smoke


@pytest.mark.slow
def test_self_test_passes_offline_from_the_source_tree(tmp_path):
    user = tmp_path / "user"
    (user / "home").mkdir(parents=True)
    env = smoke.app_environment(home=user) | {"HOME": str(user / "home")}
    result = subprocess.run([sys.executable, "-m", "windtunnel", "--self-test", "--offline"],
                            capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr     # no work left running at exit
    for check in ("bundled model", "main window shown and painted",
                  "the window's first analysis run followed its paint", "engine ran",
                  "workbook re-imports as the model", "defusedxml",
                  "offline: no network socket was opened"):
        assert check in result.stdout, check
    written = [p for p in user.rglob("*") if p != user / "home"]
    assert not written, f"the self-test wrote into the user's folders: {written}"


@pytest.mark.slow
def test_self_test_fails_when_the_app_reaches_for_the_network():
    result = run_python("""
        import socket, sys
        from windtunnel.app import selftest
        engine_check = selftest._check_engine
        def engine_then_network(report, model):
            try:
                socket.create_connection(("192.0.2.1", 80), timeout=1)
            except OSError:
                pass  # refused by the guard: the app carries on, the self-test must not pass
            return engine_check(report, model)
        selftest._check_engine = engine_then_network
        selftest._check_workbook = lambda *args: None  # not under test here; saves seconds
        sys.exit(selftest.run_self_test(offline=True))
    """)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  offline: network use was attempted" in result.stdout
    assert "self-test FAILED" in result.stdout


@pytest.mark.slow
def test_self_test_fails_when_no_window_appears():
    result = run_python("""
        import sys
        from PySide6.QtWidgets import QApplication
        from windtunnel.app import main, selftest
        main.run_app = lambda path=None: QApplication.instance().exec()  # never shows a window
        sys.exit(selftest.run_self_test(timeout=1.0))
    """)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  no main window was painted within 1 s" in result.stdout


@pytest.mark.parametrize(("argv", "message"), [
    (["--offline"], "--offline works only with --self-test"),
    (["model.wtm", "--self-test"], "--self-test checks the bundled model; it takes no FILE"),
])
def test_self_test_usage_errors(capsys, argv, message):
    from windtunnel.cli import main

    assert main(argv) == 2
    assert message in capsys.readouterr().err


@pytest.mark.slow
def test_network_guard_refuses_ip_sockets_and_lookups_but_not_local_sockets():
    result = run_python("""
        import socket
        from windtunnel.app.netguard import NetworkGuard
        guard = NetworkGuard.install()
        left, right = socket.socketpair(socket.AF_UNIX)
        left.close(); right.close()
        for attempt in (lambda: socket.socket(socket.AF_INET6),
                        lambda: socket.getaddrinfo("example.org", 443)):
            try:
                attempt()
            except PermissionError:
                pass
            else:
                raise SystemExit("not refused")
        assert NetworkGuard.install() is guard and len(guard.attempts) == 2, guard.attempts
        print("ok")
    """)
    assert result.stdout.strip() == "ok", result.stderr


@pytest.mark.slow
def test_startup_probe_reports_the_time_to_a_painted_window():
    (sample,) = smoke.measure_startup([sys.executable, "-m", "windtunnel"], runs=1)
    assert 0 < sample.wall < 120
    assert sample.wall <= sample.complete < 120      # the window is completed after its paint
    assert sample.cpu_at_paint is not None and sample.cpu_at_paint > 0
    if sys.platform.startswith("linux"):
        assert sample.process is not None and 0 < sample.process < 120


def test_offline_prefix_leaves_no_route_to_any_network():
    prefix, how = smoke.offline_prefix()
    if not prefix:
        pytest.skip(f"no network namespace here: {how}")
    probe = ("import socket\n"
             "try:\n"
             "    socket.create_connection(('192.0.2.1', 9), timeout=5)\n"
             "except OSError as exc:\n"
             "    print(type(exc).__name__, exc.errno)\n"
             "print(sorted(name for _, name in socket.if_nameindex()))\n")
    result = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True,
                            text=True, timeout=60)
    unreachable, interfaces = result.stdout.splitlines()
    assert unreachable == f"OSError {errno.ENETUNREACH}", result  # "Network is unreachable"
    assert interfaces == "['lo']", "only the (down) loopback interface may exist"


def test_offline_prefix_falls_back_to_the_app_guard_without_unshare(monkeypatch):
    monkeypatch.setattr(smoke.shutil, "which", lambda name: None)
    assert smoke.offline_prefix() == (
        [], "sockets refused inside the app only (no usable `unshare --net` here)")
