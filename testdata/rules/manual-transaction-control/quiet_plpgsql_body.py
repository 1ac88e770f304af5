"""add updated at trigger

Revision ID: 8428cf0e68e8
Revises: d18395cb6c3d
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "8428cf0e68e8"
down_revision = "d18395cb6c3d"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        """
        CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
        BEGIN
            NEW.updated_at = now();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        """
    )
    op.execute(
        """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
                CREATE TYPE mood AS ENUM ('happy', 'sad');
            END IF;
        END
        $$;
        """
    )


def downgrade():
    op.execute("DROP FUNCTION set_updated_at()")
