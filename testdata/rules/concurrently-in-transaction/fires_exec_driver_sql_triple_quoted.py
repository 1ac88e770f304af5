"""unique active subscription per customer

Revision ID: 07acd1222120
Revises: 9dbf9572b05d
Create Date: 2023-07-04 11:29:58.741006

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '07acd1222120'
down_revision = '9dbf9572b05d'
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    # expect: concurrently-in-transaction
    connection.exec_driver_sql("""
        CREATE UNIQUE INDEX CONCURRENTLY uq_subscriptions_active_customer
            ON subscriptions (customer_id)
            WHERE status = 'active'
    """)


def downgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("DROP INDEX uq_subscriptions_active_customer")
