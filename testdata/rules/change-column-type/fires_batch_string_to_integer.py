"""store postcodes as numbers

Revision ID: 0b9e44c2d871
Revises: 7f3a2b1c0d99
Create Date: 2024-06-18 08:02:10.402113

"""
from alembic import op
import sqlalchemy as sa


revision = "0b9e44c2d871"
down_revision = "7f3a2b1c0d99"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.alter_column(  # expect: change-column-type
            "zone",
            existing_type=sa.VARCHAR(length=10),
            type_=sa.Integer(),
            postgresql_using="zone::integer",
        )
        # Narrowing a limit checks and rewrites every row.
        batch_op.alter_column(  # expect: change-column-type
            "city",
            existing_type=sa.String(length=255),
            type_=sa.String(length=120),
        )


def downgrade():
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.alter_column("city", existing_type=sa.String(length=120), type_=sa.String(length=255))
        batch_op.alter_column("zone", existing_type=sa.Integer(), type_=sa.VARCHAR(length=10))
