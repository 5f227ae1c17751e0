"""`zvitparse patterns check|list`."""

from __future__ import annotations

from zvitparse.cli import main


def test_check_passes_on_the_project(capsys):
    assert main(["patterns", "check"]) == 0
    assert "patterns OK" in capsys.readouterr().out


def test_check_lists_every_problem(tmp_path, capsys):
    (tmp_path / "units.yaml").write_text("- {id: x, unit: families, regex: '['}\n- {id: x, unit: families}\n",
                                         encoding="utf-8")
    assert main(["patterns", "check", "--dir", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "does not compile" in out and "duplicate id 'x'" in out and "2 problem(s)" in out


def test_list(capsys):
    assert main(["patterns", "list"]) == 0
    assert "indicators:" in capsys.readouterr().out
