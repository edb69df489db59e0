"""Participants' maps read from files and folders, each a
:class:`~windtunnel.io.participants.NamedMap` with the notes its reading gave (a code page
told, weights rescaled), each naming its file: what
:func:`~windtunnel.io.participants.combine_maps` combines."""

from __future__ import annotations

from pathlib import Path

from ..errors import LoadError, Problem
from ..language import translate
from ..model import Model
from ..model.vocabulary import MAX_LABEL
from .participants import NamedMap
from .suffixes import CSV_SUFFIXES, IMPORT_SUFFIXES, WORKBOOK_SUFFIXES

__all__ = ["read_maps", "read_map", "read_noted_map", "read_file_maps", "MAP_SUFFIXES"]

#: The files a folder of maps is read for: models, and every file the single-map import
#: reads (its one list of extensions, so that a folder reads what Import reads) but
#: .txt, which beside maps is far more often a note on them than Excel's text export of
#: one (such a map is read when named as a file).
MAP_SUFFIXES = (".wtm", *(suffix for suffix in IMPORT_SUFFIXES if suffix != ".txt"))


def read_map(path) -> Model:
    """A map from any file Windtunnel reads (a .wtm, or any import); a file of several
    participants keeps them as participants."""
    return read_noted_map(path)[0]


def read_noted_map(path) -> tuple[Model, tuple[Problem, ...]]:
    """:func:`read_map`'s map, with the notes its import gave, each naming the file."""
    from ..model import load
    from . import import_model                # the io package imports every format
    from .tables import file_label

    path = Path(path)
    if path.suffix.lower() == ".wtm":
        return load(path), ()
    imported = import_model(path)
    return imported.model, _in_file(file_label(path), imported.notes)


def _in_file(label: str, notes) -> tuple[Problem, ...]:
    """``notes`` of one file, each located in it (a note on the whole file is named by the
    file already)."""
    return tuple(note if note.location == label else
                 Problem(translate("locations", ", ").join((label, note.location))
                         if note.location else label, note.message)
                 for note in notes)


def read_file_maps(path) -> list[NamedMap]:
    """The maps one file brings: a workbook with one matrix sheet per participant whose
    sheets name different concepts gives one plain map per sheet (named after it, so the
    review can keep a sheet's extra concepts as that participant's own); one edge list of
    several participants' maps (MToolR's export: a User_ID column) gives one map per
    participant (:mod:`windtunnel.io.participant_lists`), with the note of the code page
    its file was read in; any other file is one map named after the file
    (:func:`read_noted_map`)."""
    from .csv import read_csv, reading_notes
    from .matrix_sheets import sheet_maps
    from .participant_lists import participant_maps
    from .tables import file_label, file_title
    from .xlsx import read_workbook

    path = Path(path)
    maps, listed, notes = None, None, ()
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        tables = read_workbook(path)
        maps = sheet_maps(tables)
        listed = None if maps else participant_maps(tables, file_label(path))
    elif path.suffix.lower() in CSV_SUFFIXES:
        table = read_csv(path)
        listed = participant_maps({table.name: table}, file_label(path))
        notes = reading_notes(table)
    if listed is not None:
        maps, said = listed
        notes += _in_file(file_label(path), said)
    if maps:
        for _, model in maps:    # one file's participants: their maps share its name
            model.set_info(title=file_title(path)[:MAX_LABEL])
        return [NamedMap(name, model, notes if k == 0 else ())
                for k, (name, model) in enumerate(maps)]
    return [NamedMap(path.stem, *read_noted_map(path))]


def read_maps(paths) -> list[NamedMap]:
    """The maps of every file of ``paths`` (:func:`read_file_maps`), a folder standing for
    its map files (:data:`MAP_SUFFIXES`, by name). Names are the files' names without
    extension."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in MAP_SUFFIXES)
            if not found:
                raise LoadError(Problem("", translate("participants", "the folder holds no map "
                                                                      "files ({suffixes})").format(
                                            suffixes=", ".join(MAP_SUFFIXES))), source=str(path))
            files.extend(found)
        else:
            files.append(path)
    return [m for path in files for m in read_file_maps(path)]
