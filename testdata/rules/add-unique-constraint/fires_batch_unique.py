"""make slugs unique per site

Revision ID: 06eca7927f4d
Revises: 1c11f4b19611
Create Date: 2024-01-07 14:12:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '06eca7927f4d'
down_revision = '1c11f4b19611'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("pages") as batch_op:
        batch_op.create_unique_constraint("uq_pages_site_slug", ["site_id", "slug"])  # expect: add-unique-constraint


def downgrade():
    with op.batch_alter_table("pages") as batch_op:
        batch_op.drop_constraint("uq_pages_site_slug", type_="unique")
