"""unique key annual billing

Revision ID: 0d83ca4ebdec
Revises: f7ba879282ec
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0d83ca4ebdec"
down_revision = "f7ba879282ec"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("COMMIT")  # expect: manual-transaction-control
    op.create_index(
        "uix_service_id_financial_year_start",
        "annual_billing",
        ["service_id", "financial_year_start"],
        unique=True,
        postgresql_concurrently=True,
    )


def downgrade():
    op.drop_index("uix_service_id_financial_year_start", table_name="annual_billing")
