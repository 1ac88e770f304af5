"""reference templates from notifications

Revision ID: ec719e5ecc1c
Revises: 444ae5574a5f
Create Date: 2024-03-13 07:01:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ec719e5ecc1c'
down_revision = '444ae5574a5f'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "ALTER TABLE notifications ADD CONSTRAINT fk_notifications_template_id "  # expect: add-foreign-key-without-not-valid
        "FOREIGN KEY (template_id) REFERENCES templates (id)"
    )


def downgrade():
    op.execute("ALTER TABLE notifications DROP CONSTRAINT fk_notifications_template_id")
