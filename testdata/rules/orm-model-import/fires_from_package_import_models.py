"""backfill feedback ratings

Revision ID: 134294cd0698
Revises: 9499d4cc5871
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
from sqlalchemy.orm import Session

from helpdesk.feedback.incident import (  # expect: orm-model-import
    models,
)


# revision identifiers, used by Alembic.
revision = "134294cd0698"
down_revision = "9499d4cc5871"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    session = Session(bind=bind)
    for feedback in session.query(models.Feedback).filter(models.Feedback.rating.is_(None)):
        feedback.rating = "neutral"
    session.commit()


def downgrade():
    op.execute("UPDATE feedback SET rating = NULL WHERE rating = 'neutral'")
