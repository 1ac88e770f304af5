"""add soft delete to documents

Revision ID: eff33a1c5376
Revises: 3335ad3feedf
Create Date: 2024-05-06 17:31:12.660439

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "eff33a1c5376"
down_revision = "3335ad3feedf"
branch_labels = None
depends_on = None


def _add_soft_delete(table):
    op.add_column(table, sa.Column("is_deleted", sa.Boolean(), nullable=False, server_default=sa.text("false")))
    op.add_column(table, sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))


def upgrade():
    _add_soft_delete("documents")


def downgrade():
    op.drop_column("documents", "deleted_at")
    op.drop_column("documents", "is_deleted")
