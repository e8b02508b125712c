"""The publication's settings: source/config.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ld.errors import BuildFailed, ConfigError
from ld.formats import DUMP_MODES  # (which dump files each [publish] dumps mode writes)
from ld.schema import CONFIG, errors

DEFAULT_BASE = "https://w3id.org/ldpub/"

# The dump files of each publication mode ([publish] dumps in config.toml). "plain" suits a
# collection people open in an editor; "gzip" an archive of thousands of documents, whose plain
# dumps would take about ten times the disk, and the time to write and checksum them on every build.


def compressed_only(dumps: str) -> bool:
    """Whether a mode publishes its dumps compressed only; its exports are then compressed too."""
    return all(name.endswith(".gz") for name in DUMP_MODES[dumps])


@dataclass(frozen=True)
class Config:
    base: str
    title: str
    description: str
    license: str
    publisher: str  # slug of an Organization in the register
    download_base: str  # where dist/ files are downloadable
    source_pages: str = ""  # the archive's public address of a document is this + its id (schema:url)
    text_rights: str = ""  # the terms of the translated texts, which our licence does not cover
    path: Path | None = None
    dumps: str = "plain"  # which dump files: a key of DUMP_MODES
    sparql_services: tuple[str, ...] = ()  # endpoints a query on `ldpub serve` may call with SERVICE
    rico: bool = False  # also publish the RiC-O view (ld.rico)


def raise_all(problems: list, path: Path) -> None:
    """Raise the problems found in one file: the one, or all of them together."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise BuildFailed(problems, f"{len(problems)} problems in {path}; dist/ is unchanged")


def read_toml(path: Path, error=ConfigError) -> dict:
    """Read a TOML file, turning syntax errors into a located user error."""
    if path.exists() and not path.is_file():  # a FIFO would hang the read
        raise error("not a regular file", path=path, hint="give a TOML text file here")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error("file not found", path=path) from None
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=path,
                    hint="save the file as UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column (\d+)\)", r" (column \1)", str(exc))
        raise error(f"not valid TOML: {message}", path=path, line=int(where[1]) if where else None,
                    hint="see https://toml.io for the syntax") from None


def load_config(path: Path) -> Config:
    settings = read_toml(path)
    raise_all(errors(settings, CONFIG, path, path.read_text(encoding="utf-8"), ConfigError), path)
    data = settings.get("dataset")
    if not isinstance(data, dict):
        raise ConfigError("missing [dataset] table", path=path,
                          hint="see README.md, section 'Configuration'")
    missing = [k for k in ("title", "description", "license", "publisher") if not data.get(k)]
    if missing:
        raise ConfigError(f"[dataset] lacks {', '.join(missing)}", path=path)
    base = data.get("base", DEFAULT_BASE)
    if not (re.fullmatch(r"https?://[^\s/?#<>\"{}|\\^`]+(/[^\s?#<>\"{}|\\^`]*)?/", base)):
        raise ConfigError(f"base {base!r} must be an absolute http(s) IRI with a host, ending in '/'", path=path,
                          hint='e.g. base = "https://w3id.org/my-archive/"')
    for key in ("license", "download_base", "source_pages"):
        value = str(data.get(key, base))
        if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
            raise ConfigError(f"{key} {value!r} must be an http(s) IRI", path=path,
                              hint='e.g. license = "https://creativecommons.org/licenses/by/4.0/"')
    publish = settings.get("publish", {})
    dumps = publish.get("dumps", "plain") if isinstance(publish, dict) else None
    if dumps not in DUMP_MODES:
        raise ConfigError(f"[publish] dumps = {dumps!r} is not a publication mode", path=path,
                          hint='write dumps = "plain" (every format uncompressed, N-Quads and N-Triples '
                               'also gzipped) or dumps = "gzip" (every format gzipped only)')
    serve = settings.get("serve", {})
    services = serve.get("sparql_services", []) if isinstance(serve, dict) else None
    if not (isinstance(services, list)
            and all(isinstance(s, str) and re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", s) for s in services)):
        raise ConfigError("[serve] sparql_services must be a list of http(s) IRIs", path=path,
                          hint='e.g. sparql_services = ["https://query.wikidata.org/sparql"]; '
                               'leave it out to refuse every SERVICE call')
    rico = publish.get("rico", False) if isinstance(publish, dict) else False
    if not isinstance(rico, bool):
        raise ConfigError(f"[publish] rico = {rico!r} must be true or false", path=path,
                          hint="rico = true adds the RiC-O view: the graph .../graph/rico and dist/rico.ttl")
    return Config(
        rico=rico,
        dumps=dumps,
        sparql_services=tuple(services),
        base=base,
        title=data["title"],
        description=data["description"],
        license=data["license"],
        publisher=data["publisher"],
        download_base=data.get("download_base", base + "dist/"),
        source_pages=data.get("source_pages", ""),
        text_rights=data.get("text_rights", ""),
        path=path,
    )
