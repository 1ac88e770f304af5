"""store variable values as JSON

Revision ID: 86ec6236b5aa
Revises: b0ef5afe5c81
Create Date: 2024-09-07 14:12:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '86ec6236b5aa'
down_revision = 'b0ef5afe5c81'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("variable", sa.Column("json_value", sa.JSON(), nullable=True))
    op.execute("UPDATE variable SET json_value = to_json(value) WHERE value IS NOT NULL")
    op.drop_column("variable", "value")  # expect: drop-column
    op.alter_column("variable", "json_value", new_column_name="value")


def downgrade():
    op.add_column("variable", sa.Column("string_value", sa.String(), nullable=True))
    op.execute("UPDATE variable SET string_value = value::text WHERE value IS NOT NULL")
    op.drop_column("variable", "value")
    op.alter_column("variable", "string_value", new_column_name="value")
