"""rename block spec id

Revision ID: d38c5e6a9115
Revises: 1d383a37ef1d
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "d38c5e6a9115"
down_revision: Union[str, None] = "1d383a37ef1d"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("block_document", schema=None) as batch_op:
        batch_op.alter_column("block_spec_id", new_column_name="block_schema_id")  # expect: rename-column


def downgrade() -> None:
    with op.batch_alter_table("block_document", schema=None) as batch_op:
        batch_op.alter_column("block_schema_id", new_column_name="block_spec_id")
