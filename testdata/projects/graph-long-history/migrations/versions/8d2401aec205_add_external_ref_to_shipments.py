"""Add external_ref to shipments

Revision ID: 8d2401aec205
Revises: 9b94699194a3
Create Date: 2024-06-02 10:45:09.693176

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8d2401aec205'
down_revision = '9b94699194a3'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "external_ref")
