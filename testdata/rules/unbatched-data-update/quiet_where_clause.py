"""fix null permissions

Revision ID: c6bd7a75a0d0
Revises: cc985edda84f
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c6bd7a75a0d0"
down_revision = "cc985edda84f"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE invited_organisation_users SET permissions = '' WHERE permissions IS NULL")
    op.execute(sa.text("DELETE FROM service_permissions WHERE permission = 'letters_as_pdf'"))


def downgrade():
    op.execute("UPDATE invited_organisation_users SET permissions = NULL WHERE permissions = ''")
