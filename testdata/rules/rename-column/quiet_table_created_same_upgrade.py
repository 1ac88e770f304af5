"""create entity types

Revision ID: b0a54640d9b3
Revises: 9c0fdb199f98
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "b0a54640d9b3"
down_revision = "9c0fdb199f98"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "entity_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.alter_column("entity_type", "field", new_column_name="jpath")


def downgrade():
    op.drop_table("entity_type")
