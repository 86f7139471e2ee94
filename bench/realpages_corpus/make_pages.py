#!/usr/bin/env python3
# ruff: noqa
"""Build the realistic saved-page corpus (run once; the outputs are committed).

Pages imitate real CMS templates (WordPress, Drupal, Next.js, AMP, a Vietnamese state
portal, an Indonesian portal, an agency with a live block, a French regional daily with a
paywall) and the three ways browsers save them: "Webpage, Complete" (NAME.html + NAME_files/),
"Webpage, Single File" (Chromium MHTML) and "HTML only".
"""

from __future__ import annotations

import base64
import html
import json
import quopri
import random
import zlib
import struct
from pathlib import Path

from articles import A

OUT = Path(__file__).resolve().parent
esc = html.escape


def png(w=2, h=2, rgb=(200, 40, 40)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def css(prefix: str, n: int, seed: int) -> str:
    r = random.Random(seed)
    props = [
        "margin:0 auto",
        "padding:8px 12px",
        "display:flex",
        "font-size:14px",
        "line-height:1.5",
        "color:#333",
        "background:#fff",
        "border-bottom:1px solid #e5e5e5",
        "position:relative",
        "font-weight:700",
        "text-transform:uppercase",
        "align-items:center",
        "gap:12px",
        "z-index:10",
        "transition:opacity .2s ease-in-out",
        "overflow:hidden",
        "max-width:1200px",
        "width:100%",
    ]
    parts = []
    for i in range(n):
        sel = f".{prefix}-{r.choice(['header', 'nav', 'menu', 'item', 'card', 'grid', 'col', 'btn', 'ad', 'footer', 'share', 'widget'])}-{i}"
        if i % 7 == 0:
            sel += f":hover,.{prefix}-link-{i}>a"
        parts.append(sel + "{" + ";".join(r.sample(props, 4)) + "}")
        if i % 40 == 0:
            parts.append(
                f"@media (max-width:{r.choice([576, 768, 992])}px){{.{prefix}-col-{i}{{display:none}}}}"
            )
    return "".join(parts)


def js_blob(name: str, n: int, seed: int) -> str:
    r = random.Random(seed)
    keys = {
        f"k{i}": r.choice(
            ["desktop", "mobile", True, False, r.randint(0, 99999), "lazy", "slot-" + str(i)]
        )
        for i in range(n)
    }
    return (
        f"!function(w,d){{var c={json.dumps(keys)};w.{name}=w.{name}||[];w.{name}.push({{cfg:c,"
        f"ts:+new Date}});var s=d.createElement('script');s.async=!0;s.src='/static/js/{name}.min.js?v="
        f"{r.randint(1000, 9999)}';d.head.appendChild(s)}}(window,document);"
    )


def mega_menu(sections: dict[str, list[str]], base: str, cls="menu") -> str:
    out = [f'<nav class="{cls}" aria-label="main"><ul class="{cls}__list">']
    for sec, subs in sections.items():
        slug = sec.lower().replace(" ", "-")
        out.append(
            f'<li class="{cls}__item has-sub"><a href="{base}/{slug}/">{esc(sec)}</a><div class="{cls}__mega"><ul>'
        )
        for s in subs:
            out.append(
                f'<li><a href="{base}/{slug}/{s.lower().replace(" ", "-")}/">{esc(s)}</a></li>'
            )
        out.append("</ul></div></li>")
    out.append("</ul></nav>")
    return "".join(out)


def paras(a, cls=None, inject=None) -> str:
    out = []
    for i, p in enumerate(a["paras"]):
        c = f' class="{cls}"' if cls else ""
        out.append(f"<p{c}>{esc(p, quote=False)}</p>")
        if inject and i in inject:
            out.append(inject[i])
    return "\n".join(out)


def body_truth(a, upto=None) -> str:
    ps = a["paras"] if upto is None else a["paras"][:upto]
    return "\n\n".join([a["standfirst"], *ps]) + "\n"


def jsonld(d) -> str:
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def related(items, cls, datefmt) -> str:
    return "".join(
        f'<li class="{cls}"><a href="{u}">{esc(t)}</a> <time>{datefmt(d)}</time></li>'
        for t, u, d in items
    )


# ---------------------------------------------------------------- saving helpers
def save_complete(name: str, url: str, doc: str, files: dict[str, bytes]) -> None:
    folder = OUT / f"{name}_files"
    folder.mkdir(exist_ok=True)
    for fn, data in files.items():
        (folder / fn).write_bytes(data)
    line = f"<!-- saved from url=({len(url):04d}){url} -->\n"
    (OUT / f"{name}.html").write_text(line + doc, "utf-8")


def save_mhtml(
    name: str, url: str, title: str, doc: str, resources: list[tuple[str, str, bytes]]
) -> None:
    rng = random.Random(name)
    boundary = (
        "----MultipartBoundary--"
        + "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in range(42)
        )
        + "----"
    )
    subject = (
        "=?utf-8?Q?"
        + "".join(
            c if c.isascii() and c.isalnum() else "=%02X" % b for c in title for b in c.encode()
        )
        + "?="
    )
    head = (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: {subject}\r\n"
        f"Date: Wed, 3 Dec 2025 09:14:27 -0000\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
    )
    parts = [head.encode()]
    html_qp = quopri.encodestring(doc.replace("\n", "\r\n").encode("utf-8"))
    parts.append(
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-{name.upper()}@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n".encode()
        + html_qp
        + b"\r\n\r\n"
    )
    for rurl, ctype, data in resources:
        if ctype.startswith("text/"):
            enc, body = "quoted-printable", quopri.encodestring(data.replace(b"\n", b"\r\n"))
        else:
            b64 = base64.b64encode(data).decode()
            enc, body = (
                "base64",
                "\r\n".join(b64[i : i + 76] for i in range(0, len(b64), 76)).encode(),
            )
        parts.append(
            f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {enc}\r\n"
            f"Content-Location: {rurl}\r\n\r\n".encode()
            + body
            + b"\r\n\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    (OUT / f"{name}.mhtml").write_bytes(b"".join(parts))


def save_plain(name: str, doc: str, encoding="utf-8") -> None:
    (OUT / f"{name}.html").write_bytes(doc.encode(encoding, errors="xmlcharrefreplace"))


def write_body(name: str, text: str) -> None:
    (OUT / f"{name}.body.txt").write_text(text, "utf-8")


# ---------------------------------------------------------------- r01: Vietnamese state portal, Webpage Complete
def r01():
    a = A["r01"]
    url = "https://baochinhphu.vn/ra-mat-nen-tang-truc-tuyen-ho-tro-nguoi-lao-dong-di-lam-viec-o-nuoc-ngoai-an-toan-102251008164512345.htm"
    menu = mega_menu(
        {
            "Chính phủ": ["Lãnh đạo Chính phủ", "Hoạt động Chính phủ", "Chỉ đạo quyết định"],
            "Thời sự": ["Chính trị", "Đối ngoại"],
            "Kinh tế": ["Tài chính", "Đầu tư", "Thị trường"],
            "Xã hội": ["Lao động - Việc làm", "Y tế", "Giáo dục", "An sinh"],
            "Văn hóa": ["Du lịch", "Thể thao"],
            "Multimedia": ["Video", "Infographic", "Ảnh"],
        },
        "https://baochinhphu.vn",
        "header__menu",
    )
    rel = related(
        [
            (
                "Tăng cường quản lý doanh nghiệp đưa người lao động đi làm việc ở nước ngoài",
                "/tang-cuong-quan-ly-102251001.htm",
                "01/10/2025 09:12",
            ),
            (
                "Năm 2024: Hơn 159.000 lao động Việt Nam đi làm việc ở nước ngoài",
                "/nam-2024-hon-159000-lao-dong-102241230.htm",
                "30/12/2024 15:40",
            ),
            (
                "Việt Nam - Hàn Quốc ký MOU về chương trình EPS",
                "/viet-nam-han-quoc-ky-mou-102250712.htm",
                "12/07/2025 10:05",
            ),
        ],
        "box-stream-item",
        lambda d: d,
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>{esc(a["title"])}</title>
<meta name="description" content="{esc(a["standfirst"])}">
<meta name="keywords" content="lao động ngoài nước, Bộ Nội vụ, IOM, di cư an toàn">
<meta name="news_keywords" content="lao động ngoài nước, Bộ Nội vụ, IOM">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index,follow,max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="baochinhphu.vn">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["standfirst"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://bcp.cdnchinhphu.vn/334894974524682240/2025/10/8/ra-mat-nen-tang-1759911912345.jpg">
<meta property="article:published_time" content="2025-10-08T16:45:12+07:00">
<meta property="article:section" content="Xã hội">
<meta name="pubdate" content="2025-10-08T16:45:12+07:00">
<meta name="lastmod" content="2025-10-08T17:02:40+07:00">
<meta name="copyright" content="Báo Điện tử Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam">
<meta name="author" content="Báo Điện tử Chính phủ">
<meta name="format-detection" content="telephone=no">
<link rel="stylesheet" href="./r01_files/main.min.css">
<style>{css("bcp", 700, 1)}</style>
<script>{js_blob("admicro_cfg", 600, 11)}</script>
<script src="./r01_files/jquery.min.js.download"></script>
{jsonld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Xã hội", "item": "https://baochinhphu.vn/xa-hoi.htm"}, {"@type": "ListItem", "position": 2, "name": "Lao động - Việc làm", "item": "https://baochinhphu.vn/xa-hoi/lao-dong-viec-lam.htm"}]})}
</head>
<body class="detail-page">
<div class="topbar"><div class="container"><span class="topbar__date">Thứ Tư, 03/12/2025</span> <a href="https://en.baochinhphu.vn">English</a> <a href="https://cn.baochinhphu.vn">中文</a> <a href="/rss.htm">RSS</a></div></div>
<header class="header"><div class="container"><a class="header__logo" href="https://baochinhphu.vn"><img src="./r01_files/logo.png" alt="Báo Điện tử Chính phủ"></a>
<div class="header__search"><form action="/tim-kiem.htm"><input name="keywords" placeholder="Tìm kiếm"></form></div></div>
{menu}</header>
<main class="main"><div class="container">
<ul class="breadcrumb"><li><a href="https://baochinhphu.vn/xa-hoi.htm">Xã hội</a></li><li><a href="https://baochinhphu.vn/xa-hoi/lao-dong-viec-lam.htm">Lao động - Việc làm</a></li></ul>
<div class="detail-container" data-layout="1">
<h1 class="detail-title" data-role="title">{esc(a["title"])}</h1>
<div class="detail-info"><div class="detail-author" data-role="author">{esc(a["byline"])}</div><div class="detail-time"><div data-role="publishdate">08/10/2025 16:45</div></div>
<div class="detail-tool"><a class="font-size" data-size="-">A-</a><a class="font-size" data-size="+">A+</a><a class="print" href="javascript:window.print()">In bài</a><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ</a></div></div>
<h2 class="detail-sapo" data-role="sapo">{esc(a["standfirst"])}</h2>
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="./r01_files/ra-mat-nen-tang.png" alt="{esc(a["title"])}" width="1200" height="800"></div>
<figcaption class="PhotoCMS_Caption"><p>{esc(a["caption"])}</p></figcaption></figure>
{paras(a)}
</div>
<div class="detail-tags"><span>Từ khóa:</span> <a href="/lao-dong-ngoai-nuoc.html">lao động ngoài nước</a> <a href="/iom.html">IOM</a> <a href="/di-cu-an-toan.html">di cư an toàn</a></div>
<div class="box-stream"><h3 class="box-stream__title">Tin liên quan</h3><ul>{rel}</ul></div>
<iframe src="./r01_files/comment-widget.html" width="100%" height="240" title="Ý kiến bạn đọc"></iframe>
</div>
<aside class="sidebar"><div class="box-hot"><h3>Đọc nhiều</h3><ol>{"".join(f'<li><a href="/tin-{i}.htm">Thủ tướng chỉ đạo tháo gỡ vướng mắc dự án số {i}</a></li>' for i in range(1, 11))}</ol></div></aside>
</div></main>
<footer class="footer"><div class="container">
<p>Báo Điện tử Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam</p>
<p>Cơ quan chủ quản: Văn phòng Chính phủ. Tổng Biên tập: Nguyễn Hồng Sâm</p>
<p>Giấy phép số 400/GP-BTTTT ngày 28/7/2023 của Bộ Thông tin và Truyền thông.</p>
<p>Địa chỉ: 16 Lê Hồng Phong, Ba Đình, Hà Nội. Điện thoại: 080.43162. Email: thongtinchinhphu@chinhphu.vn</p>
<p>© Bản quyền thuộc Báo Điện tử Chính phủ. Ghi rõ nguồn "Báo Điện tử Chính phủ" hoặc "www.baochinhphu.vn" khi phát hành lại thông tin từ các nguồn này.</p>
</div></footer>
<script>{js_blob("_gaq_bcp", 300, 12)}</script>
</body></html>"""
    iframe = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bình luận</title></head><body>
<div class="comment-box"><h4>Ý kiến bạn đọc (2)</h4>
<div class="comment"><b>Nguyễn Văn Hải</b> <span class="time">08/10/2025 20:14</span><p>Rất cần thiết, con tôi suýt bị lừa mất 8.000 USD năm ngoái.</p></div>
<div class="comment"><b>Trần Thu</b> <span class="time">09/10/2025 07:31</span><p>Mong nền tảng có cả thông tin về thị trường Đức.</p></div>
<form><textarea placeholder="Nhập ý kiến của bạn"></textarea><button>Gửi</button></form></div></body></html>"""
    save_complete(
        "r01",
        url,
        doc,
        {
            "main.min.css": css("bcpx", 900, 2).encode(),
            "jquery.min.js.download": js_blob("jQuery", 2500, 3).encode(),
            "logo.png": png(40, 12, (180, 20, 20)),
            "ra-mat-nen-tang.png": png(64, 40, (90, 120, 160)),
            "comment-widget.html": iframe.encode(),
        },
    )
    write_body("r01", body_truth(a))


# ---------------------------------------------------------------- r02: Next.js site, MHTML
def r02():
    a = A["r02"]
    url = "https://tienphong.vn/ha-tinh-canh-bao-thu-doan-lua-dua-nguoi-di-lao-dong-chui-sang-chau-au-post1798765.tpo"
    nd = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 1798765,
                    "title": a["title"],
                    "sapo": a["standfirst"],
                    "content": "".join(f"<p>{esc(p, quote=False)}</p>" for p in a["paras"]),
                    "publishedAt": "2025-11-21T07:30:00+07:00",
                    "updatedAt": "2025-11-21T09:02:11+07:00",
                    "author": {"name": a["byline"]},
                    "category": {"name": "Xã hội", "slug": "xa-hoi"},
                    "url": url,
                    "tags": ["di cư trái phép", "mua bán người", "Hà Tĩnh"],
                },
                "related": [
                    {
                        "title": "Triệt phá đường dây đưa người xuất cảnh trái phép sang Hàn Quốc",
                        "publishedAt": "2025-11-02T10:00:00+07:00",
                    },
                    {
                        "title": "Nghệ An: Khởi tố 5 đối tượng tổ chức cho người khác trốn đi nước ngoài",
                        "publishedAt": "2025-10-15T18:20:00+07:00",
                    },
                ],
                "menu": [
                    {"name": n, "slug": n.lower()}
                    for n in [
                        "Thời sự",
                        "Thế giới",
                        "Kinh tế",
                        "Xã hội",
                        "Pháp luật",
                        "Giới trẻ",
                        "Giải trí",
                        "Thể thao",
                        "Giáo dục",
                        "Sức khỏe",
                    ]
                ]
                * 8,
            },
            "__N_SSP": True,
        },
        "page": "/[slug]",
        "query": {"slug": url.rsplit("/", 1)[1]},
        "buildId": "f4c9d2a1b7",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    menu = mega_menu(
        {
            "Thời sự": ["Chính trị", "Xã hội", "Môi trường"],
            "Thế giới": ["Quân sự", "Hồ sơ"],
            "Pháp luật": ["Hình sự", "Dân sự", "Điều tra"],
            "Kinh tế": ["Bất động sản", "Tài chính"],
            "Giới trẻ": ["Đoàn - Hội", "Khởi nghiệp"],
            "Giải trí": ["Sao", "Phim"],
        },
        "https://tienphong.vn",
        "nav",
    )
    chunks = "".join(
        f'<script src="/_next/static/chunks/{n}.js" defer=""></script>'
        for n in [
            "framework-2c79e2a64abdb08b",
            "main-8e4a0c2b",
            "pages/_app-3b1f0c",
            "pages/[slug]-a9d3f1",
        ]
    )
    doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(a["title"])} | Báo điện tử Tiền Phong</title>
