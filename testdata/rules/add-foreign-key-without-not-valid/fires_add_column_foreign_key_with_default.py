"""assign every incident to the default organization

Revision ID: 3a9c4f21d7be
Revises: 91e0b5c2a4f8
Create Date: 2023-09-19 14:27:03.604118

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "3a9c4f21d7be"
down_revision = "91e0b5c2a4f8"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(  # expect: add-foreign-key-without-not-valid
        "incident",
        sa.Column(
            "organization_id",
            sa.Integer(),
            sa.ForeignKey("dispatch_core.organization.id"),
            nullable=False,
            server_default="1",
        ),
    )


def downgrade():
    op.drop_column("incident", "organization_id")
