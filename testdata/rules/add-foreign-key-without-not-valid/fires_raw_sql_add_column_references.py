"""link services to their default organisation

Revision ID: 0388_service_org
Revises: 0387_letter_rates
Create Date: 2022-12-01 10:44:19.001233

"""
from alembic import op

revision = "0388_service_org"
down_revision = "0387_letter_rates"


def upgrade():
    op.execute(
        "ALTER TABLE services ADD COLUMN organisation_id uuid NOT NULL "  # expect: add-foreign-key-without-not-valid
        "DEFAULT '00000000-0000-0000-0000-000000000000' REFERENCES organisation (id)"
    )


def downgrade():
    op.execute("ALTER TABLE services DROP COLUMN organisation_id")
