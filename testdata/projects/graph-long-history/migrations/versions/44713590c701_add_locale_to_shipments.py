"""Add locale to shipments

Revision ID: 44713590c701
Revises: 8d2401aec205
Create Date: 2024-07-14 20:51:50.639669

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '44713590c701'
down_revision = '8d2401aec205'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
