"""Saving is atomic: a save killed at any moment leaves the old or the new file intact."""

from __future__ import annotations

import os
import random
import signal
import stat
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from windtunnel.model import Node, dumps, load, save
from windtunnel.model.atomic import atomic_write, atomic_write_all, backup_path
from windtunnel.errors import SaveError


def _big_variant(small_model, tag: str):
    """A model of ~1 MB so that a save takes long enough to be interrupted half-way."""
    model = small_model.copy()
    for i in range(1500):
        model.add_node(Node(f"{tag}-{i}", f"{tag} node {i}", description="x" * 500))
    return model


@pytest.mark.skipif(sys.platform == "win32", reason="uses fork and SIGKILL")
# Qt threads from earlier tests make Python warn that a forked child may deadlock; this
# child is always SIGKILLed within 30 ms, so a deadlock cannot hang the test.
@pytest.mark.slow            # a kill loop: CI runs it
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_save_killed_at_random_moments_leaves_old_or_new_file(tmp_path, small_model):
    old, new = _big_variant(small_model, "old"), _big_variant(small_model, "new")
    texts = {dumps(old), dumps(new)}
    path = tmp_path / "model.wtm"
    save(old, path)
    rng = random.Random(12345)
    interrupted = 0
    for attempt in range(200):
        pid = os.fork()
        if pid == 0:  # child: save alternately, forever, until killed
            try:
                while True:
                    save(new, path)
                    save(old, path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        interrupted += os.WIFSIGNALED(status)
        assert path.read_text("utf-8") in texts, f"attempt {attempt}: torn file"
        bak = backup_path(path)
        if bak.exists():
            assert bak.read_text("utf-8") in texts, f"attempt {attempt}: torn backup"
    assert interrupted == 200
    assert load(path) in (old, new)


def test_failed_write_raises_save_error_and_keeps_the_old_file(tmp_path, small_model, monkeypatch):
    path = tmp_path / "model.wtm"
    save(small_model, path)
    before = path.read_bytes()

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError, match="previous version is intact"):
        atomic_write(path, b"new content")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["model.wtm"], "temporary files are cleaned up"


def test_write_into_a_missing_folder_is_a_save_error_naming_the_folder(tmp_path):
    """The system says only "No such file or directory": the message names the folder
    that is missing."""
    folder = tmp_path / "no" / "such"
    with pytest.raises(SaveError) as refused:
        atomic_write(folder / "folder.wtm", b"data")
    assert str(refused.value) == (f"{folder / 'folder.wtm'}: the folder {folder} does not "
                                  "exist; nothing was written")
    assert not (tmp_path / "no").exists()


def test_a_name_too_long_for_the_system_is_a_save_error(tmp_path):
    with pytest.raises(SaveError, match="cannot be written"):
        atomic_write(tmp_path / ("x" * 300 + ".xlsx"), b"data")
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_file_gets_the_umask_mode_and_a_replaced_file_keeps_its_mode(tmp_path):
    previous = os.umask(0o027)
    try:
        new = tmp_path / "new.xlsx"
        atomic_write(new, b"data")
        assert stat.S_IMODE(new.stat().st_mode) == 0o640  # 0o666 & ~0o027, not mkstemp's 0600
        shared = tmp_path / "shared.csv"
        shared.write_bytes(b"old")
        shared.chmod(0o664)
        atomic_write(shared, b"new", backup=True)
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664
        assert shared.read_bytes() == b"new"
        assert stat.S_IMODE(backup_path(shared).stat().st_mode) == 0o664
    finally:
        os.umask(previous)
    os.umask(0o022)
    try:
        atomic_write(tmp_path / "open.wtm", b"x")
        assert stat.S_IMODE((tmp_path / "open.wtm").stat().st_mode) == 0o644
    finally:
        os.umask(previous)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(2, 5), data=st.data(), backup=st.booleans(), links=st.booleans())
