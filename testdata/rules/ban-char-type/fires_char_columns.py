"""store country and currency codes

Revision ID: 6f7a8b9c0d1e
Revises: 5e6f7a8b9c0d
Create Date: 2024-08-01 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision = "6f7a8b9c0d1e"
down_revision = "5e6f7a8b9c0d"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "countries",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("iso_code", sa.CHAR(2), nullable=False),  # expect: ban-char-type
    )
    with op.batch_alter_table("prices") as batch_op:
        batch_op.add_column(sa.Column("currency", sa.NCHAR(length=3), nullable=True))  # expect: ban-char-type
    op.execute("ALTER TABLE prices ADD COLUMN region character(4)")  # expect: ban-char-type


def downgrade():
    op.execute("ALTER TABLE prices DROP COLUMN region")
    with op.batch_alter_table("prices") as batch_op:
        batch_op.drop_column("currency")
    op.drop_table("countries")
