"""Build the binary items of this corpus (v08.mhtml, v16.docx) from _src/ (venv python)."""

import datetime
import pathlib

HERE = pathlib.Path(__file__).parent


def mhtml(src: str, out: str, url: str, subject: str, date: str) -> None:
    """Write a page the way Chrome's "Save as single file" does (quoted-printable, CRLF)."""
    import base64
    import quopri

    boundary = "----MultipartBoundary--Vq8bT3kF0pXhR2mZ7yLcW9sNdE4aJ6uG1oQ5iK----"
    html = (HERE / "_src" / src).read_text(encoding="utf-8").encode("utf-8")
    qp = quopri.encodestring(html, quotetabs=False).decode("ascii")
    png = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode("ascii")
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        f"Subject: {subject}",
        f"Date: {date}",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        "Content-ID: <frame-V08@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {url}",
        "",
        qp,
        f"--{boundary}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://static.africanews.com/logo.png",
        "",
        png,
        f"--{boundary}--",
        "",
    ]
    text = "\n".join(parts).replace("\r\n", "\n").replace("\n", "\r\n")
    (HERE / out).write_text(text, encoding="ascii", newline="")


def docx(src: str, out: str) -> None:
    import docx as d

    doc = d.Document()
    lines = (HERE / "_src" / src).read_text(encoding="utf-8").split("\n")
    for line in lines:
        if line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.strip():
            doc.add_paragraph(line)
    doc.core_properties.author = "PIO Staff"
    doc.core_properties.created = datetime.datetime(2026, 12, 3, 8, 0)
    doc.core_properties.modified = datetime.datetime(2026, 12, 3, 8, 5)
    doc.core_properties.title = "Press release"
    doc.save(HERE / out)


if __name__ == "__main__":
    mhtml(
        "v08.html",
        "v08.mhtml",
        "https://www.africanews.com/2026/01/13/three-dead-as-migrant-boat-from-senegal-reaches-spains-el-hierro/",
        "Three dead as migrant boat from Senegal reaches Spain's El Hierro | Africanews",
        "Thu, 3 Dec 2026 10:02:11 -0000",
    )
    docx("v16.txt", "v16.docx")
