"""`zvitparse stats` and the regional database's promises on the real seeds and renditions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from zvitparse.cli import main
from zvitparse.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _stats(capsys: pytest.CaptureFixture[str], db: Path) -> dict:
    capsys.readouterr()
    assert main(["stats", "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_renditions_give_five_documents_and_five_centres(renditions_db: Path, capsys) -> None:
    st = _stats(capsys, renditions_db)
    assert (st["documents"], st["centres"], st["sources"], st["failed_files"]) == (5, 5, 25, 0)
    assert st["facts"] > 0 and st["facts_per_indicator"]
    assert {c["settlement"] for c in st["centre_list"]} == {"Канів", "Старокостянтинів", "Суми", "Дніпро", "Покров"}
    with Store.open(renditions_db, readonly=True) as s:
        assert {n for (n,) in s.query("SELECT n_sources FROM documents")[1]} == {5}


def test_stats_text(renditions_db: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["stats", "--db", str(renditions_db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("documents 5 (from 25 files; 0 files failed)")
    assert "Канів" in out and "coverage gaps" in out


def _dump(db: Path) -> list[str]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return [line for line in con.iterdump() if '"runs"' not in line and "runs" not in line.split("(")[0]]
    finally:
        con.close()


def test_rebuild_changes_nothing_and_touch_reextracts_one(tmp_path: Path, seed_paths: list[Path], capsys) -> None:
    src = tmp_path / "in"
    shutil.copytree(CORPUS / "seeds", src / "seeds")
    shutil.copytree(CORPUS / "renditions", src / "renditions", ignore=shutil.ignore_patterns("*.sh"))
    db = tmp_path / "r.sqlite"
    build = ["build", str(src), "--db", str(db), "--no-progress", "--json", "-j", "2"]
    assert main(build) == 0
    first = _dump(db)
    capsys.readouterr()
    assert main(build) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["unchanged"] == 25 and summary["new"] == 0 and summary["replaced"] == 0
    assert _dump(db) == first
    # a changed file (a line added to the seed; its report's rows come from the cp1251 TXT,
    # the first path) is the only one extracted again
    txt = src / "seeds" / "002_3a9d6d8ed56605d0.txt"
    txt.write_text(txt.read_text(encoding="utf-8") + "\nДодаток.\n", encoding="utf-8")
    assert main(build) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (summary["unchanged"], summary["new"] + summary["replaced"]) == (24, 1), summary
    st = _stats(capsys, db)
    assert (st["documents"], st["centres"]) == (6, 5)  # the changed text is a report of its own
    # and the database is the one a fresh build of the changed folder gives
    fresh = tmp_path / "fresh.sqlite"
    assert main([*build[:3], str(fresh), *build[4:]]) == 0
    assert _dump(db) == _dump(fresh)
    # changing the file a report's rows came from sends its other renditions back to extraction
    primary = src / "renditions" / "004_aaa7c68243ea0d39.cp1251.txt"
    primary.write_bytes(primary.read_bytes() + "\r\nДодаток.\r\n".encode("cp1251"))
    capsys.readouterr()
    assert main(build) == 0
    assert _stats(capsys, db)["documents"] == 7
    fresh.unlink()
    assert main([*build[:3], str(fresh), *build[4:]]) == 0
    assert _dump(db) == _dump(fresh)


def test_stats_missing_db(tmp_path: Path, capsys) -> None:
    assert main(["stats", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no such database" in capsys.readouterr().err
