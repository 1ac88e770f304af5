"""Add description to shipments

Revision ID: 830415896367
Revises: aa33e4fc5b6c
Create Date: 2024-05-14 13:09:47.701940

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '830415896367'
down_revision = 'aa33e4fc5b6c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
