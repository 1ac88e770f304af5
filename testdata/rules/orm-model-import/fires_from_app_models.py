"""migrate rate limits

Revision ID: 3a5c92208f5b
Revises: fb0864396818
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa

from app.models import Service  # expect: orm-model-import


# revision identifiers, used by Alembic.
revision = "3a5c92208f5b"
down_revision = "fb0864396818"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.update(Service).values(rate_limit=3000).where(Service.rate_limit.is_(None)))


def downgrade():
    op.execute("UPDATE services SET rate_limit = NULL WHERE rate_limit = 3000")
