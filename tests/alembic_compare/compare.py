"""Ask Alembic itself what the revision graphs look like, to compare with alembic-lint.

    python compare.py projects PATH...   every script directory under each PATH, as JSON
    python compare.py graphs < GRAPHS    revision graphs given as text, as JSON

`projects` finds script directories the way a user points Alembic at them: each `alembic.ini`
(its `script_location` and `version_locations`), and each folder holding `env.py` beside a
`versions/` folder that no `alembic.ini` covers. For each it prints the heads and bases from
`ScriptDirectory` (what `alembic heads` shows and `get_bases()`), the migration files Alembic
loaded, the revisions `alembic upgrade heads` runs on an empty database in its order, and the
error when Alembic cannot build the history.

`graphs` reads graphs separated by `---` lines, one revision a line:
`id|down,down|label,label|dep,dep` (`-` for none), builds each with Alembic's `RevisionMap`
and prints, per graph, heads, bases, branch points, merge points, the revisions `alembic upgrade
heads` runs from the base and from each revision, in its order, and, for each revision, the
branch labels Alembic gives it and whether another revision depends on it.

It imports the migration files, as Alembic does: run it only on trusted projects.
"""

import json
import os
import sys
import warnings

from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.script.revision import Revision, RevisionMap

SKIP = {".git", ".venv", "venv", "node_modules", "__pycache__", "target", "build", "dist"}


def find_script_dirs(root):
    """`alembic.ini` files and bare script directories (env.py beside versions/) under root."""
    inis, envs = [], []
    for here, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP)
        if "alembic.ini" in files:
            inis.append(os.path.realpath(os.path.join(here, "alembic.ini")))
        if "env.py" in files and os.path.isdir(os.path.join(here, "versions")):
            envs.append(os.path.realpath(here))
    return inis, envs


def describe(load, config=None):
    """Loads one script directory with `load()`, from the folder of its `alembic.ini` (relative
    paths in it are relative to where the user runs `alembic`)."""
    entry = {
        "path": None,
        "config": config,
        "heads": None,
        "bases": None,
        "upgrade": None,
        "files": [],
        "warnings": [],
        "error": None,
    }
    cwd = os.getcwd()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if config:
                os.chdir(os.path.dirname(config))
            script = load()
            entry["path"] = os.path.realpath(script.dir)
            entry["files"] = sorted(
                os.path.realpath(s.path) for s in script._load_revisions()
            )
            entry["heads"] = sorted(set(script.get_heads()))
            entry["bases"] = sorted(set(script.get_bases()))
            entry["upgrade"] = upgrade_order(script.revision_map, ())
        except Exception as err:  # KeyError, RevisionError, CommandError...
            entry["error"] = "%s: %s" % (type(err).__name__, err)
        finally:
            os.chdir(cwd)
        entry["warnings"] = sorted(
            {
                str(w.message)
                for w in caught
                if not issubclass(w.category, DeprecationWarning)
            }
        )
    return entry


def projects(paths):
    out = []
    for path in paths:
        inis, envs = find_script_dirs(path)
        entries = [
            describe(lambda ini=ini: ScriptDirectory.from_config(Config(ini)), ini)
            for ini in inis
        ]
        covered = {e["path"] for e in entries}
        entries += [
            describe(lambda env=env: ScriptDirectory(env)) for env in envs if env not in covered
        ]
        out += sorted(entries, key=lambda e: (e["path"] or "", e["config"] or ""))
    return {"script_directories": out}


def upgrade_order(revision_map, current):
    """The revisions `alembic upgrade heads` runs on a database at `current`, in order: what
    `ScriptDirectory._upgrade_revs` computes."""
    steps = revision_map.iterate_revisions("heads", current, implicit_base=True)
    return [r.revision for r in reversed(list(steps))]


def ids(text):
    return None if text == "-" else tuple(text.split(","))


def scalar(value):
    return value[0] if value and len(value) == 1 else value


def graph(text):
    revisions = []
    for line in text.splitlines():
        if line.strip():
            rev, down, labels, deps = line.split("|")
            revisions.append(
                Revision(
                    rev,
                    scalar(ids(down)),
                    dependencies=scalar(ids(deps)),
                    branch_labels=ids(labels),
                )
            )
    revision_map = RevisionMap(lambda: revisions)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            heads, bases = revision_map.heads, revision_map.bases
        except Exception as err:
            return {"error": "%s: %s" % (type(err).__name__, err)}
    return {
        "heads": sorted(set(heads)),
        "bases": sorted(set(bases)),
        "branch_points": sorted(r.revision for r in revisions if r.is_branch_point),
        "merges": sorted(r.revision for r in revisions if r.is_merge_point),
        "upgrade": upgrade_order(revision_map, ()),
        "upgrade_from": {
            r.revision: upgrade_order(revision_map, r.revision) for r in revisions
        },
        "revisions": {
            r.revision: {
                "branch_labels": sorted(r.branch_labels),
                "has_dependents": bool(r._all_nextrev - r.nextrev),
            }
            for r in revisions
        },
    }


def graphs(stream):
    return {"graphs": [graph(text) for text in stream.read().split("---\n")]}


def main(argv):
    if len(argv) >= 2 and argv[1] == "projects":
        result = projects(argv[2:])
    elif len(argv) == 2 and argv[1] == "graphs":
        result = graphs(sys.stdin)
    else:
        sys.exit(__doc__)
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