def test_a_set_whose_kth_replace_fails_is_all_old_and_names_that_file(tmp_path_factory, count,
                                                                     data, backup, links):
    """A set of files (an export's CSV tables) whose k-th replace fails, as a file another
    program holds open on Windows does: the files replaced before it get their old content
    back (a file that was new is gone again), no temporary file is left, and the message
    names the file that failed. Files 0..k-1 stayed new before."""
    folder = tmp_path_factory.mktemp("set")
    failing = data.draw(st.integers(0, count - 1), label="failing")
    existing = data.draw(st.lists(st.booleans(), min_size=count, max_size=count),
                         label="existing")
    paths = [folder / f"table{i}.csv" for i in range(count)]
    for path, exists in zip(paths, existing):
        if exists:
            path.write_bytes(b"old " + path.name.encode())
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real_replace, real_link = os.replace, os.link
    target = str(paths[failing])

    def locked(source, destination):
        if str(destination) == target and ".tmp" in str(source):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, destination)

    def no_links(*args):
        raise OSError(1, "Operation not permitted")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", locked)
        if not links:                       # a file system without hard links: copies
            patch.setattr(os, "link", no_links)
        with pytest.raises(SaveError) as failed:
            atomic_write_all([(p, b"new " + p.name.encode()) for p in paths], backup=backup)
    assert os.link is real_link
    message = str(failed.value)
    assert message.startswith(f"{target}: could not replace the file (")
    assert "every file of the set is as it was" in message
    after = {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.endswith(".bak")}
    assert after == before


def test_a_single_file_whose_replace_fails_says_its_previous_version_is_intact(tmp_path,
                                                                              monkeypatch):
    path = tmp_path / "one.csv"
    path.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(PermissionError(13, "x")))
    with pytest.raises(SaveError, match="previous version is intact"):
        atomic_write_all([(path, b"new")])
    assert path.read_bytes() == b"old"


def test_a_set_file_that_cannot_be_put_back_is_named(tmp_path, monkeypatch):
    """When the old file of one already replaced table cannot be put back either, the
    message says which table failed and which tables hold their new content."""
    paths = [tmp_path / f"t{i}.csv" for i in range(3)]
    for path in paths:
        path.write_bytes(b"old")
    real_replace = os.replace

    def locked(source, destination):
        if Path(destination) == paths[2] or (Path(destination) == paths[0]
                                             and "new" not in Path(source).read_text()):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(SaveError) as failed:
        atomic_write_all([(p, b"new") for p in paths])
    assert str(failed.value).startswith(f"{paths[2]}: could not replace the file (")
    assert str(failed.value).endswith(f"could not be put back: {paths[0]}")
    assert [p.read_bytes() for p in paths] == [b"new", b"old", b"old"]


def test_a_set_write_stalled_past_the_stale_age_still_puts_every_file_back(tmp_path,
                                                                          monkeypatch):
    """A set write that stalls (a computer put to sleep half-way) before its last replace
    while another process cleans the folder's stale temporary files: the stalled file's
    new data is gone, so its replace fails, and the old files kept aside for the files
    already replaced survive the cleaning, so the set is put back all old."""
    from windtunnel.model import atomic

    paths = [tmp_path / f"t{i}.csv" for i in range(3)]
    for path in paths:
        path.write_bytes(b"old " + path.name.encode())
    real_replace, real_time = os.replace, time.time

    def stalled(source, destination):
        if Path(destination) == paths[-1]:
            with pytest.MonkeyPatch.context() as later:
                later.setattr(atomic.time, "time", lambda: real_time() + atomic.STALE_AFTER + 1)
                atomic.clean_stale_temps(tmp_path)
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", stalled)
    with pytest.raises(SaveError) as failed:
        atomic_write_all([(p, b"new") for p in paths])
    assert "every file of the set is as it was" in str(failed.value)
    assert [p.read_bytes() for p in paths] == [b"old " + p.name.encode() for p in paths]
    assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in paths]
