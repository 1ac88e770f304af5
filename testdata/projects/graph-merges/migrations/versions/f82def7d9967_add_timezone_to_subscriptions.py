"""Add timezone to subscriptions

Revision ID: f82def7d9967
Revises: 699f5fd8e665
Create Date: 2023-03-03 12:47:34.736379

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f82def7d9967'
down_revision = '699f5fd8e665'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("subscriptions", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("subscriptions", "timezone")
