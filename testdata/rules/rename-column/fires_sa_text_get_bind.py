"""rename plugin id

Revision ID: 086063091d51
Revises: f03f9f9813c1
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "086063091d51"
down_revision = "f03f9f9813c1"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    bind.execute(sa.text("ALTER TABLE workflow RENAME plugin_id TO plugin_instance_id"))  # expect: rename-column


def downgrade():
    bind = op.get_bind()
    bind.execute(sa.text("ALTER TABLE workflow RENAME plugin_instance_id TO plugin_id"))
