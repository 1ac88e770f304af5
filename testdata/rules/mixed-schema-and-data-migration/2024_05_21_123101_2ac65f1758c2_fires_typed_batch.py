"""json variables

Revision ID: 2ac65f1758c2
Revises: 369cc71ac690
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "2ac65f1758c2"
down_revision: Union[str, None] = "369cc71ac690"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("variable", schema=None) as batch_op:
        batch_op.add_column(sa.Column("json_value", sa.JSON(), nullable=True))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE variable SET json_value = to_json(value) WHERE value IS NOT NULL"))  # expect: mixed-schema-and-data-migration


def downgrade() -> None:
    with op.batch_alter_table("variable", schema=None) as batch_op:
        batch_op.drop_column("json_value")
