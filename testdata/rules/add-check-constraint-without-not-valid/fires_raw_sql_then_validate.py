"""require an email and validate at once

Revision ID: d6cec32c5f34
Revises: ea873e1b12f4
Create Date: 2024-02-07 12:14:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd6cec32c5f34'
down_revision = 'ea873e1b12f4'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "ALTER TABLE users ADD CONSTRAINT ck_users_email_not_null CHECK (email IS NOT NULL) NOT VALID"
    )
    op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_not_null")  # expect: add-check-constraint-without-not-valid


def downgrade():
    op.execute("ALTER TABLE users DROP CONSTRAINT ck_users_email_not_null")