<meta name="description" content="{esc(a["standfirst"])}"/>
<link rel="canonical" href="{url}"/>
<meta property="og:title" content="{
        esc(a["title"])
    }"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/>
<meta property="og:site_name" content="Báo điện tử Tiền Phong"/><meta property="og:image" content="https://image.tienphong.vn/w1200/2025/11/21/hoi-nghi.jpg"/>
<meta property="article:published_time" content="2025-11-21T07:30:00+07:00"/><meta property="article:modified_time" content="2025-11-21T09:02:11+07:00"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="{
        esc(a["title"])
    }"/>
{
        jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a["title"],
                "description": a["standfirst"],
                "datePublished": "2025-11-21T07:30:00+07:00",
                "dateModified": "2025-11-21T09:02:11+07:00",
                "author": {"@type": "Person", "name": a["byline"]},
                "mainEntityOfPage": url,
                "publisher": {
                    "@type": "Organization",
                    "name": "Báo điện tử Tiền Phong",
                    "logo": {"@type": "ImageObject", "url": "https://tienphong.vn/logo.png"},
                },
            }
        )
    }
<link rel="preload" href="/_next/static/css/9c1e5f7a2d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/9c1e5f7a2d.css" data-n-g=""/>
<style data-emotion="css">{css("css-1x", 600, 4)}</style>
<noscript data-n-css=""></noscript>{chunks}
</head><body><div id="__next"><div class="layout_wrapper__a1B2c">
<div class="header_top__x9"><span>Thứ Tư, 3/12/2025</span><a href="/dang-nhap">Đăng nhập</a></div>
<header class="header_header__k3J">{menu}</header>
<div class="breadcrumb_wrap__d0"><a href="/">Trang chủ</a> › <a href="/xa-hoi/">Xã hội</a></div>
<article class="article_article__Qw8 article-detail">
<h1 class="article_title__7hF">{esc(a["title"])}</h1>
<div class="article_meta__Lm2"><span class="article_author__p0">{
        esc(a["byline"])
    }</span> <time dateTime="2025-11-21T07:30:00+07:00">21/11/2025 | 07:30</time></div>
