"""give audit_log a primary key

Revision ID: c32a7d5c30a1
Revises: 825215adf916
Create Date: 2024-01-04 02:10:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "c32a7d5c30a1"
down_revision: Union[str, None] = "825215adf916"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_primary_key("pk_audit_log", "audit_log", ["id"])  # expect: add-primary-key-to-existing-table


def downgrade() -> None:
    op.drop_constraint("pk_audit_log", "audit_log", type_="primary")
