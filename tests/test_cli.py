"""Every command has help and a line in the README (sqlite-utils' habit); errors never show a
traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse.cli import COMMANDS, build_parser, main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_a_readme_line(name, capsys):
    with pytest.raises(SystemExit) as done:
        main([name, "--help"])
    assert done.value.code == 0
    assert name in capsys.readouterr().out
    assert f"`zvitparse {name}" in README


def test_every_command_is_registered():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)


def test_unreadable_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n%garbage")
    assert main(["read", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "broken.pdf" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