<div class="article_share__Z1"><button aria-label="Facebook">f</button><button aria-label="Zalo">Zalo</button><button aria-label="Sao chép">⧉</button></div>
<div class="article_sapo__S9">{esc(a["standfirst"])}</div>
<div class="article_body__cms">
<figure class="image"><img src="https://image.tienphong.vn/w890/2025/11/21/hoi-nghi.jpg" alt=""/><figcaption>{
        esc(a["caption"])
    }</figcaption></figure>
{paras(a)}
</div>
<div class="article_tags__Vb"><a href="/tag/di-cu-trai-phep">di cư trái phép</a><a href="/tag/mua-ban-nguoi">mua bán người</a></div>
<section class="related_box__r4"><h3>Tin liên quan</h3><ul>
<li><a href="/triet-pha-duong-day-post1793321.tpo">Triệt phá đường dây đưa người xuất cảnh trái phép sang Hàn Quốc</a><span>02/11/2025</span></li>
<li><a href="/nghe-an-khoi-to-post1788120.tpo">Nghệ An: Khởi tố 5 đối tượng tổ chức cho người khác trốn đi nước ngoài</a><span>15/10/2025</span></li></ul></section>
<div class="newsletter_box__n1"><h4>Đăng ký nhận bản tin Tiền Phong</h4><input placeholder="Email của bạn"/><button>Đăng ký</button></div>
</article>
<footer class="footer_footer__F0"><p>Cơ quan chủ quản: Trung ương Đoàn TNCS Hồ Chí Minh. Tổng biên tập: Phùng Công Sưởng</p>
<p>Giấy phép số 76/GP-BTTTT. © Bản quyền thuộc Báo Tiền Phong. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>
<script>{js_blob("dataLayer", 400, 5)}</script>
</body></html>"""
    save_mhtml(
        "r02",
        url,
        a["title"],
        doc,
        [
            (
                "https://tienphong.vn/_next/static/css/9c1e5f7a2d.css",
                "text/css",
                css("tp", 1200, 6).encode(),
            ),
            (
                "https://image.tienphong.vn/w890/2025/11/21/hoi-nghi.jpg",
                "image/png",
                png(120, 80, (30, 90, 40)),
            ),
            ("https://tienphong.vn/logo.png", "image/png", png(30, 10)),
        ],
    )
    write_body("r02", body_truth(a))


# ---------------------------------------------------------------- r03: Drupal, HTML only
def r03():
    a = A["r03"]
    url = "https://www.lesoleil.sn/actualites/societe/senegal-la-marine-nationale-intercepte-une-pirogue-transportant-187-migrants-au-large-de-dakar"
    menu = mega_menu(
        {
            "Actualités": ["Politique", "Société", "Économie", "Justice"],
            "Régions": ["Dakar", "Thiès", "Ziguinchor", "Saint-Louis"],
            "International": ["Afrique", "Monde"],
            "Sports": ["Football", "Lutte", "Basket"],
            "Culture": ["Musique", "Cinéma"],
        },
        "https://www.lesoleil.sn",
        "menu--main",
    )
    doc = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<noscript><style>form.antibot * :not(.antibot-message) {{ display: none !important; }}</style></noscript>
<meta name="description" content="{esc(a["standfirst"])}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Le Soleil" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{esc(a["title"])}" />
<meta property="article:published_time" content="2025-09-29T11:20:00+00:00" />
<meta property="article:modified_time" content="2025-09-29T12:05:41+00:00" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/lesoleil/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(a["title"])} | Le Soleil</title>
<style media="all">{css("block", 800, 7)}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps({"path": {"baseUrl": "/", "currentPath": "node/128734", "currentLanguage": "fr"}, "ajaxPageState": {"libraries": ",".join(f"lib{i}/core" for i in range(300)), "theme": "lesoleil"}, "user": {"uid": 0}})}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner"><div class="region region-header"><div id="block-lesoleil-branding"><a href="/" rel="home">Le Soleil</a><div class="site-slogan">Le quotidien national sénégalais</div></div>
<div class="date-du-jour">Mercredi 3 décembre 2025</div>
{menu}</div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li><li><a href="/actualites/societe">Société</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="128734" role="article" about="/actualites/societe/senegal-la-marine-nationale-intercepte" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a["title"])}</span></h1>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden">Par {esc(a["byline"])}</span> | <span class="field--name-created">Publié le 29/09/2025 à 11:20</span> | <span>Mis à jour le 29/09/2025 à 12:05</span></div>
<div class="node__content">
<div class="field field--name-field-chapeau field--type-text-long field--label-hidden field__item"><p><strong>{esc(a["standfirst"])}</strong></p></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/2025-09/pirogue-dakar.jpg" width="900" height="600" alt="" /><div class="field--name-field-legende">{esc(a["caption"])}</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{paras(a)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Mots-clés</div><div class="field__items"><div class="field__item"><a href="/tags/emigration-irreguliere" hreflang="fr">Émigration irrégulière</a></div><div class="field__item"><a href="/tags/marine-nationale" hreflang="fr">Marine nationale</a></div></div></div>
</div>
<div class="sharethis-inline-share-buttons">Partager : Facebook Twitter WhatsApp LinkedIn</div>
</article>
<div class="views-element-container block block-views"><h2>À lire aussi</h2><div class="view view-articles-lies"><div class="view-content">
<div class="views-row"><a href="/actualites/societe/mbour-130-migrants-interceptes">Mbour : 130 migrants interceptés par la gendarmerie</a> <span class="date">12/09/2025</span></div>
<div class="views-row"><a href="/actualites/societe/cayar-une-pirogue-chavire">Cayar : une pirogue chavire, 9 corps repêchés</a> <span class="date">28/08/2025</span></div>
<div class="views-row"><a href="/actualites/politique/strategie-nationale-migration">Lancement de la Stratégie nationale de lutte contre la migration irrégulière</a> <span class="date">26/07/2023</span></div>
</div></div></div>
<section class="comments"><h2>Commentaires</h2>
<article class="comment"><footer><span class="username">Moussa Fall</span> <span class="comment__time">29/09/2025 - 14:22</span></footer><p>Il faut créer des emplois pour les jeunes au lieu de seulement intercepter.</p></article>
<article class="comment"><footer><span class="username">Awa</span> <span class="comment__time">30/09/2025 - 08:03</span></footer><p>Que Dieu protège nos enfants.</p></article></section>
</div></main>
<div class="block-newsletter"><h2>Newsletter</h2><p>Recevez chaque matin l'essentiel de l'actualité.</p><form><input type="email" placeholder="Votre email"><input type="submit" value="S'abonner"></form></div>
<footer role="contentinfo"><div class="region region-footer"><nav><ul><li><a href="/qui-sommes-nous">Qui sommes-nous</a></li><li><a href="/contact">Contact</a></li><li><a href="/mentions-legales">Mentions légales</a></li></ul></nav>
<p>© 2025 Le Soleil – Société sénégalaise de presse et de publications (SSPP). Tous droits réservés.</p></div></footer>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script>{js_blob("Drupal_behaviors", 500, 8)}</script>
</body></html>"""
    save_plain("r03", doc)
    write_body("r03", body_truth(a))


