"""Network file systems and cloud-synced folders are recognised before an archive opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.maintenance.storage import parse_mounts, storage_risk

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/team /mnt/team nfs4 rw,relatime,vers=4.2 0 0
//nas/share /media/nas\\040share cifs rw,vers=3.0 0 0
me@host:/data /home/me/remote fuse.sshfs rw,nosuid 0 0
tmpfs /mnt/team/local-cache tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/mnt/team/archive.sqlite", "nfs4"),
        ("/media/nas share/gcm/archive.sqlite", "cifs"),
        ("/home/me/remote/archive.sqlite", "fuse.sshfs"),
    ],
)
def test_network_file_systems(path: str, fstype: str):
    risk = storage_risk(path, mounts=MOUNTS)
    assert risk is not None and risk.kind == "network" and risk.detail == fstype
    assert fstype in risk.message and "PostgreSQL" in risk.message


def test_local_disks_and_nested_local_mounts_are_fine():
    assert storage_risk("/home/me/archive.sqlite", mounts=MOUNTS) is None
    # The longest mount point wins: a local tmpfs inside the NFS mount is local.
    assert storage_risk("/mnt/team/local-cache/a.sqlite", mounts=MOUNTS) is None
    assert storage_risk("postgresql+psycopg://u@h/db", mounts=MOUNTS) is None


def test_octal_escapes_in_mount_points():
    assert ("/media/nas share", "cifs") in parse_mounts(MOUNTS)


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("Dropbox/work", "Dropbox"),
        ("OneDrive - Example Org/Documents", "OneDrive"),
        ("Google Drive/My Drive", "Google Drive"),
        ("Library/CloudStorage/GoogleDrive-me@example.org/x", "Google Drive"),
        ("Nextcloud/Archive", "Nextcloud"),
        ("ownCloud", "ownCloud"),
        ("Library/Mobile Documents/com~apple~CloudDocs", "iCloud Drive"),
    ],
)
def test_sync_folders_by_name(tmp_path: Path, folder: str, service: str):
    path = tmp_path / folder / "archive.sqlite"
    risk = storage_risk(path, mounts="")
    assert risk is not None and risk.kind == "sync" and risk.detail == service


@pytest.mark.parametrize(
    ("marker", "service"),
    [(".dropbox", "Dropbox"), ("._sync_4f2a.db", "Nextcloud"), (".owncloudsync.log", "ownCloud")],
)
def test_sync_folders_by_marker_file(tmp_path: Path, marker: str, service: str):
    root = tmp_path / "Shared stuff"
    (root / "deep" / "er").mkdir(parents=True)
    (root / marker).write_text("")
    risk = storage_risk(root / "deep" / "er" / "archive.sqlite", mounts="")
    assert risk is not None and risk.detail == service and risk.where == str(root)


def test_ordinary_folders_are_not_flagged(tmp_path: Path):
    assert storage_risk(tmp_path / "Documents" / "dropboxes" / "a.sqlite", mounts="") is None


def test_cli_warns_on_stderr_and_goes_on(capsys, tmp_path: Path, seeds_dir: Path):
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    code = main(["--archive", str(synced / "a.sqlite"), "--json", "articles"])
    captured = capsys.readouterr()
    assert code == 0 and captured.out.strip() == "[]"
    assert "warning" in captured.err and "Dropbox" in captured.err
