"""Where an archive file lives: network file systems and cloud-synced folders.

SQLite's write-ahead log needs shared memory and byte-range locks that network file
systems do not honour, and sync clients copy the database and its ``-wal`` file at
different moments: both lose data (Zotero's users lose databases this way). A local
archive found on such storage is opened only after a warning; the ways out are a
team archive on PostgreSQL or a local copy (:func:`local_copy`).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path, PurePath

from desktop.core.util import paths
from desktop.db.backup import copy_sqlite
from desktop.db.engine import archive_url
from desktop.i18n import _

PROC_MOUNTS = Path("/proc/mounts")

NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "davfs",
        "webdav",
        "sshfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "fuse.glusterfs",
        "fuse.cephfs",
        "fuse.davfs2",
        "fuse.smbnetfs",
        "fuse.onedriver",
        "fuse.google-drive-ocamlfuse",
        "fuse.dropbox",
    }
)

# Folder names sync clients create (compared case-insensitively), and their prefixes
# ("OneDrive - Company", macOS CloudStorage's "GoogleDrive-name@example.org").
SYNC_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "icloud drive": "iCloud Drive",
    "icloud drive (archive)": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "pcloud drive": "pCloud",
    "box sync": "Box",
    "megasync": "MEGA",
    "seafile": "Seafile",
    "yandex.disk": "Yandex Disk",
    "tresorit": "Tresorit",
}
SYNC_PREFIXES = {
    "onedrive - ": "OneDrive",
    "onedrive-": "OneDrive",
    "dropbox (": "Dropbox",
    "dropbox-": "Dropbox",
    "googledrive-": "Google Drive",
    "box-": "Box",
}
# Files a sync client leaves in the folders it syncs.
SYNC_MARKERS = {
    ".dropbox": "Dropbox",
    ".dropbox.cache": "Dropbox",
    ".owncloudsync.log": "ownCloud",
    ".nextcloudsync.log": "Nextcloud",
    "._sync_*.db": "Nextcloud",
    ".sync_*.db": "ownCloud",
    ".sync": "Resilio Sync",
    ".tresorit": "Tresorit",
    ".megaignore": "MEGA",
}


@dataclass(frozen=True)
class StorageRisk:
    kind: str  # "network" or "sync"
    detail: str  # the file system type or the sync service
    where: str  # the mount point or the synced folder

    @property
    def message(self) -> str:
        if self.kind == "network":
            text = _(
                "This archive is on a network drive ({detail} at {where}). SQLite archives "
                "can be damaged when used over a network."
            )
        else:
            text = _(
                "This archive is in a folder synchronised by {detail} ({where}). Sync clients "
                "can copy an archive while it changes and damage it."
            )
        advice = _(
            "Share a team archive on PostgreSQL instead, or work on a local copy and back it "
            "up to the shared folder."
        )
        return text.format(detail=self.detail, where=self.where) + " " + advice


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """``(mount point, file system type)`` of each line of /proc/mounts."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            out.append((_unescape(parts[1]), parts[2]))
    return out


def mount_of(path: PurePath, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The mount (the longest matching mount point) that holds ``path``."""
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        mount = PurePath(point)
        if (path == mount or mount in path.parents) and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def _sync_folder(path: Path) -> tuple[str, str] | None:
    for folder in (path, *path.parents):
        name = folder.name.lower()
        if name in SYNC_FOLDERS:
            return SYNC_FOLDERS[name], str(folder)
        for prefix, service in SYNC_PREFIXES.items():
            if name.startswith(prefix):
                return service, str(folder)
        marker = _marker_in(folder)
        if marker is not None:
            return marker, str(folder)
    return None


def _marker_in(folder: Path) -> str | None:
    try:
        names = os.listdir(folder) if folder.is_dir() else []
    except OSError:
        return None
    for pattern, service in SYNC_MARKERS.items():
        if any(fnmatch.fnmatchcase(name, pattern) for name in names):
            return service
    return None


def storage_risk(location: str | Path, *, mounts: str | None = None) -> StorageRisk | None:
    """What makes ``location`` (a SQLite archive path) unsafe, or None.

    ``mounts`` is the text of /proc/mounts (read from the system when None).
    """
    url = archive_url(location)
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    raw = str(location)
    if raw.startswith(("\\\\", "//")):  # a UNC path: \\server\share\...
        return StorageRisk("network", "SMB", raw)
    if mounts is None:
        try:
            mounts = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            mounts = ""
    found = mount_of(path, parse_mounts(mounts))
    if found is not None and found[1].lower() in NETWORK_FS:
        return StorageRisk("network", found[1], found[0])
    sync = _sync_folder(path)
    if sync is not None:
        return StorageRisk("sync", sync[0], sync[1])
    return None


def local_copy(location: str | Path) -> Path:
    """A copy of the archive in the user's data folder, to work on safely."""
    src = Path(archive_url(location).removeprefix("sqlite:///"))
    folder = paths.default_archive_path().parent
    folder.mkdir(parents=True, exist_ok=True)  # the app's own folder, not the user's choice
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_sqlite(src, folder / f"{src.stem}-local-{stamp}{src.suffix}")