# ---------------------------------------------------------------- r04: Spanish agency with live block, Webpage Complete
def r04():
    a = A["r04"]
    url = "https://efe.com/espana/2025-09-21/salvamento-maritimo-rescata-231-migrantes-cuatro-cayucos-el-hierro/"
    menu = mega_menu(
        {
            "España": ["Política", "Tribunales", "Sucesos"],
            "Mundo": ["Europa", "América", "África", "Asia"],
            "Economía": ["Empresas", "Bolsa"],
            "Sociedad": ["Salud", "Educación", "Migración"],
            "Deportes": ["Fútbol", "Baloncesto", "Tenis"],
            "Cultura": ["Cine", "Libros", "Música"],
            "Comunidades": ["Andalucía", "Canarias", "Cataluña", "Galicia", "Madrid", "Valencia"],
        },
        "https://efe.com",
        "efe-menu",
    )
    live = "".join(
        f'<li class="live__item"><time datetime="2025-09-{d}T{h}:00+01:00">{d}/09 {h}</time><p>{esc(t)}</p></li>'
        for d, h, t in [
            (
                "22",
                "08:15",
                "Llega a Arguineguín (Gran Canaria) una neumática con 52 personas rescatada por la Guardamar Talía.",
            ),
            (
                "21",
                "23:40",
                "El Cabildo de El Hierro pide más medios para atender a los migrantes en La Restinga.",
            ),
            (
                "20",
                "17:05",
                "Interior traslada a 300 migrantes desde Canarias a centros de acogida de la Península.",
            ),
            (
                "19",
                "11:30",
                "Frontex alerta de un repunte de salidas desde Mauritania en septiembre.",
            ),
        ]
    )
    doc = f"""<!DOCTYPE html>
<html lang="es-ES" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} - EFE Noticias</title>
<meta name="description" content="{esc(a["standfirst"])}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="es_ES"><meta property="og:type" content="article"><meta property="og:title" content="{esc(a["title"])}">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="EFE Noticias">
<meta property="article:publisher" content="https://www.facebook.com/AgenciaEFE"><meta property="article:section" content="España">
<meta property="article:published_time" content="2025-09-21T10:05:32+00:00"><meta property="article:modified_time" content="2025-09-21T18:40:09+00:00">
<meta name="twitter:site" content="@EFEnoticias"><meta name="author" content="EFE">
{jsonld({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "@id": url + "#article", "headline": a["title"], "datePublished": "2025-09-21T10:05:32+00:00", "dateModified": "2025-09-21T18:40:09+00:00", "author": {"@type": "Organization", "name": "EFE"}, "publisher": {"@id": "https://efe.com/#organization"}, "articleSection": ["España", "Migración"], "inLanguage": "es-ES"}, {"@type": "Organization", "@id": "https://efe.com/#organization", "name": "Agencia EFE", "url": "https://efe.com/"}, {"@type": "WebSite", "@id": "https://efe.com/#website", "url": "https://efe.com/", "name": "EFE Noticias"}]})}
<link rel="stylesheet" id="efe-style-css" href="./r04_files/style.css" media="all">
<style id="global-styles-inline-css">{css("wp-block", 600, 9)}</style>
<script src="./r04_files/jquery.min.js.download" id="jquery-core-js"></script>
<script>{js_blob("googletag_efe", 500, 10)}</script>
</head>
<body class="post-template-default single single-post postid-3412876 single-format-standard">
<div class="efe-topbar"><span class="efe-topbar__date">Miércoles 3 de diciembre de 2025</span><a href="/suscripcion/">Suscríbete</a><a href="/login/">Acceder</a></div>
<header class="efe-header"><a href="https://efe.com/" class="efe-logo"><img src="./r04_files/logo-efe.png" alt="EFE Noticias"></a>{menu}</header>
<main id="main" class="site-main">
<nav class="efe-breadcrumbs"><a href="https://efe.com/">Portada</a> » <a href="https://efe.com/espana/">España</a> » <span>Canarias</span></nav>
<article id="post-3412876" class="post-3412876 post type-post status-publish">
<header class="entry-header"><div class="entry-category"><a href="https://efe.com/espana/">España</a></div>
<h1 class="entry-title">{esc(a["title"])}</h1>
<div class="entry-excerpt"><p>{esc(a["standfirst"])}</p></div>
<div class="entry-meta"><span class="byline">{esc(a["byline"])}</span> <span class="posted-on"><time class="entry-date published" datetime="2025-09-21T10:05:32+00:00">21 de septiembre de 2025 | 12:05</time><time class="updated" datetime="2025-09-21T18:40:09+00:00">Actualizada 21 de septiembre de 2025 | 20:40</time></span></div>
</header>
<figure class="wp-block-image"><img src="./r04_files/cayuco.png" alt="" width="1024" height="683"><figcaption class="wp-element-caption">{esc(a["caption"])}</figcaption></figure>
<div class="entry-content">
{paras(a)}
</div>
<div class="efe-tags"><a href="/tag/inmigracion/">Inmigración</a><a href="/tag/canarias/">Canarias</a><a href="/tag/salvamento-maritimo/">Salvamento Marítimo</a></div>
<div class="efe-share">Compartir: <a href="https://twitter.com/intent/tweet?url={url}">X</a> <a href="https://wa.me/?text={url}">WhatsApp</a></div>
</article>
<aside class="efe-live"><div class="live"><h2 class="live__title"><span class="live__dot"></span>En directo: la crisis migratoria en Canarias</h2><ul class="live__list">{live}</ul><a href="/directo/crisis-migratoria-canarias/">Ver toda la cobertura</a></div></aside>
<section class="efe-related"><h2>Noticias relacionadas</h2>
<article><a href="/espana/2025-09-14/llegan-el-hierro-tres-cayucos/">Llegan a El Hierro tres cayucos con 190 personas</a><time>14/09/2025</time></article>
<article><a href="/espana/2025-08-30/menores-migrantes-canarias-reparto/">El Supremo obliga al Estado a acoger a los menores solicitantes de asilo</a><time>30/08/2025</time></article></section>
<iframe src="./r04_files/newsletter.html" title="Boletín EFE" width="100%" height="180"></iframe>
</main>
<footer class="efe-footer"><p>Agencia EFE S.A.U. Avenida de Burgos 8, 28036 Madrid.</p><p>© EFE 2025. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A.</p></footer>
<script>{js_blob("efe_analytics", 300, 13)}</script>
</body></html>"""
    nl = '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Boletín</title></head><body><form class="nl"><h3>Recibe el boletín diario de EFE</h3><input type="email" placeholder="Correo electrónico"><button>Suscribirme</button><p>Al suscribirte aceptas la política de privacidad.</p></form></body></html>'
    save_complete(
        "r04",
        url,
        doc,
        {
            "style.css": css("efe", 1500, 14).encode(),
            "jquery.min.js.download": js_blob("jQuery", 2500, 15).encode(),
            "logo-efe.png": png(50, 20, (240, 120, 0)),
            "cayuco.png": png(80, 60, (20, 60, 120)),
            "newsletter.html": nl.encode(),
        },
    )
    write_body("r04", body_truth(a))


