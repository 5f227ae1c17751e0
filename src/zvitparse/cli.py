"""The `zvitparse` command: a thin shell over the library.

Each subcommand lives in `zvitparse.commands.<name>` with `add_parser(subparsers)` and
`run(args) -> int`. Library errors become one line on stderr and exit code 2; no traceback
reaches a user unless `--debug` is given.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from zvitparse.errors import ZvitparseError

COMMANDS = ("read", "extract", "eval", "audit", "build", "export", "stats", "patterns")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zvitparse",
        description="Extract, normalize and audit the figures in Ukrainian social-service reports.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    parser.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"zvitparse.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"zvitparse.commands.{name}":
                raise
            continue
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Other libraries (spaCy, pymorphy3) talk at INFO; only zvitparse's own messages are shown.
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("zvitparse").setLevel(
        logging.DEBUG if args.debug else logging.WARNING if args.quiet else logging.INFO)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except ZvitparseError as exc:
        print(f"zvitparse: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("zvitparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: a user never sees a traceback
        if args.debug:
            raise
        print(f"zvitparse: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
