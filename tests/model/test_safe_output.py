"""What an output path may be: links are written through, folders, devices, FIFOs and a
command's own inputs are refused with nothing written, replaced files keep a .bak inside
guarded writes, and a crash's temporary files are cleaned by the next write."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from windtunnel.errors import SaveError
from windtunnel.model import atomic
from windtunnel.model.atomic import atomic_write, backup_path, clean_stale_temps
from windtunnel.model.output_paths import guarded_writes, output_target
from tests.ordinary_user import as_an_ordinary_user

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file types")


def test_a_model_is_not_saved_through_a_link_named_wtm_to_a_file_of_another_name(tmp_path):
    """``model.wtm`` linking to ``data.csv``: saving a model there would replace the CSV
    with a model file (Save As typed ``data.csv`` writes ``data.csv.wtm`` beside it);
    refused naming both, the CSV untouched; a link to a model file is written through."""
    from windtunnel.model import Model, save

    (tmp_path / "data.csv").write_bytes(b"keep")
    (tmp_path / "model.wtm").symlink_to(tmp_path / "data.csv")
    with pytest.raises(SaveError, match=r"model\.wtm: is a link to .*data\.csv, which is not "
                                        r"named as a model file \(\.wtm\)"):
        save(Model(), tmp_path / "model.wtm")
    assert (tmp_path / "data.csv").read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv", "model.wtm"]
    (tmp_path / "shared.wtm").symlink_to(tmp_path / "real.wtm")
    save(Model(), tmp_path / "shared.wtm")
    assert (tmp_path / "shared.wtm").is_symlink() and (tmp_path / "real.wtm").is_file()


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "data" / "real.csv"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with guarded_writes(backup=True):
        atomic_write(link, b"new")
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes() == b"new"
    assert backup_path(real).read_bytes() == b"old"      # the .bak sits beside the target
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.csv", "real.csv.bak"]


def test_a_dangling_link_is_written_through_to_its_target(tmp_path):
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "new.csv")
    atomic_write(link, b"x")
    assert link.is_symlink() and (tmp_path / "new.csv").read_bytes() == b"x"


def test_a_link_loop_is_refused(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(SaveError, match="symbolic link"):
        atomic_write(a, b"x")


def test_a_folder_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    (folder / "inside").write_bytes(b"keep")
    with pytest.raises(SaveError, match=r"out.xlsx: is a folder, not a file; Windtunnel "
                                        r"writes only regular files, nothing was written"):
        atomic_write(folder, b"x")
    assert (folder / "inside").read_bytes() == b"keep"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


@posix_only
def test_a_device_node_is_refused():
    with pytest.raises(SaveError, match="/dev/null: is a device, not a file"):
        output_target("/dev/null")


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match=r"pipe.csv: is a FIFO \(named pipe\), not a file"):
        atomic_write(fifo, b"x")
    assert fifo.is_fifo()


def test_a_name_with_a_nul_byte_is_refused():
    with pytest.raises(SaveError, match="is not a valid file name"):
        atomic_write("bad\x00name.csv", b"x")


def test_an_input_is_refused_under_any_name(tmp_path):
    model = tmp_path / "model.wtm"
    model.write_bytes(b"the only copy")
    hard = tmp_path / "hard.xlsx"
    os.link(model, hard)
    soft = tmp_path / "soft.xlsx"
    soft.symlink_to(model)
    with guarded_writes(inputs=[model]):
        for name in (model, hard, soft, tmp_path / "." / "model.wtm"):
            with pytest.raises(SaveError, match="is the input file .*model.wtm; writing the "
                                                "output there would replace it"):
                atomic_write(name, b"workbook")
        atomic_write(tmp_path / "other.xlsx", b"fine")
    assert model.read_bytes() == b"the only copy"
    atomic_write(hard, b"outside the guard, a plain write")


def test_without_a_guard_nothing_keeps_a_backup_unless_asked(tmp_path):
    path = tmp_path / "a.csv"
    atomic_write(path, b"1")
    atomic_write(path, b"2")
    assert not backup_path(path).exists()
    with guarded_writes(backup=True):
        atomic_write(path, b"3")
        atomic_write(tmp_path / "new.csv", b"n")        # nothing replaced: no .bak
    assert backup_path(path).read_bytes() == b"2"
    assert not backup_path(tmp_path / "new.csv").exists()


def test_stale_temporary_files_of_ours_are_removed_and_nothing_else(tmp_path, monkeypatch):
    ours = [tmp_path / ".model.wtm.abc_1234.tmp", tmp_path / ".book.xlsx.zz99yy88.bak.tmp"]
    others = [tmp_path / ".model.wtm.tmp", tmp_path / "notes.abcdefgh.tmp",
              tmp_path / ".x.ABCDEFGH.tmp", tmp_path / "model.wtm"]
    for path in ours + others:
        path.write_bytes(b"x")
    (tmp_path / ".dir.abcdefgh.tmp").mkdir()
    assert clean_stale_temps(tmp_path) == []                  # too young: maybe in progress
    monkeypatch.setattr(atomic, "STALE_AFTER", 0.0)
    atomic_write(tmp_path / "out.csv", b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [p.name for p in others] + [".dir.abcdefgh.tmp", "out.csv"])


def test_an_old_file_kept_aside_is_judged_by_the_time_in_its_name(tmp_path):
    """A file kept aside for a set has the old file's times: the cleaning reads when it
    was kept aside from its name, and removes it only a day after that."""
    now = int(time.time())
    fresh = tmp_path / f".t.csv.abcd1234.{now}.kept.tmp"
    leftover = tmp_path / f".t.csv.wxyz9876.{now - int(atomic.KEPT_STALE_AFTER) - 1}.kept.tmp"
    for path in (fresh, leftover):
        path.write_bytes(b"old")
        os.utime(path, (now - 7 * 24 * 3600,) * 2)     # the old file's times: a week old
    assert clean_stale_temps(tmp_path, older_than=0.0) == [leftover]
    assert [p.name for p in tmp_path.iterdir()] == [fresh.name]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_write_killed_half_way_leaves_a_temp_that_the_next_write_removes(tmp_path,
                                                                          monkeypatch):
    target = tmp_path / "results.csv"
    child = textwrap.dedent(f"""
        import os, time
        from windtunnel.model import atomic

        def stall(fd):          # the data is in the temporary file, not yet renamed
            print("half", flush=True)
            time.sleep(60)

        os.fsync = stall
        atomic.atomic_write({str(target)!r}, b"0123456789" * 1000)
    """)
    process = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE)
    assert process.stdout.readline() == b"half\n"
    process.send_signal(signal.SIGKILL)
    process.wait()
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1
    monkeypatch.setattr(atomic, "STALE_AFTER", 0.0)
    atomic_write(target, b"done")
    assert [p.name for p in tmp_path.iterdir()] == ["results.csv"]


@posix_only
@pytest.mark.parametrize("name", ["/dev/zero", "fifo", "folder"])
def test_a_model_input_that_is_not_a_regular_file_is_refused_without_reading(tmp_path, name):
    from windtunnel.model import LoadError, load

    if name == "fifo":
        os.mkfifo(tmp_path / "fifo")           # reading it would wait forever for a writer
    if name == "folder":
        (tmp_path / "folder").mkdir()
    path = name if name.startswith("/") else tmp_path / name
    with pytest.raises(LoadError, match=r"is a (device|FIFO \(named pipe\)|folder), not a "
                                        r"model file"):
        load(path)


def _finished_within(seconds: float, action) -> tuple[bool, object]:
    """Run ``action`` on a daemon thread: (whether it finished in ``seconds``, what it
    returned or raised). A read that blocks on a FIFO or a device fails the test instead
    of hanging the suite."""
    import threading

    outcome = []

    def run():
        try:
            outcome.append(action())
        except Exception as exc:  # noqa: BLE001 - handed to the test to judge
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return (not thread.is_alive()), (outcome[0] if outcome else None)


@posix_only
@pytest.mark.parametrize("name", ["pipe.csv", "pipe.json", "pipe.xlsx", "pipe.graphml",
                                  "/dev/zero"])
def test_an_import_input_that_is_not_a_regular_file_is_refused_without_reading(tmp_path, name):
    """The app imports through the library, not the command line's own check: a FIFO (whose
    open waits for a writer) or a device (which never ends) is refused, never read."""
    from windtunnel.io import import_model
    from windtunnel.model import LoadError

    if not name.startswith("/"):
        os.mkfifo(tmp_path / name)
    path = name if name.startswith("/") else tmp_path / name
    finished, outcome = _finished_within(30, lambda: import_model(
        path, format="tables" if name == "/dev/zero" else None))
    assert finished, f"importing {name} blocked"
    assert isinstance(outcome, LoadError), outcome
    assert re.search(r"is a (FIFO \(named pipe\)|device), not a file to read", str(outcome))


@posix_only
def test_the_readers_refuse_a_folder_and_a_missing_file_by_name(tmp_path):
    from windtunnel.io.csv import read_csv
    from windtunnel.io.xlsx import read_workbook
    from windtunnel.model import LoadError

    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(LoadError, match=r"folder.xlsx: is a folder, not a file to read"):
        read_workbook(tmp_path / "folder.xlsx")
    with pytest.raises(LoadError, match=r"gone.csv: cannot read the file \(No such file"):
        read_csv(tmp_path / "gone.csv")


def test_a_file_that_grows_past_the_limit_after_it_was_measured_is_refused(tmp_path,
                                                                          monkeypatch):
    """The read is bounded by the limit, not by the size measured before it."""
    from windtunnel.io.tables import Limits, read_file_bytes
    from windtunnel.model import LoadError

    path = tmp_path / "edges.csv"
    path.write_bytes(b"x" * 2000)
    for name in ("stat", "fstat"):                             # measured at 10 bytes
        real = getattr(os, name)
        monkeypatch.setattr(os, name, lambda *args, real=real, **kwargs: os.stat_result(
            (*real(*args, **kwargs)[:6], 10, *real(*args, **kwargs)[7:])))
    with pytest.raises(LoadError, match="imports are at most"):
        read_file_bytes(path, Limits(file_bytes=1000))


@pytest.mark.parametrize("stem", ["a" * 250, "模" * 80, "é" * 120])
def test_a_name_as_long_as_the_system_allows_is_written_and_replaced(tmp_path, stem):
    """The temporary file beside a 255-byte name has a name the system allows too."""
    path = tmp_path / (stem + ".csv")
    try:
        path.write_bytes(b"old")
    except OSError:
        pytest.skip("this file system allows shorter names")
    atomic_write(path, b"new", backup=True)
    assert path.read_bytes() == b"new"
    assert backup_path(path).read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name,
                                                                backup_path(path).name])


@pytest.mark.parametrize("backup", [False, True])
def test_a_read_only_file_is_refused_and_left_as_it_was(tmp_path, monkeypatch, backup):
    """Replacing it by a rename worked without a backup and failed, wrongly said, with one
    ("could not replace the file"); on Windows it always failed. Now always refused."""
    import stat as stat_module

    monkeypatch.chdir(tmp_path)
    path = tmp_path / "results.csv"
    path.write_bytes(b"kept")
    path.chmod(stat_module.S_IREAD)

    def write():
        with pytest.raises(SaveError, match="results.csv: the file is read-only; nothing "
                                            "was written"):
            atomic_write("results.csv", b"new", backup=backup)
        assert sorted(os.listdir(".")) == ["results.csv"]
        assert open("results.csv", "rb").read() == b"kept"

    as_an_ordinary_user(tmp_path, write)