# ---------------------------------------------------------------- r05: WordPress (Jetpack), HTML only, windows-1252
def r05():
    a = A["r05"]
    url = "https://www.diariodelsur.com.mx/local/sale-de-tapachula-una-caravana-de-unos-1500-migrantes-rumbo-a-la-ciudad-de-mexico/"
    menu = mega_menu(
        {
            "Local": ["Tapachula", "Costa", "Sierra", "Soconusco"],
            "Estado": ["Tuxtla", "Comitán"],
            "Frontera": ["Migración", "Guatemala"],
            "Policiaca": ["Sucesos"],
            "Deportes": ["Jaguares", "Liga MX"],
            "Gossip": ["Espectáculos", "TV"],
        },
        "https://www.diariodelsur.com.mx",
        "td-mega-menu",
    )
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{n}</b> <a href="#comment-{i}"><time datetime="{dt}">{dl}</time></a></footer><div class="comment-content"><p>{esc(t)}</p></div></article></li>'
        for i, (n, dt, dl, t) in enumerate(
            [
                (
                    "Jorge M.",
                    "2025-10-01T16:02:00-06:00",
                    "1 octubre, 2025 a las 4:02 pm",
                    "Que les den sus papeles y ya, es lo justo.",
                ),
                (
                    "Lupita",
                    "2025-10-02T09:45:00-06:00",
                    "2 octubre, 2025 a las 9:45 am",
                    "Tapachula ya no aguanta, necesitamos apoyo federal.",
                ),
            ]
        )
    )
    doc = f"""<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(a["title"])} &#8211; Diario del Sur</title>
<meta name="robots" content="max-image-preview:large">
<link rel="dns-prefetch" href="//stats.wp.com">
<link rel="alternate" type="application/rss+xml" title="Diario del Sur &raquo; Feed" href="https://www.diariodelsur.com.mx/feed/">
<link rel="alternate" type="application/rss+xml" title="Diario del Sur &raquo; {esc(a["title"])} RSS de los comentarios" href="{url}feed/">
<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; height: 1em !important; }}</style>
<style id="classic-theme-styles-inline-css">{css("td", 700, 16)}</style>
<link rel="stylesheet" id="jetpack_css-css" href="https://www.diariodelsur.com.mx/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9" media="all">
<script type="text/javascript" src="https://www.diariodelsur.com.mx/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://www.diariodelsur.com.mx/wp-json/">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://www.diariodelsur.com.mx/xmlrpc.php?rsd">
<meta name="generator" content="WordPress 6.6.2">
<link rel="canonical" href="{url}">
<link rel="shortlink" href="https://www.diariodelsur.com.mx/?p=487210">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(a["title"])}"><meta property="og:url" content="{url}">
<meta property="og:description" content="{esc(a["standfirst"])}"><meta property="article:published_time" content="2025-10-01T20:20:11+00:00">
<meta property="article:modified_time" content="2025-10-01T21:02:36+00:00"><meta property="og:site_name" content="Diario del Sur"><meta property="og:locale" content="es_MX">
<script>{js_blob("_stq", 400, 17)}</script>
</head>
<body class="post-template-default single single-post postid-487210 single-format-standard td-theme-Newspaper">
<div class="td-header-top-menu"><div class="td_data_time">miércoles, diciembre 3, 2025</div><ul class="top-header-menu"><li><a href="/contacto/">Contacto</a></li><li><a href="/anunciate/">Anúnciate</a></li></ul></div>
<div class="td-header-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://www.diariodelsur.com.mx/"><span class="td-visual-hidden">Diario del Sur</span></a></div>{menu}</div>
<div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a href="https://www.diariodelsur.com.mx/">Inicio</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="https://www.diariodelsur.com.mx/local/">Local</a></span></div></div>
<article id="post-487210" class="post-487210 post type-post status-publish format-standard has-post-thumbnail category-local">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://www.diariodelsur.com.mx/local/">Local</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(a["title"])}</h1>
<p class="td-post-sub-title">{esc(a["standfirst"])}</p>
<div class="td-module-meta-info"><div class="td-post-author-name">Por <a href="/author/cvelasco/">{esc(a["byline"])}</a> -</div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-10-01T14:20:11-06:00">1 octubre, 2025</time></span></div></header></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img width="696" height="464" src="https://www.diariodelsur.com.mx/wp-content/uploads/2025/10/caravana-tapachula-696x464.jpg" class="entry-thumb" alt=""><figcaption class="wp-caption-text">{esc(a["caption"])}</figcaption></figure></div>
{paras(a)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Comparte esto:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button share-icon" href="{url}?share=x" target="_blank"><span>X</span></a></li>
<li class="share-jetpack-whatsapp"><a class="share-jetpack-whatsapp sd-button share-icon" href="{url}?share=jetpack-whatsapp" target="_blank"><span>WhatsApp</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Relacionado</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
<div class="jp-relatedposts-post jp-relatedposts-post0"><h4 class="jp-relatedposts-post-title"><a href="/local/caravana-se-disuelve-en-oaxaca/">Se disuelve en Oaxaca la caravana que salió de Tapachula en junio</a></h4><p class="jp-relatedposts-post-date">18 junio, 2025</p><p class="jp-relatedposts-post-context">En «Local»</p></div>
<div class="jp-relatedposts-post jp-relatedposts-post1"><h4 class="jp-relatedposts-post-title"><a href="/local/comar-citas-tapachula/">COMAR amplía horario para atender solicitudes de asilo</a></h4><p class="jp-relatedposts-post-date">5 agosto, 2025</p><p class="jp-relatedposts-post-context">En «Frontera»</p></div>
</div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/caravana-migrante/">caravana migrante</a></li><li><a href="/tag/inm/">INM</a></li></ul></div></footer>
</article>
<div class="comments" id="comments"><h4 class="td-comments-title">2 COMENTARIOS</h4><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">DEJA UNA RESPUESTA</h3><form><textarea name="comment"></textarea><input type="submit" value="Publicar comentario"></form></div></div>
</div>
<div class="td-footer-wrapper"><div class="footer-text-wrap">Diario del Sur, el periódico de Tapachula. Organización Editorial Mexicana.</div>
<div class="td-sub-footer-copy">&copy; Copyright 2025 - Diario del Sur. Todos los derechos reservados.</div></div>
<script type="text/javascript" id="jetpack-stats-js-before">_stq = window._stq || []; _stq.push([ "view", {{"v":"ext","blog":"112233","post":"487210","tz":"-6","srv":"www.diariodelsur.com.mx"}} ]);</script>
<script>{js_blob("tdLocalCache", 500, 18)}</script>
</body></html>"""
    save_plain("r05", doc, "cp1252")
    write_body("r05", body_truth(a))


# ---------------------------------------------------------------- r06: Indonesian portal, "Baca juga", pagination, MHTML
def r06():
    a = A["r06"]
    url = "https://news.detik.com/berita/d-8105432/kp2mi-pulangkan-152-pekerja-migran-nonprosedural-dari-malaysia-lewat-dumai"
    bj = lambda t, u: (
        f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong><a href="{u}">{esc(t)}</a></div></td></tr></tbody></table>'
    )
    inject = {
        1: bj(
            "Polisi Gagalkan Pengiriman 40 Calon PMI Ilegal ke Malaysia di Batam",
            "https://news.detik.com/berita/d-8098811/polisi-gagalkan",
        ),
        3: bj(
            "Menteri P2MI Ungkap Modus Baru Calo Pekerja Migran di Media Sosial",
            "https://news.detik.com/berita/d-8071200/menteri-p2mi-ungkap",
        ),
    }
    menu = mega_menu(
        {
            "detikNews": ["Berita", "Daerah", "Internasional", "Hukum", "Kolom"],
            "detikFinance": ["Ekonomi Bisnis", "Bursa"],
            "detikHot": ["Celeb", "Movie"],
            "detikInet": ["Gadget", "Games"],
            "detikSport": ["Sepakbola", "Raket"],
            "detikOto": ["Mobil", "Motor"],
            "detikTravel": ["Domestik", "Internasional"],
        },
        "https://www.detik.com",
        "newnav",
    )
    doc = f"""<!DOCTYPE html>
<html lang="id-ID"><head>
<meta charset="utf-8">
<title>{esc(a["title"])}</title>
<meta name="description" content="{esc(a["standfirst"])}">
<meta name="originalTitle" content="{esc(a["title"])}">
<meta name="keywords" content="pekerja migran, pmi, kp2mi, deportasi, malaysia, dumai">
<meta name="author" content="{esc(a["byline"])}">
<meta name="publishdate" content="2025/09/10 19:15:22">
<meta name="dtk:publishdate" content="2025/09/10 19:15:22">
<meta name="dtk:createddate" content="2025/09/10 18:58:40">
<meta name="dtk:kanal" content="berita">
<meta name="platform" content="desktop">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="https://news.detik.com/berita/d-8105432/kp2mi-pulangkan/amp">
<meta property="og:site_name" content="detiknews">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["title"], "datePublished": "2025-09-10T19:15:22+07:00", "dateModified": "2025-09-10T19:15:22+07:00", "author": {"@type": "Person", "name": a["byline"]}, "publisher": {"@type": "Organization", "name": "detikcom", "logo": {"@type": "ImageObject", "url": "https://cdn.detik.net.id/detik2/images/logodetikcom.png"}}})}
<link rel="stylesheet" href="https://cdn.detik.net.id/detik2/css/detikcom.css?v=2025091001">
<style>{css("detail", 800, 19)}</style>
<script>{js_blob("dtkGA", 600, 20)}</script>
</head>
<body>
<div class="top-bar"><span>Rabu, 03 Des 2025</span><a href="https://connect.detik.com/">Masuk</a></div>
<header class="header">{menu}</header>
<div class="container"><div class="grid-row content__bg">
<div class="column-8">
<article class="detail" data-article-id="8105432">
<div class="detail__header">
<div class="page__breadcrumb"><a href="https://news.detik.com/">detikNews</a><a href="https://news.detik.com/berita">Berita</a></div>
<h1 class="detail__title">{esc(a["title"])}</h1>
<div class="detail__author">{esc(a["byline"])} - detikNews</div>
<div class="detail__date">Rabu, 10 Sep 2025 19:15 WIB</div>
<div class="detail__share"><a class="fb" href="#">Bagikan</a> <a class="komentar" href="#comm1">0 komentar</a></div>
</div>
<div class="detail__media"><figure class="detail__media-image"><img src="https://akcdn.detik.net.id/community/media/visual/2025/09/10/pmi-dumai.jpeg?w=700&amp;q=90" alt="" title="{esc(a["title"])}"><figcaption class="detail__media-caption">{esc(a["caption"])}</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
<strong>Jakarta</strong> -
<p>{esc(a["standfirst"], quote=False)}</p>
{paras(a, inject=inject)}
<div class="detail__body-tag mgt-16"><div class="nav"><a href="https://www.detik.com/tag/pekerja-migran/" class="nav__item">pekerja migran</a><a href="https://www.detik.com/tag/kp2mi/" class="nav__item">kp2mi</a><a href="https://www.detik.com/tag/deportasi/" class="nav__item">deportasi</a></div></div>
</div>
<div class="detail__long-nav"><span class="detail__long-nav-text">Halaman</span> <a class="detail__anchor-numb detail__anchor-numb--active" href="{url}/1">1</a> <a class="detail__anchor-numb" href="{url}/2">2</a> <a class="detail__anchor-numb" href="{url}/2">Selanjutnya</a> <a href="{url}?single=1">Tampilkan semua</a></div>
<div class="detail__body-bottom">(rzp/imk)</div>
</div>
</article>
<div class="list-content"><h2 class="title">Berita Terkait</h2>
<article class="list-content__item"><a href="https://news.detik.com/berita/d-8066120/ratusan-pmi-dideportasi">Ratusan PMI Dideportasi dari Sabah via Nunukan</a><span class="date">Senin, 18 Agu 2025 14:02 WIB</span></article>
<article class="list-content__item"><a href="https://news.detik.com/berita/d-7999012/kp2mi-resmi-dibentuk">KP2MI Resmi Dibentuk, Ini Tugas Kementerian Baru</a><span class="date">Senin, 21 Okt 2024 16:40 WIB</span></article></div>
<div class="komentar-box" id="comm1"><h3>Komentar</h3><p>Belum ada komentar. Jadilah yang pertama.</p></div>
</div>
<div class="column-4"><div class="box cb-mostpop"><h2>Terpopuler</h2><ol>{"".join(f'<li><a href="/berita/d-81{i}">Berita terpopuler hari ini nomor {i}</a></li>' for i in range(1, 11))}</ol></div></div>
</div></div>
<footer class="footer"><div class="footer__top"><a href="/redaksi">Redaksi</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a> <a href="/karir">Karir</a> <a href="/kotak-pos">Kotak Pos</a></div>
<div class="footer__copy">Copyright @ 2025 detikcom. All right reserved</div></footer>
<script>{js_blob("dtkTracker", 400, 21)}</script>
</body></html>"""
    save_mhtml(
        "r06",
        url,
        a["title"],
        doc,
        [
            (
                "https://cdn.detik.net.id/detik2/css/detikcom.css?v=2025091001",
                "text/css",
                css("dtk", 1400, 22).encode(),
            ),
            (
                "https://akcdn.detik.net.id/community/media/visual/2025/09/10/pmi-dumai.jpeg?w=700&q=90",
                "image/png",
                png(100, 70, (120, 100, 60)),
            ),
        ],
    )
    write_body("r06", body_truth(a))


