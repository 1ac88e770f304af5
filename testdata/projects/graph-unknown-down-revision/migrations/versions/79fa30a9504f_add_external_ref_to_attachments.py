"""Add external_ref to attachments

Revision ID: 79fa30a9504f
Revises: 14757f3a0ae9
Create Date: 2025-12-02 02:35:23.598449

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '79fa30a9504f'
down_revision = '14757f3a0ae9'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("attachments", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("attachments", "external_ref")
