"""migrate org types

Revision ID: 5b74d1c4e30c
Revises: c1cb163ed34e
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "5b74d1c4e30c"
down_revision = "c1cb163ed34e"
branch_labels = None
depends_on = None


MIGRATE = """
ALTER TABLE organisation ADD COLUMN organisation_type_new varchar(255);
UPDATE organisation SET organisation_type_new = organisation_type WHERE organisation_type IS NOT NULL;
"""


def upgrade():
    op.execute(MIGRATE)  # expect: mixed-schema-and-data-migration


def downgrade():
    op.execute("ALTER TABLE organisation DROP COLUMN organisation_type_new")
