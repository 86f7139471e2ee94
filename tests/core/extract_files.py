"""Real article files in every format and encoding, built inside the tests."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import docx
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FRENCH = (
    "Le Vietnam appelle à une coopération accrue sur les migrations\n\n"
    "Le 18 décembre, à Hanoï, le ministère des Affaires étrangères a organisé une "
    "conférence sur la mise en œuvre du Pacte mondial pour des migrations sûres, "
    "ordonnées et régulières. Les délégués ont examiné les défis de la migration "
    "légale et les mesures prises contre la traite des êtres humains.\n"
    "La conférence a réuni des représentants de plusieurs ministères et de "
    "l'Organisation internationale pour les migrations (OIM).\n"
)
VIETNAMESE = (
    "Thứ trưởng Ngoại giao tiếp Giám đốc Văn phòng Tổ chức Di cư quốc tế\n\n"
    "Ngày 19/4, tại trụ sở Bộ, Thứ trưởng Ngoại giao đã tiếp xã giao bà Giám đốc Văn "
    "phòng Tổ chức Di cư quốc tế (IOM) khu vực châu Á-Thái Bình Dương. Thứ trưởng đánh "
    "giá cao vai trò và đóng góp của IOM trong việc thúc đẩy di cư hợp pháp, an toàn "
    "và trật tự trên toàn cầu.\n"
)

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(text: str) -> bytes:
    """Encode Vietnamese the way Windows-1258 does: base letters (â, ơ, ư, đ...) as
    single bytes, tone marks as separate combining bytes."""
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def docx_bytes(
    paragraphs: list[str], *, title: str | None = None, heading: str | None = None, table=None
) -> bytes:
    document = docx.Document()
    if title:
        document.core_properties.title = title
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines: list[str], *, title: str | None = None, text: bool = True) -> bytes:
    """A one-page PDF with a text layer (Helvetica, Latin-1 text) or, with
    ``text=False``, only drawn shapes, like a scan."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    if title:
        page.setTitle(title)
    if text:
        y = 800
        for line in lines:
            page.drawString(50, y, line)
            y -= 16
    else:
        for i in range(20):
            page.rect(50 + i * 10, 400, 8, 200, fill=1)
    page.showPage()
    page.save()
    return buffer.getvalue()


def encrypt_pdf(data: bytes, user_password: str, owner_password: str = "owner") -> bytes:
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def mhtml_bytes(page: str, address: str, *, frame: str | None = None) -> bytes:
    """A page saved as one file the way Chromium writes it ("Webpage, Single File"):
    a MIME multipart/related message, the page first as quoted-printable UTF-8 with
    its address, then an image and, optionally, an embedded frame's own HTML."""
    import base64
    import quopri

    boundary = "----MultipartBoundary--uAS2ZD8ap8ZzNAkyfTGdLXVtdwvuvUd40RgJfn3lKh----"
    parts = [
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {address}\r\n"
        "Subject: =?utf-8?Q?saved_page?=\r\n"
        "Date: Thu, 3 Dec 2026 10:04:11 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n',
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-9F2C@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {address}\r\n\r\n"
        + quopri.encodestring(page.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        + "\r\n",
        f"--{boundary}\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://cdn.example.net/logo.png\r\n\r\n"
        + base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode("ascii")
        + "\r\n",
    ]
    if frame is not None:
        parts.append(
            f"--{boundary}\r\n"
            "Content-Type: text/html\r\n"
            "Content-ID: <frame-77AB@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            + quopri.encodestring(frame.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
            + "\r\n"
        )
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode("ascii")
