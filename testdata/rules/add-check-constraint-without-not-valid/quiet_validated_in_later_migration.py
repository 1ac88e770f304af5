"""validate the email check added before

Revision ID: 9ac7502d95e8
Revises: 2bf0c45ef981
Create Date: 2024-10-11 12:07:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "9ac7502d95e8"
down_revision: Union[str, None] = "2bf0c45ef981"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_not_null")


def downgrade() -> None:
    op.execute("SELECT 1")
