"""create invoices

Revision ID: 7d529975dcb6
Revises: d2bad821df99
Create Date: 2023-05-02 09:51:13.004682

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7d529975dcb6'
down_revision = 'd2bad821df99'
branch_labels = ('billing',)
depends_on = None


def upgrade():
    op.create_table(
        'invoices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=20), nullable=False),
        sa.Column('amount_cents', sa.BigInteger(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('number'),
    )
    op.create_index('ix_invoices_contact_id', 'invoices', ['contact_id'])


def downgrade():
    op.drop_index('ix_invoices_contact_id', table_name='invoices')
    op.drop_table('invoices')
