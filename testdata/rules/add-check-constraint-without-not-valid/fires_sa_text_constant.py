"""require a non-negative balance

Revision ID: c55251f58946
Revises: 741ce76e4411
Create Date: 2024-01-06 05:02:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "c55251f58946"
down_revision: Union[str, None] = "741ce76e4411"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


ADD_CHECK = "ALTER TABLE accounts ADD CONSTRAINT ck_accounts_balance CHECK (balance >= 0)"


def upgrade() -> None:
    op.execute(sa.text(ADD_CHECK))  # expect: add-check-constraint-without-not-valid


def downgrade() -> None:
    op.execute("ALTER TABLE accounts DROP CONSTRAINT ck_accounts_balance")
