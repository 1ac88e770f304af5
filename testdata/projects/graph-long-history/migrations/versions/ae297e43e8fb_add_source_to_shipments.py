"""Add source to shipments

Revision ID: ae297e43e8fb
Revises: 1ecf34016dd0
Create Date: 2025-02-11 21:15:59.152387

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ae297e43e8fb'
down_revision = '1ecf34016dd0'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "source")