# ---------------------------------------------------------------- r07: AMP page, HTML only
def r07():
    a = A["r07"]
    canon = "https://www.cnnindonesia.com/nasional/20250716080012-20-1250987/indonesia-jepang-teken-kerja-sama-penempatan-pekerja-migran-sektor-perawatan"
    doc = f"""<!doctype html>
<html ⚡ lang="id">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>{esc(a["title"])}</title>
<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{esc(a["standfirst"])}">
<meta property="og:title" content="{esc(a["title"])}">
<meta property="og:site_name" content="CNN Indonesia">
<meta property="og:url" content="{canon}">
<meta name="publishdate" content="2025/07/16 08:00:12">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon, "headline": a["title"], "image": ["https://akcdn.detik.net.id/visual/2025/07/16/mou-jepang.jpeg"], "datePublished": "2025-07-16T08:00:12+07:00", "dateModified": "2025-07-16T08:00:12+07:00", "author": {"@type": "Person", "name": a["byline"]}, "publisher": {"@type": "Organization", "name": "CNN Indonesia", "logo": {"@type": "ImageObject", "url": "https://cdn.cnnindonesia.com/cnnid/images/logo_cnn_fav.png", "width": 60, "height": 60}}})}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css("amp", 900, 23)}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{json.dumps({"vars": {"gtag_id": "G-XXXX", "config": {"G-XXXX": {"groups": "default"}}}, "triggers": {f"t{i}": {"on": "visible", "request": "pageview"} for i in range(80)}})}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{"".join(f'<li><a href="https://www.cnnindonesia.com/{s}">{s.title()}</a></li>' for s in ["nasional", "internasional", "ekonomi", "olahraga", "teknologi", "hiburan", "gaya-hidup", "otomotif", "tv", "video", "foto", "edukasi"])}</ul></amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle">☰</button><a href="https://www.cnnindonesia.com/"><amp-img src="https://cdn.cnnindonesia.com/cnnid/images/logo.png" width="140" height="30" alt="CNN Indonesia"></amp-img></a></header>
<div class="breadcrumb"><a href="https://www.cnnindonesia.com/">Home</a> / <a href="https://www.cnnindonesia.com/nasional">Nasional</a></div>
<article class="content">
<h1 class="title">{esc(a["title"])}</h1>
<div class="author">{esc(a["byline"])} | CNN Indonesia</div>
<div class="date">Rabu, 16 Jul 2025 08:00 WIB</div>
<amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>
<figure><amp-img src="https://akcdn.detik.net.id/visual/2025/07/16/mou-jepang.jpeg?w=650" width="650" height="366" layout="responsive" alt="{esc(a["title"])}"></amp-img><figcaption>{esc(a["caption"])}</figcaption></figure>
<div class="detail-text">
<p><strong>{esc(a["standfirst"], quote=False)}</strong></p>
{paras(a)}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/4905536/CNN_Indonesia/amp/nasional/mr1"></amp-ad>
</div>
<div class="tags">TOPIK TERKAIT: <a href="/tag/pekerja-migran">pekerja migran</a> <a href="/tag/jepang">jepang</a></div>
</article>
<div class="related"><h3>BACA JUGA</h3><ul>
<li><a href="https://www.cnnindonesia.com/nasional/20250612-kp2mi-jerman">KP2MI Buka Penempatan Perawat ke Jerman, Kuota 500 Orang</a> <span>Kamis, 12 Jun 2025 14:30 WIB</span></li>
<li><a href="https://www.cnnindonesia.com/nasional/20240410-ssw-jepang">Lowongan SSW Jepang Dibuka, Ini Syaratnya</a> <span>Rabu, 10 Apr 2024 10:11 WIB</span></li></ul></div>
<footer class="footer"><p>CNN Indonesia - Jl. Kapten Pierre Tendean No.12-14 A, Jakarta</p><p>Copyright © 2025 CNN Indonesia. A Transmedia Company.</p></footer>
</body></html>"""
    save_plain("r07", doc)
    write_body("r07", body_truth(a))


