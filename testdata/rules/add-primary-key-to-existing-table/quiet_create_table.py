"""create the webhooks table

Revision ID: 067666f383a1
Revises: 293fa3f1e7bb
Create Date: 2024-01-07 07:06:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "067666f383a1"
down_revision: Union[str, None] = "293fa3f1e7bb"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "webhooks",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
    )
    op.create_primary_key("pk_webhooks", "webhooks", ["id"])


def downgrade() -> None:
    op.drop_table("webhooks")
