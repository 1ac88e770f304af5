"""add billing email to customers

# expect: docstring-revision-mismatch
Revision ID: 546d27c2123d
# expect: docstring-revision-mismatch
Revises: 7b45f73551e3
Create Date: 2023-01-25 10:37:03.286145

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "7cac33c41f42"
down_revision: Union[str, None] = "2832e4ef9039"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("billing_email", sa.String(length=255), nullable=True))


def downgrade() -> None:
    op.drop_column("customers", "billing_email")
