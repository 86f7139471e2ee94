"""The list of operations matches the command line, and names real core functions."""

from __future__ import annotations

import argparse

import pytest

from desktop.cli.main import build_parser
from desktop.core.operations.catalog import CLI_ONLY, OPERATIONS, Kind, by_command
from desktop.core.operations.changes import OpResult


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_command_is_an_operation_and_every_operation_a_command():
    commands = _commands()
    listed = {op.cli.split()[0] for op in OPERATIONS.values()}
    assert set(commands) - set(CLI_ONLY) - listed == set(), "commands missing from the list"
    assert listed - set(commands) == set(), "operations whose command does not exist"


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_each_operation_names_a_real_command_option_and_function(name: str):
    op = OPERATIONS[name]
    command, *options = op.cli.split()
    known = {o for action in _commands()[command]._actions for o in action.option_strings}
    assert set(options) <= known, f"{op.cli}: no such option"
    assert callable(op.resolve())
    assert op.label and op.gui and isinstance(op.kind, Kind)


def test_edits_return_undoable_results_by_their_signature():
    import inspect
    import typing

    for op in OPERATIONS.values():
        if op.kind is not Kind.EDIT:
            continue
        hints = typing.get_type_hints(op.resolve())
        assert typing.get_origin(hints["return"]) is OpResult, op.name
        assert next(iter(inspect.signature(op.resolve()).parameters)) == "archive", op.name


def test_command_help_shows_the_operation_label(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["actor-alias", "--help"])
    out = capsys.readouterr().out
    assert "Add alias / Remove alias" in out
    assert [op.name for op in by_command("actor-alias")] == ["actor-alias", "actor-unalias"]
