"""Add color to webhooks

Revision ID: 22939e6024cd
Revises: f6bd9f374cd6
Create Date: 2023-04-19 20:50:59.466986

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '22939e6024cd'
down_revision = 'f6bd9f374cd6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("webhooks", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("webhooks", "color")
