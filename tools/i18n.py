"""Update the translation sources and compile them: ``python tools/i18n.py``.

Finds every translatable string in the Qt code (``self.tr()``, ``tr()``
inside a class, ``QCoreApplication.translate()`` and the small ``_tr``
helpers that wrap it) with Python's own parser: Qt's ``lupdate`` misses
calls that span lines or sit inside a list, and marks a plural only when
its count is a literal. It writes ``resources/i18n/offline-reader_*.ts``
(keeping existing translations), merges the hand-made translations of
``resources/i18n/offline-reader_*.json`` into them, fills the English plural forms
(``%Ln article(s)`` becomes "1 article" / "2 articles": English needs a
translation file for plurals like any other language), and compiles each
``.ts`` to the ``.qm`` the program loads with Qt's ``lrelease``. The ``.qm``
files are committed, so a checkout and ``pip install .`` have them without
Qt's tools; ``tests/test_i18n.py`` fails when they are stale.

The translations are written as data, one JSON file per language, so a
reviewer reads them side by side with the English and a merge shows who
changed what: ``{"Context": {"English source": "translation"}}``, a plural
as the list of the language's forms (French two, Chinese one), a message
with a disambiguation keyed ``source + "\\u0004" + disambiguation``. A
translation made in Qt Linguist, in the ``.ts``, is kept as long as the JSON
has none for it; a message with neither is marked unfinished, which the
tests refuse. Translations whose English source left the code are listed.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
SOURCES = ["reader/ui", "reader/export", "reader/app.py"]
#: file suffix -> Qt language code
LANGUAGES = {"en": "en_US", "fr": "fr_FR", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}
#: what separates a message's source and its disambiguation in a translation file's key
COMMENT_SEPARATOR = "\u0004"


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


@dataclass(frozen=True)
class Wrapper:
    """A module function that passes its arguments on to ``translate(CONTEXT, ...)``."""

    context: str
    #: positions of the disambiguation comment and of the count among its arguments
    comment_at: int | None = None
    count_at: int | None = None


def _wrappers(tree: ast.Module) -> dict[str, Wrapper]:
    """Module functions that pass their first argument to translate(CONTEXT, ...)."""
    found: dict[str, Wrapper] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        params = [a.arg for a in node.args.args]
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == params[0]
                and (context := _literal(call.args[0])) is not None
            ):
                passed = [a.id if isinstance(a, ast.Name) else None for a in call.args[2:4]]
                positions = [params.index(p) if p in params else None for p in passed]
                positions += [None] * (2 - len(positions))
                found[node.name] = Wrapper(context, positions[0], positions[1])
    return found


def _module_wrappers() -> dict[str, dict[str, Wrapper]]:
    """Wrappers of every scanned module, by module name, for ``message.tr(...)`` calls."""
    found = {}
    for path in sources():
        module = ".".join(path.relative_to(REPO).with_suffix("").parts)
        found[module] = _wrappers(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


def _has_count(call: ast.Call, position: int) -> bool:
    return len(call.args) > position or any(k.arg == "n" for k in call.keywords)


def _comment(call: ast.Call, position: int) -> str:
    value = _literal(call.args[position]) if len(call.args) > position else None
    for keyword in call.keywords:
        if keyword.arg == "disambiguation":
            value = _literal(keyword.value)
    return value or ""


def _imported_modules(tree: ast.Module) -> dict[str, str]:
    """Local name -> module for ``from reader.ui import message`` and ``import x as y``."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = alias.name
    return names


def extract(path: Path, modules: dict[str, dict[str, Wrapper]] | None = None) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers = _wrappers(tree)
    imported = _imported_modules(tree)
    modules = modules or {}
    messages: list[Message] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                take(child, cls)
            visit(child, cls)

    def wrapper_of(func: ast.expr) -> Wrapper | None:
        if isinstance(func, ast.Name):
            return wrappers.get(func.id)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            module = imported.get(func.value.id, "")
            return modules.get(module, {}).get(func.attr)
        return None

    def take(call: ast.Call, cls: str | None) -> None:
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        wrapper = wrapper_of(func)
        if wrapper is not None and call.args:
            source = _literal(call.args[0])
            if source is not None:
                comment = "" if wrapper.comment_at is None else _comment(call, wrapper.comment_at)
                numerus = wrapper.count_at is not None and _has_count(call, wrapper.count_at)
                messages.append(Message(wrapper.context, source, comment, numerus))
        elif name == "translate" and len(call.args) >= 2:
            context, source = _literal(call.args[0]), _literal(call.args[1])
            if context is not None and source is not None:
                messages.append(Message(context, source, _comment(call, 2), _has_count(call, 3)))
        elif name == "tr" and cls is not None and call.args:
            source = _literal(call.args[0])
            if source is not None:
                messages.append(Message(cls, source, _comment(call, 1), _has_count(call, 2)))

    visit(tree, None)
    return messages


def sources() -> list[Path]:
    found: list[Path] = []
    for name in SOURCES:
        path = REPO / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def all_messages() -> list[Message]:
    modules = _module_wrappers()
    return sorted({m for path in sources() for m in extract(path, modules)})


