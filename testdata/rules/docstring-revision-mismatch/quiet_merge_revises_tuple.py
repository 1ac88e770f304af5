"""
merge 5c0e8f1d9a2 and 3b7d4e6a1f8

Revision ID: 6e2a9c4b7d1
Revises: ('5c0e8f1d9a2', '3b7d4e6a1f8')
Create Date: 2015-06-02 23:55:28.367579
"""

revision = "6e2a9c4b7d1"
down_revision = ("5c0e8f1d9a2", "3b7d4e6a1f8")


def upgrade():
    pass


def downgrade():
    pass
