import os

from alembic import context
from sqlalchemy import create_engine, pool

DATABASE_URL = os.environ["BILLING_DATABASE_URL"]


def run_migrations_offline():
    context.configure(url=DATABASE_URL, literal_binds=True, version_table="alembic_version_billing")
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online():
    engine = create_engine(DATABASE_URL, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, version_table="alembic_version_billing")
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
