"""index shipments by status

Revision ID: 8c1f5a2e7d40
Revises: 566af8442062
Create Date: 2024-02-05 09:33:18.226071

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "8c1f5a2e7d40"
down_revision: Union[str, None] = "566af8442062"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index("ix_shipments_status", "shipments", ["status"], unique=False)  # expect: create-index-without-concurrently


def downgrade() -> None:
    op.drop_index("ix_shipments_status", table_name="shipments")
