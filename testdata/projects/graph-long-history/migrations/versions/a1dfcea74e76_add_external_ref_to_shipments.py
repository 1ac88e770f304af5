"""Add external_ref to shipments

Revision ID: a1dfcea74e76
Revises: a183662e1864
Create Date: 2024-08-06 23:42:15.820962

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a1dfcea74e76'
down_revision = 'a183662e1864'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "external_ref")
