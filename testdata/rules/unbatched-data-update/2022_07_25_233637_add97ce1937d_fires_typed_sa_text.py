"""update deployments to include more info

Revision ID: add97ce1937d
Revises: 85d3366d05f4
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "add97ce1937d"
down_revision: Union[str, None] = "85d3366d05f4"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(sa.text("UPDATE deployment SET manifest_path = '';"))  # expect: unbatched-data-update


def downgrade() -> None:
    op.execute(sa.text("UPDATE deployment SET manifest_path = NULL WHERE manifest_path = ''"))
