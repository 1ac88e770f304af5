"""migrate rate limits

Revision ID: 60be450b03c6
Revises: 20370b09353a
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base


# revision identifiers, used by Alembic.
revision = "60be450b03c6"
down_revision = "20370b09353a"
branch_labels = None
depends_on = None


# The table as this migration sees it: only the columns it touches.
services = sa.table(
    "services",
    sa.column("id", sa.Integer),
    sa.column("rate_limit", sa.Integer),
)


def upgrade():
    op.execute(
        services.update().values(rate_limit=3000).where(services.c.rate_limit.is_(None))
    )


def downgrade():
    op.execute(services.update().values(rate_limit=None).where(services.c.rate_limit == 3000))