def english_forms(source: str) -> tuple[str, str]:
    """("%Ln article", "%Ln articles") from "%Ln article(s)"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def _existing(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not ts.exists():
        return {}
    known = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is not None:
                known[key] = translation
    return known


def translations_file(short: str) -> Path:
    return I18N / f"offline-reader_{short}.json"


def load_translations(short: str) -> dict[tuple[str, str, str], str | list[str]]:
    """(context, source, comment) -> the translation, or the plural forms."""
    path = translations_file(short)
    if not path.exists():
        return {}
    found: dict[tuple[str, str, str], str | list[str]] = {}
    for context, entries in json.loads(path.read_text(encoding="utf-8")).items():
        for key, value in entries.items():
            source, _, comment = key.partition(COMMENT_SEPARATOR)
            found[(context, source, comment)] = value
    return found


def unused_translations() -> dict[str, list[tuple[str, str, str]]]:
    """Per language, the JSON entries no message of the code asks for (its English changed)."""
    wanted = {(m.context, m.source, m.comment) for m in all_messages()}
    return {
        short: sorted(set(load_translations(short)) - wanted)
        for short in LANGUAGES
        if set(load_translations(short)) - wanted
    }


def write_ts(ts: Path, language: str, messages: list[Message], short: str = "") -> None:
    known = _existing(ts)
    given = load_translations(short) if short else {}
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context_name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for m in items:
            element = ET.SubElement(context, "message")
            if m.numerus:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = m.source
            if m.comment:
                ET.SubElement(element, "comment").text = m.comment
            old = known.get((m.context, m.source, m.comment))
            new = given.get((m.context, m.source, m.comment))
            translation = ET.SubElement(element, "translation")
            if language.startswith("en") and m.numerus:
                for form in english_forms(m.source):
                    ET.SubElement(translation, "numerusform").text = form
            elif new:
                forms = [new] if isinstance(new, str) else new
                if m.numerus:
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = forms[0]
            elif old is not None and (old.text or len(old)) and old.get("type") != "obsolete":
                translation.text = old.text
                translation.extend(list(old))
                if old.get("type"):
                    translation.set("type", old.get("type", ""))
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def lrelease() -> str:
    for candidate in (Path(sys.executable).parent / "pyside6-lrelease",):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease is missing: install PySide6-Essentials")
    return found


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(folder: Path = I18N) -> list[Path]:
    """Write the ``.ts`` and ``.qm`` files into ``folder``; returns the ``.qm`` paths."""
    folder.mkdir(parents=True, exist_ok=True)
    messages = all_messages()
    made = []
    for short, language in LANGUAGES.items():
        ts = folder / f"offline-reader_{short}.ts"
        if folder != I18N and (I18N / ts.name).exists():
            shutil.copy(I18N / ts.name, ts)
        write_ts(ts, language, messages, short)
        qm = ts.with_suffix(".qm")
        compile_ts(ts, qm)
        made.append(qm)
    return made


#: what a translation must carry over unchanged: Qt's counts and progress
#: values, format fields, HTML tags, key names
_KEPT = re.compile(r"%L?n|%[vm]|\{\w*\}|</?\w+[^>]*>|\b(?:Ctrl|Shift|Alt)\+\S*\w|\bF\d+\b")
#: numerus forms per language (Qt's rules: French 0 and 1 singular, Chinese one form)
PLURAL_FORMS = {"fr": 2, "zh_CN": 1, "zh_TW": 1}
_SPACE_BEFORE = re.compile(r"(?<=\S) (?=[:;?!»%])|« ")


def kept(text: str) -> list[str]:
    return sorted(_KEPT.findall(text))


def translation_problems(short: str, message: Message, forms: list[str]) -> list[str]:
    """What is wrong with the translation of ``message``: empty or missing
    forms, a placeholder, tag or key name dropped or added, a lost accelerator
    or ellipsis, French typography. Empty when it is fine."""
    expected = PLURAL_FORMS.get(short, 2) if message.numerus else 1
    if len(forms) != expected or not all(f.strip() for f in forms):
        return [f"needs {expected} non-empty form(s), has {forms!r}"]
    problems = []
    for form in forms:
        if kept(form) != kept(message.source):
            problems.append(f"keeps {kept(form)} instead of {kept(message.source)}: {form!r}")
        for mark, name in (("&", "accelerator"), ("…", "ellipsis")):
            if form.replace("&&", "").count(mark) != message.source.replace("&&", "").count(mark):
                problems.append(f"{name} {mark!r} not kept: {form!r}")
        if short == "fr" and _SPACE_BEFORE.search(form):
            problems.append(f"a plain space where French wants a no-break one: {form!r}")
        if short == "fr" and "“" in message.source and "«" not in form:
            problems.append(f"French quotes « » expected: {form!r}")
    return problems


def ts_problems(ts: Path, short: str) -> list[str]:
    """Every message of the ``.ts`` that is unfinished or badly translated, as lines to show."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                element.get("numerus") == "yes",
            )
            translation = element.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                found.append(f"{short} {name}: {message.source!r} is not translated")
                continue
            if message.numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found += [
                f"{short} {name}: {message.source!r} {problem}"
                for problem in translation_problems(short, message, forms)
            ]
    return found


def plural_sources() -> list[str]:
    """Sources that look plural ("(s)") but are not marked as such: a count was forgotten."""
    return [m.source for m in all_messages() if "(s)" in m.source and not m.numerus]


if __name__ == "__main__":
    for qm in update():
        print(qm.relative_to(REPO))
    if forgotten := plural_sources():
        print("plural texts without a count:", *forgotten, sep="\n  ", file=sys.stderr)
        raise SystemExit(1)
    for short in PLURAL_FORMS:
        if problems := ts_problems(I18N / f"offline-reader_{short}.ts", short):
            print(*problems, sep="\n", file=sys.stderr)
    for short, keys in unused_translations().items():
        print(
            f"{translations_file(short).name}: no longer in the code (translate the new text):",
            *(f"{context}: {source!r}" for context, source, _ in keys),
            sep="\n  ",
            file=sys.stderr,
        )
