"""index password resets by expiry

Revision ID: 97af27ea328f
Revises: 1c6f86ba6b51
Create Date: 2022-07-27 20:13:09.045672

"""
from alembic import op
from sqlalchemy import text


# revision identifiers, used by Alembic.
revision = '97af27ea328f'
down_revision = '1c6f86ba6b51'
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    conn.execute(text("CREATE INDEX ix_password_resets_expires_at ON password_resets USING brin (expires_at)"))  # expect: create-index-without-concurrently


def downgrade():
    conn = op.get_bind()
    conn.execute(text("DROP INDEX ix_password_resets_expires_at"))
