"""backfill display names with PEP 701 f-strings

Revision ID: 3b1f0c9a7d21
Revises: 2a9e8d7c6b54
Create Date: 2025-03-02 09:14:51.220193

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = "3b1f0c9a7d21"
down_revision = "2a9e8d7c6b54"
branch_labels = None
depends_on = None

COLS = {"name": "display_name", "table": "accounts"}
FLAGS = ["active", "verified"]


def upgrade() -> None:
    # Same quotes inside the replacement field (Python 3.12+).
    op.execute(f"UPDATE {COLS["table"]} SET active = true WHERE id = 1")
    # A backslash inside the replacement field.
    op.execute(f"COMMENT ON TABLE accounts IS '{"\n".join(FLAGS)}'")
    # Nested f-strings with the same quotes, and a comment inside a multi-line field.
    op.execute(
        f"UPDATE accounts SET {COLS["name"]} = {
            f"{COLS["name"]}_{"old"}"  # the previous column
        } WHERE {" AND ".join(f"{flag} IS NOT NULL" for flag in FLAGS)}"
    )
    op.execute(f"{'SELECT'} {f'{1}'} -- {f"{f"{f"{2}"}"}"}")


def downgrade() -> None:
    op.execute(f"UPDATE {COLS['table']} SET active = false WHERE id = 1")
