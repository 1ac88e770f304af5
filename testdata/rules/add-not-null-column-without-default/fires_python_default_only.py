"""add newsletter opt-in to customers

Revision ID: 17b2fbab2211
Revises: 6e466314eabe
Create Date: 2023-04-04 15:55:09.118524

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '17b2fbab2211'
down_revision = '6e466314eabe'
branch_labels = None
depends_on = None


def upgrade():
    # default= only applies to rows inserted through SQLAlchemy later on
    op.add_column(  # expect: add-not-null-column-without-default
        'customers',
        sa.Column('newsletter_opt_in', sa.Boolean(), nullable=False, default=False),
    )


def downgrade():
    op.drop_column('customers', 'newsletter_opt_in')
