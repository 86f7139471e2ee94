"""Keeping an archive safe: checks and repairs, backups and restores, where it is stored."""
