"""rename is_active to archived

Revision ID: 2a4e95b20f78
Revises: 7b252177cbb8
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "2a4e95b20f78"
down_revision = "7b252177cbb8"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(  # expect: rename-column
        "service_email_reply_to",
        "is_active",
        new_column_name="archived",
        existing_type=sa.Boolean(),
        server_default=sa.false(),
    )


def downgrade():
    op.alter_column("service_email_reply_to", "archived", new_column_name="is_active")
