"""drop the search index with the connection

Revision ID: 43eaf022aba4
Revises: 08111dea86f6
Create Date: 2024-05-04 14:10:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "43eaf022aba4"
down_revision: Union[str, None] = "08111dea86f6"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


from sqlalchemy import text


def upgrade() -> None:
    conn = op.get_bind()
    conn.execute(text("DROP INDEX ix_documents_search"))  # expect: drop-index-without-concurrently


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(text("CREATE INDEX ix_documents_search ON documents USING gin (search_vector)"))
