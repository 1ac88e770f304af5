"""Runs the migrations of the database engine in use: each engine keeps its own history in
versions/<dialect>/."""
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config


def run_migrations_online() -> None:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    dialect = engine.dialect.name
    config.set_main_option("version_locations", f"tasks/migrations/versions/{dialect}")
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
