"""The `quiz` command line: parses arguments and hands each subcommand to its module.

Subcommand modules are imported only when used, so that `quiz check` or
`quiz sentences` never pay for importing Textual.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from quiz.problems import ProblemError
from quiz.textsafe import printable

EXAMPLES = """\
examples:
  quiz                                   play the sets in ./questions
  quiz play questions/ --count 10        ten shuffled questions from a folder of sets
  quiz generate seeds/ --out questions/  make a question set for every source
  quiz check                             check every set in ./questions
  quiz sentences seeds/article.txt       number a source's sentences for citations
  quiz stats                             your accuracy per set and per tag
"""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return value


def _folder_name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty folder name; give a folder, e.g. --out questions")
    return text


def _add_play_options(parser: argparse.ArgumentParser, command: bool = False) -> None:
    """The options of playing, on `quiz` and on `quiz play`. On the command their defaults are left out
    (SUPPRESS): argparse copies a command's values over the ones before it, so `quiz --sources DIR play
    sets` would otherwise lose the DIR to play's default."""
    def default(value):
        return argparse.SUPPRESS if command else value

    order = parser.add_mutually_exclusive_group()
    order.add_argument("--shuffle", dest="shuffle", action="store_true", default=default(True),
                       help="shuffle the questions (the default)")
    order.add_argument("--no-shuffle", dest="shuffle", action="store_false", default=default(True),
                       help="keep the questions in file order")
    parser.add_argument("--seed", type=int, default=default(None), metavar="N",
                        help="seed for the shuffle, to repeat an order")
    parser.add_argument("--count", type=_positive_int, default=default(None), metavar="N",
                        help="ask at most N questions")
    parser.add_argument("--tag", action="append", default=default([]), metavar="TAG",
                        help="only questions with this tag (repeatable)")
    parser.add_argument("--sources", metavar="DIR", default=default(None),
                        help="the sources folder (default: the nearest seeds/ above each set)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quiz",
        description="A fact-checking quiz for the terminal. With no command, plays the sets in ./questions.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(command=None, paths=[])
    _add_play_options(parser)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    play = commands.add_parser("play", help="start a quiz from set files or folders")
    play.add_argument("paths", nargs="*", metavar="PATH", help="set files or folders (default: ./questions)")
    _add_play_options(play, command=True)
    play.set_defaults(command="play")

    check = commands.add_parser("check", help="check question sets against the format and their sources")
    check.add_argument("paths", nargs="*", metavar="PATH", help="set files or folders (default: ./questions)")
    check.add_argument("--sources", metavar="DIR", default=argparse.SUPPRESS,  # (as on play: `quiz --sources`)
                       help="the sources folder (default: the nearest seeds/ above each set)")
    check.set_defaults(command="check")

    sentences = commands.add_parser("sentences", help="print a source's numbered sentences")
    sentences.add_argument("file", metavar="FILE", help="a plain-text source document")
    sentences.add_argument("--json", action="store_true", help="one JSON object per line, with offsets")
    sentences.set_defaults(command="sentences")

    generate = commands.add_parser("generate", help="generate question sets from source documents")
    generate.add_argument("sources_in", nargs="+", metavar="SOURCE", help=".txt files or folders")
    generate.add_argument("--out", metavar="DIR", default="questions", type=_folder_name,
                          help="output folder (default: questions)")
    generate.add_argument("--count", type=_positive_int, default=None, metavar="N",
                          help="about how many questions per set (default: by the article's length)")
    generate.add_argument("--seed", type=int, default=0, metavar="N", help="seed for choice order (default: 0)")
    generate.add_argument("--force", action="store_true",
                          help="start each set over, after writing a backup of the old one")
    generate.add_argument("--verbose", action="store_true", help="say which sentences were skipped and why")
    generate.set_defaults(command="generate")

    stats = commands.add_parser("stats", help="your answer history: accuracy per set and per tag")
    stats.set_defaults(command="stats")
    return parser


# command -> module with a `run(args) -> int`
COMMANDS = {
    None: "quiz.tui.launch",
    "play": "quiz.tui.launch",
    "check": "quiz.commands.check",
    "sentences": "quiz.commands.sentences",
    "generate": "quiz.commands.generate",
    "stats": "quiz.commands.stats",
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        module = importlib.import_module(COMMANDS[args.command])
        return module.run(args)
    except ProblemError as error:
        print(printable(str(error.problem)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `quiz sentences x.txt | head`: the reader left; not an error.
        sys.stderr.close()
        return 0
    except Exception as error:  # never a traceback for a person; QUIZ_DEBUG=1 shows it
        if os.environ.get("QUIZ_DEBUG"):
            raise
        print(f"quiz: internal error: {printable(repr(error))}. "
              "Run again with QUIZ_DEBUG=1 to see where, and report it.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
