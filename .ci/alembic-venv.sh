#!/usr/bin/env bash
# Creates, once, a virtualenv with a pinned Alembic for the comparison tests
# (tests/alembic_compare/compare.py) and prints its python, for ALEMBIC_PYTHON:
#
#   ALEMBIC_PYTHON="$(.ci/alembic-venv.sh)" cargo test
#
# The virtualenv is ${ALEMBIC_VENV:-$PWD/target/alembic-venv}; it is reused while it holds the
# pinned version. Progress goes to stderr, the python path alone to stdout.
set -euo pipefail

alembic_version="1.20.1"
venv="${ALEMBIC_VENV:-$PWD/target/alembic-venv}"
python="$venv/bin/python"

if ! "$python" -c "import alembic, sys; sys.exit(alembic.__version__ != '$alembic_version')" 2>/dev/null; then
    echo "creating $venv with alembic==$alembic_version" >&2
    python3 -m venv "$venv" >&2
    "$python" -m pip install --quiet --disable-pip-version-check "alembic==$alembic_version" >&2
fi

echo "$python"
