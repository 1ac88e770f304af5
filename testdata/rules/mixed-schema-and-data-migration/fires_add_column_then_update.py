"""add billable units

Revision ID: 4038b29b3c3d
Revises: db1a518f05bd
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4038b29b3c3d"
down_revision = "db1a518f05bd"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("notifications", sa.Column("billable_units", sa.Integer(), nullable=True))
    op.execute("UPDATE notifications SET billable_units = 0 WHERE billable_units IS NULL")  # expect: mixed-schema-and-data-migration
    op.alter_column("notifications", "billable_units", nullable=False)


def downgrade():
    op.drop_column("notifications", "billable_units")
