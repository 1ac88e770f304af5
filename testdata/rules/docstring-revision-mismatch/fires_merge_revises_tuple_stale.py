"""
merge 5c0e8f1d9a2 and 8d1f3a5c7e9

Revision ID: 7f3b1d5e9a2
# expect: docstring-revision-mismatch
Revises: ('5c0e8f1d9a2', '3b7d4e6a1f8')
Create Date: 2015-06-03 10:12:41.552107
"""

revision = "7f3b1d5e9a2"
down_revision = ("5c0e8f1d9a2", "8d1f3a5c7e9")


def upgrade():
    pass


def downgrade():
    pass
