"""make reply to archived not null

Revision ID: a5c0ab25228c
Revises: d8a2df7879b5
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "a5c0ab25228c"
down_revision = "d8a2df7879b5"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("service_email_reply_to", "archived", existing_type=sa.Boolean(), server_default=sa.false())
    op.execute("ALTER TABLE service_email_reply_to ALTER COLUMN archived SET DEFAULT false")


def downgrade():
    op.alter_column("service_email_reply_to", "archived", existing_type=sa.Boolean(), server_default=None)
