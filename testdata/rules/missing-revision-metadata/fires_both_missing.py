from alembic import op  # expect: missing-revision-metadata
import sqlalchemy as sa


def upgrade():
    op.add_column("customers", sa.Column("vat_number", sa.String(length=20), nullable=True))


def downgrade():
    op.drop_column("customers", "vat_number")