# ---------------------------------------------------------------- r08: Malay WordPress, MHTML
def r08():
    a = A["r08"]
    url = "https://www.sinarharian.com.my/article/712345/berita/semasa/jim-tahan-86-pati-dalam-op-kutip-di-johor-bahru"
    menu = mega_menu(
        {
            "Berita": ["Semasa", "Politik", "Jenayah", "Nasional"],
            "Edisi": ["Johor", "Selangor", "Utara", "Pantai Timur"],
            "Global": ["Asia", "Dunia"],
            "Bisnes": ["Ekonomi", "Hartanah"],
            "Sukan": ["Bola Sepak", "Badminton"],
            "Wanita": ["Keluarga", "Gaya"],
        },
        "https://www.sinarharian.com.my",
        "menu-utama",
    )
    doc = f"""<!DOCTYPE html>
<html lang="ms-MY" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a["title"])} | Sinar Harian</title>
<meta name="description" content="{esc(a["standfirst"])}">
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="ms_MY"><meta property="og:type" content="article"><meta property="og:title" content="{esc(a["title"])}">
<meta property="og:description" content="{esc(a["standfirst"])}"><meta property="og:url" content="{url}"><meta property="og:site_name" content="Sinar Harian">
<meta property="article:section" content="Semasa"><meta property="og:updated_time" content="2025-11-04T15:48:20+08:00">
<meta property="article:published_time" content="2025-11-04T14:32:05+08:00"><meta property="article:modified_time" content="2025-11-04T15:48:20+08:00">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Ditulis oleh"><meta name="twitter:data1" content="{esc(a["byline"])}"><meta name="twitter:label2" content="Masa untuk membaca"><meta name="twitter:data2" content="1 minit">
<script type="application/ld+json" class="rank-math-schema">{json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "Organization", "@id": "https://www.sinarharian.com.my/#organization", "name": "Sinar Harian"}, {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": a["title"], "datePublished": "2025-11-04T14:32:05+08:00", "dateModified": "2025-11-04T15:48:20+08:00", "inLanguage": "ms-MY"}, {"@type": "NewsArticle", "headline": a["title"], "datePublished": "2025-11-04T14:32:05+08:00", "dateModified": "2025-11-04T15:48:20+08:00", "author": {"@type": "Person", "name": a["byline"]}, "publisher": {"@id": "https://www.sinarharian.com.my/#organization"}, "inLanguage": "ms-MY", "mainEntityOfPage": {"@id": url + "#webpage"}}]}, ensure_ascii=False)}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://www.sinarharian.com.my/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<style id="global-styles-inline-css">{css("wp", 700, 24)}</style>
<script>{js_blob("jetpackCarouselStrings", 300, 25)}</script>
</head>
<body class="post-template-default single single-post postid-712345">
<div id="page" class="site">
<div class="top-header"><span class="tarikh">Rabu, 3 Disember 2025</span> | <span>Waktu Solat: Subuh 5:49</span></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.sinarharian.com.my/" rel="home">Sinar Harian</a></div>{menu}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<nav class="rank-math-breadcrumb"><p><a href="https://www.sinarharian.com.my">Utama</a><span class="separator"> &raquo; </span><a href="https://www.sinarharian.com.my/berita/">Berita</a><span class="separator"> &raquo; </span><span class="last">Semasa</span></p></nav>
<article id="post-712345" class="post-712345 post type-post status-publish format-standard has-post-thumbnail category-semasa">
<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>
<div class="entry-meta"><span class="byline"> Oleh <span class="author vcard"><a class="url fn n" href="/author/nurulhuda/">{esc(a["byline"])}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2025-11-04T14:32:05+08:00">04 November 2025 02:32pm</time><time class="updated" datetime="2025-11-04T15:48:20+08:00">Dikemas kini 04 Nov 2025 03:48pm</time></span></div></header>
<div class="post-thumbnail"><figure class="wp-caption"><img width="1024" height="576" src="https://www.sinarharian.com.my/wp-content/uploads/2025/11/op-kutip-jb.jpg" class="attachment-large wp-post-image" alt=""><figcaption class="wp-caption-text">{esc(a["caption"])}</figcaption></figure></div>
<div class="entry-content">
<p class="intro"><strong>{esc(a["standfirst"], quote=False)}</strong></p>
{paras(a)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Kongsi:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon no-text" href="{url}?share=facebook" title="Klik untuk kongsi di Facebook"><span></span><span class="sharing-screen-reader-text">Klik untuk kongsi di Facebook (Membuka dalam tetingkap baharu)</span></a></li><li class="share-telegram"><a class="share-telegram sd-button share-icon no-text" href="{url}?share=telegram"><span></span><span class="sharing-screen-reader-text">Klik untuk kongsi di Telegram</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Berkaitan</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">
<p class="jp-relatedposts-post jp-relatedposts-post0" data-post-id="709811"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/article/709811/berita/semasa/imigresen-tahan-120-pati-di-pasir-gudang">Imigresen tahan 120 PATI di Pasir Gudang</a></span> <span class="jp-relatedposts-post-date">21 Oktober 2025</span> <span class="jp-relatedposts-post-context">Dalam "Semasa"</span></p>
<p class="jp-relatedposts-post jp-relatedposts-post1" data-post-id="698201"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/article/698201/berita/nasional/program-rekalibrasi-tamat">Program Rekalibrasi Pulang 2.0 tamat 31 Disember</a></span> <span class="jp-relatedposts-post-date">2 Ogos 2025</span> <span class="jp-relatedposts-post-context">Dalam "Nasional"</span></p></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tag: <a href="/tag/pati/" rel="tag">PATI</a>, <a href="/tag/jim/" rel="tag">JIM</a>, <a href="/tag/johor/" rel="tag">Johor</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Komen</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ahmad Zaki</b><div class="comment-metadata"><time datetime="2025-11-04T16:10:00+08:00">4 November 2025 pada 4:10 petang</time></div></footer><div class="comment-content"><p>Majikan yang ambil PATI pun kena tindakan tegas.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Siti</b><div class="comment-metadata"><time datetime="2025-11-05T08:22:00+08:00">5 November 2025 pada 8:22 pagi</time></div></footer><div class="comment-content"><p>Teruskan usaha JIM.</p></div></article></li></ol></div>
<div class="newsletter-widget"><h3>Langgan buletin Sinar Harian</h3><p>Berita pilihan terus ke e-mel anda setiap pagi.</p><form><input type="email" placeholder="Alamat e-mel"><button>Langgan</button></form></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">Hak Cipta © 2025 Karangkraf Media Group. Hak cipta terpelihara.</div></footer>
</div>
<script>{js_blob("wpcom_stats", 400, 26)}</script>
</body></html>"""
    save_mhtml(
        "r08",
        url,
        a["title"],
        doc,
        [
            (
                "https://www.sinarharian.com.my/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2",
                "text/css",
                css("wpb", 1300, 27).encode(),
            ),
            (
                "https://www.sinarharian.com.my/wp-content/uploads/2025/11/op-kutip-jb.jpg",
                "image/png",
                png(90, 50, (60, 60, 60)),
            ),
        ],
    )
    write_body("r08", body_truth(a))


