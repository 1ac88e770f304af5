"""add description to security groups

Revision ID: e1bc69bde9fa
Revises: 9311d73907ce
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e1bc69bde9fa"
down_revision = "9311d73907ce"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("securitygroups", sa.Column("description", sa.String(length=255), nullable=True))


def downgrade():
    op.drop_column("securitygroups", "description")
    op.execute("ALTER TABLE securitygroups DROP COLUMN IF EXISTS description")
