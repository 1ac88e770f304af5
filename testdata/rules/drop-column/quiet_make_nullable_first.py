"""stop writing nickname

Revision ID: fd4cdf40890f
Revises: 92c1324a3f4a
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "fd4cdf40890f"
down_revision = "92c1324a3f4a"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("users", "nickname", existing_type=sa.String(length=50), nullable=True)


def downgrade():
    op.alter_column("users", "nickname", existing_type=sa.String(length=50), nullable=False)
