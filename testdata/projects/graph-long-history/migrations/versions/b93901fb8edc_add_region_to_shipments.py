"""Add region to shipments

Revision ID: b93901fb8edc
Revises: 44713590c701
Create Date: 2024-07-18 05:09:37.468488

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b93901fb8edc'
down_revision = '44713590c701'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "region")
