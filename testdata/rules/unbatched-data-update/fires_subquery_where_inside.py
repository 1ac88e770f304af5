"""copy letter contact to history

Revision ID: b7bb568ba3ff
Revises: 050da734d41c
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "b7bb568ba3ff"
down_revision = "050da734d41c"
branch_labels = None
depends_on = None


def upgrade():
    history_query = """
        UPDATE templates_history t_history SET service_letter_contact_id = (
            SELECT service_letter_contact_id FROM templates
            WHERE service_letter_contact_id IS NOT NULL
            AND id = t_history.id
        )
    """
    op.execute(history_query)  # expect: unbatched-data-update


def downgrade():
    op.execute("UPDATE templates_history SET service_letter_contact_id = NULL WHERE service_letter_contact_id IS NOT NULL")
