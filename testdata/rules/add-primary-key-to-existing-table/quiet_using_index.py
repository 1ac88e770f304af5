"""give audit_log a primary key from a concurrent index

Revision ID: d597c44ca5c5
Revises: c4277f1980e7
Create Date: 2024-02-06 09:07:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd597c44ca5c5'
down_revision = 'c4277f1980e7'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            "pk_audit_log",
            "audit_log",
            ["id"],
            unique=True,
            postgresql_concurrently=True,
        )
    op.execute("ALTER TABLE audit_log ADD CONSTRAINT pk_audit_log PRIMARY KEY USING INDEX pk_audit_log")


def downgrade():
    op.drop_constraint("pk_audit_log", "audit_log", type_="primary")
