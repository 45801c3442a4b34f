"""Tables the docs generate from the code, so they cannot drift: the settings in README.md, the header
vocabulary in docs/catalog.md. Each sits between `<!-- NAME:begin -->` and `<!-- NAME:end -->` markers.

    .venv/bin/python scripts/docs_tables.py          # rewrite the tables
    .venv/bin/python scripts/docs_tables.py --check  # exit 1 if a table is stale (tests/test_docs_tables.py)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def settings_table() -> str:
    from etl.core.settings import Settings

    lines = ["| variable | default | what |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.default
        if isinstance(default, Path):
            default = default.relative_to(ROOT) if default.is_relative_to(ROOT) else default
        shown = "unset" if default in (None, "") else f"`{default}`"
        lines.append(f"| `GDMP_{name.upper()}` | {shown} | {field.description} |")
    return "\n".join(lines)


def vocabulary_table() -> str:
    from etl.rules.headers import ALIASES, ASCII_KEYS

    lines = ["| canonical column | Chinese headers | English keys and pinyin initials |", "|---|---|---|"]
    for column, aliases in ALIASES.items():
        keys = ", ".join(f"`{k}`" for k in ASCII_KEYS.get(column, ()))
        lines.append(f"| `{column}` | {'、'.join(aliases)} | {keys} |")
    return "\n".join(lines)


TABLES = {
    (ROOT / "README.md", "settings"): settings_table,
    (ROOT / "docs" / "catalog.md", "vocabulary"): vocabulary_table,
}


def render(text: str, name: str, table: str) -> str:
    pattern = re.compile(rf"(<!-- {name}:begin -->).*?(<!-- {name}:end -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"no <!-- {name}:begin/end --> markers")
    return pattern.sub(lambda m: f"{m.group(1)}\n{table}\n{m.group(2)}", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = []
    for (path, name), make in TABLES.items():
        text = path.read_text(encoding="utf-8")
        new = render(text, name, make())
        if new != text:
            stale.append(f"{path.relative_to(ROOT)} ({name})")
            if not args.check:
                path.write_text(new, encoding="utf-8")
    if args.check and stale:
        print("stale: " + ", ".join(stale) + " — run .venv/bin/python scripts/docs_tables.py")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