# ---------------------------------------------------------------- r09: English custom CMS, HTML only
def r09():
    a = A["r09"]
    url = "https://www.thestar.com.my/news/nation/2025/11/04/immigration-nabs-86-undocumented-migrants-in-johor-baru-raid"
    menu = mega_menu(
        {
            "News": ["Nation", "World", "Regional", "Focus", "Courts & Crime"],
            "Business": ["Business News", "Markets", "SMEs"],
            "Sport": ["Football", "Badminton", "Motorsport"],
            "Metro": ["Metro News", "Community"],
            "Lifestyle": ["Food", "Travel", "Culture"],
            "Opinion": ["Columnists", "Letters"],
            "Tech": ["Tech News", "Gadgets"],
        },
        "https://www.thestar.com.my",
        "navbar-nav",
    )
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Immigration nabs 86 undocumented migrants in Johor Baru raid | The Star</title>
<meta name="description" content="JOHOR BARU: The Immigration Department detained 86 undocumented migrants in a pre-dawn raid on workers' quarters at a construction site in Taman Perling here on Tuesday (Nov 4).">
<meta name="keywords" content="Immigration, Undocumented Migrants, Johor, Raid">
<meta name="content_id" content="1267890"><meta name="content_category" content="News/Nation"><meta name="content_type" content="Article">
<meta name="content_published_date" content="2025-11-04 21:30:00 +08:00"><meta name="content_tags" content="Immigration,Johor">
<meta name="thumbnailUrl" content="https://apicms.thestar.com.my/uploads/images/2025/11/04/3589012.jpg">
<meta property="og:url" content="{url}"><meta property="og:title" content="{esc(a["title"])}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Star">
<meta property="article:published_time" content="2025-11-04T21:30:00+08:00"><meta property="article:section" content="Nation">
<meta name="twitter:site" content="@staronline"><meta name="twitter:title" content="{esc(a["title"])}">
<link rel="canonical" href="{url}">
{jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["title"], "alternativeHeadline": a["standfirst"], "datePublished": "2025-11-04T21:30:00+08:00", "dateModified": "2025-11-04T21:30:00+08:00", "author": [{"@type": "Person", "name": a["byline"]}], "publisher": {"@type": "Organization", "name": "The Star", "logo": {"@type": "ImageObject", "url": "https://www.thestar.com.my/Content/Images/logo.png"}}, "articleSection": "Nation", "isAccessibleForFree": True})}
<style>{css("star", 900, 28)}</style>
<script>{js_blob("googletag_star", 700, 29)}</script>
</head>
<body>
<div class="top-nav"><span class="today">Wednesday, 03 Dec 2025</span><a href="/subscribe">Subscribe</a><a href="https://sso.thestar.com.my/">Login</a></div>
<header class="header">{menu}</header>
<div class="container"><div class="row">
<div class="col-md-8 story-wrapper">
<div class="breadcrumbs"><a href="/news">News</a> &gt; <a href="/news/nation">Nation</a></div>
<div class="headline story-pg"><h1>{esc(a["title"])}</h1>
<div class="sub-headline"><h2 class="standfirst">{esc(a["standfirst"])}</h2></div></div>
<div class="story-info"><div class="credit"><a href="/authors?q=Ahmad+Firdaus">By {esc(a["byline"])}</a></div><p class="date">Nation</p><p class="date">Tuesday, 04 Nov 2025</p><time class="timestamp">9:30 PM MYT</time></div>
<div class="share-bar"><a class="fb">Share</a> <a class="wa">WhatsApp</a> <a class="tw">X</a> <a class="cp">Copy link</a></div>
<div class="story-image"><img src="https://apicms.thestar.com.my/uploads/images/2025/11/04/3589012.jpg" alt=""><p class="caption">{esc(a["caption"])}</p></div>
<div id="story-body" class="story bot-15 relative">
{paras(a)}
</div>
<div class="related-tags"><h4>Related Topics</h4><a href="/tag/immigration">Immigration</a> <a href="/tag/johor">Johor</a></div>
<div class="related-story"><h3>Related News</h3>
<div class="related-item"><a href="/news/nation/2025/10/21/120-pati-held-in-pasir-gudang">120 illegals held in Pasir Gudang</a><span class="timestamp">21 Oct 2025</span></div>
<div class="related-item"><a href="/news/nation/2025/08/02/recalibration-programme-ends">Recalibration programme for foreign workers to end on Dec 31</a><span class="timestamp">02 Aug 2025</span></div></div>
<div class="report-error"><p>Thank you for your report!</p></div>
<div class="newsletter-signup"><h4>Get The Star Headlines delivered to your inbox</h4><input type="email" placeholder="Email address"><button>Sign up</button></div>
</div>
<div class="col-md-4 sidebar"><div class="trending"><h3>Trending in News</h3><ol>{"".join(f'<li><a href="/news/nation/2025/12/03/story-{i}">Trending story number {i} of the day</a></li>' for i in range(1, 11))}</ol></div></div>
</div></div>
<footer class="footer"><div class="footer-links"><a href="/corporate">Corporate</a> <a href="/privacy">Privacy Statement</a> <a href="/terms">Terms of Use</a></div>
<p class="copyright">Copyright © 1995-2025 Star Media Group Berhad [197101000523 (10894-D)]. All Rights Reserved.</p></footer>
<script>{js_blob("starTracker", 400, 30)}</script>
</body></html>"""
    save_plain("r09", doc)
    write_body("r09", body_truth(a))


# ---------------------------------------------------------------- r10: French regional daily, paywall + cookie banner, Webpage Complete
def r10():
    a = A["r10"]
    url = "https://www.lavoixdunord.fr/1612345/article/2025-08-14/gravelines-63-migrants-secourus-lors-d-une-tentative-de-traversee-de-la-manche"
    shown = 2
    visible = {**a, "paras": a["paras"][:shown]}
    hidden = "".join(f"<p>{esc(p[:40], quote=False)}…</p>" for p in a["paras"][shown : shown + 1])
    menu = mega_menu(
        {
            "Région": [
                "Lille",
                "Dunkerque",
                "Calais",
                "Boulogne-sur-Mer",
                "Gravelines",
                "Valenciennes",
            ],
            "Faits divers": ["Justice", "Accidents"],
            "France - Monde": ["Politique", "International"],
            "Sports": ["LOSC", "RC Lens", "USL Dunkerque"],
            "Loisirs": ["Sorties", "Cinéma"],
            "Vie pratique": ["Météo", "Carburants", "Nécrologie"],
        },
        "https://www.lavoixdunord.fr",
        "mega-nav",
    )
    doc = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Gravelines : 63 migrants secourus lors d’une tentative de traversée de la Manche - La Voix du Nord</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(a["standfirst"])}">
<meta property="og:title" content="{esc(a["title"])}"><meta property="og:type" content="article"><meta property="og:url" content="{url}"><meta property="og:site_name" content="La Voix du Nord">
<meta property="og:image" content="https://www.lavoixdunord.fr/images/2025/08/14/snsm-gravelines.jpg">
<meta name="article:published_time" content="2025-08-14T11:32:00+02:00"><meta name="article:modified_time" content="2025-08-14T15:10:00+02:00">
<meta name="lvdn:access" content="premium">
<link rel="canonical" href="{url}">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2025-08-14T11:32:00+02:00", "dateModified": "2025-08-14T15:10:00+02:00", "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywalled-content"}, "author": {"@type": "Person", "name": a["byline"]}, "publisher": {"@type": "NewsMediaOrganization", "name": "La Voix du Nord"}})}
<link rel="stylesheet" href="./r10_files/app.css">
<style>{css("lvdn", 700, 31)}</style>
<script src="./r10_files/tcfapi-stub.js.download"></script>
<script>{js_blob("didomiConfig", 500, 32)}</script>
</head>
<body class="article premium">
<div id="didomi-host" class="didomi-popup-open"><div class="didomi-popup-container" role="dialog" aria-label="Consentement">
<h2 class="didomi-popup-title">Vos choix concernant l’utilisation de cookies</h2>
<p class="didomi-popup-text">La Voix du Nord et ses 412 partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil, mesurer l’audience, personnaliser les publicités et le contenu, et développer leurs services. Vous pouvez accepter ou refuser, et modifier vos choix à tout moment dans la page Politique de confidentialité.</p>
<button id="didomi-notice-agree-button">Accepter &amp; Fermer</button> <button id="didomi-notice-disagree-button">Continuer sans accepter</button> <a href="#" class="didomi-link">Paramétrer les cookies</a></div></div>
<div class="header-top"><span class="date">Mercredi 3 décembre 2025</span> <a href="/abonnement">S’abonner 1€ le premier mois</a> <a href="/login">Se connecter</a></div>
<header class="header"><a href="/" class="logo"><img src="./r10_files/logo-lvdn.png" alt="La Voix du Nord"></a>{menu}</header>
<main>
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/region/dunkerque-et-ses-environs">Dunkerque et ses environs</a> › <a href="/region/dunkerque-et-ses-environs/gravelines">Gravelines</a></nav>
<article class="gr-article">
<header><span class="gr-label gr-label--premium">Abonnés</span><h1 class="gr-article-title">{esc(a["title"])}</h1>
<p class="gr-article-chapo">{esc(a["standfirst"])}</p>
<div class="gr-article-infos"><span class="gr-author">Par {esc(a["byline"])}</span> <span class="gr-date">Publié le 14/08/2025 à 11:32 - Mis à jour le 14/08/2025 à 15:10</span></div></header>
<figure><img src="./r10_files/snsm-gravelines.png" alt=""><figcaption>{esc(a["caption"])}</figcaption></figure>
<div class="gr-article-content">
{paras(visible)}
<div class="paywalled-content gr-blurred">{hidden}</div>
</div>
<div class="gr-paywall"><h3>Cet article est réservé aux abonnés</h3><p>Pour lire la suite, profitez de notre offre : 1€ le premier mois, sans engagement.</p><a class="btn" href="/abonnement?origin=paywall">Je m’abonne</a> <p>Déjà abonné ? <a href="/login">Je me connecte</a></p></div>
<div class="gr-tags"><a href="/theme/migrants">Migrants</a> <a href="/theme/snsm">SNSM</a> <a href="/theme/manche">Manche</a></div>
</article>
<section class="gr-more"><h2>Sur le même sujet</h2>
<div><a href="/1601234/article/2025-07-28/wimereux-un-migrant-meurt">Wimereux : un migrant meurt lors d’une tentative de traversée</a> <span>28/07/2025</span></div>
<div><a href="/1598765/article/2025-07-19/calais-accord-franco-britannique">Accord franco-britannique « un pour un » : ce qui change à Calais</a> <span>19/07/2025</span></div></section>
<iframe src="./r10_files/newsletter-frame.html" title="Newsletter" width="100%" height="200"></iframe>
</main>
<footer class="footer"><p>La Voix du Nord, 8 place du Général-de-Gaulle, 59000 Lille</p><p>© La Voix du Nord 2025 - Tous droits réservés. Toute reproduction interdite.</p><p><a href="/cgu">CGU</a> · <a href="/confidentialite">Politique de confidentialité</a> · <a href="javascript:Didomi.preferences.show()">Gestion des cookies</a></p></footer>
<script>{js_blob("lvdnTag", 400, 33)}</script>
</body></html>"""
    nl = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Newsletter</title></head><body><div class="nl"><h3>La newsletter Dunkerque</h3><p>Chaque matin, l’essentiel de l’actualité du Dunkerquois dans votre boîte mail.</p><input type="email"><button>Je m’inscris</button></div></body></html>'
    save_complete(
        "r10",
        url,
        doc,
        {
            "app.css": css("lvdnx", 1400, 34).encode(),
            "tcfapi-stub.js.download": js_blob("__tcfapi", 1500, 35).encode(),
            "logo-lvdn.png": png(60, 20, (200, 0, 0)),
            "snsm-gravelines.png": png(100, 66, (250, 140, 0)),
            "newsletter-frame.html": nl.encode(),
        },
    )
    write_body("r10", body_truth(a, upto=shown))


if __name__ == "__main__":
    for fn in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10):
        fn()
