"""add sqlite touch trigger

Revision ID: ca894cbd96c8
Revises: afa41040b622
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "ca894cbd96c8"
down_revision = "afa41040b622"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        """
        CREATE TRIGGER documents_touch AFTER UPDATE ON documents
        BEGIN
            UPDATE documents SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
        END;
        """
    )


def downgrade():
    op.execute("DROP TRIGGER documents_touch")
