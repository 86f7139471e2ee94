#!/usr/bin/env python3
# ruff: noqa
"""Write truth.json (dev-corpus format) for the realistic saved-page corpus."""

import json
from pathlib import Path

from articles import A

D = [
    (
        "Ministry of Home Affairs (Viet Nam)",
        "institution",
        [
            "Bộ Nội vụ",
            "Bo Noi vu",
            "Ministry of Home Affairs",
            "Cục Quản lý lao động ngoài nước",
            "Department of Overseas Labour",
        ],
    ),
    (
        "International Organization for Migration (IOM)",
        "institution",
        [
            "IOM",
            "OIM",
            "Tổ chức Di cư Quốc tế",
            "International Organization for Migration",
            "Organisation internationale pour les migrations",
            "Organización Internacional para las Migraciones",
        ],
    ),
    ("Do Thanh Tung", "person", ["Đỗ Thanh Tùng", "Thứ trưởng Đỗ Thanh Tùng"]),
    ("Elena Marchetti", "person", ["Elena Marchetti", "Marchetti"]),
    (
        "Viet Nam Association of Manpower Supply (VAMAS)",
        "institution",
        ["Hiệp hội Xuất khẩu lao động Việt Nam", "VAMAS"],
    ),
    ("Ha Tinh Provincial Police", "institution", ["Công an tỉnh Hà Tĩnh", "Cong an tinh Ha Tinh"]),
    (
        "Ministry of Public Security (Viet Nam)",
        "institution",
        ["Bộ Công an", "Ministry of Public Security", "Công an tỉnh Hà Tĩnh"],
    ),
    ("Le Van Son", "person", ["Lê Văn Sơn", "Đại tá Lê Văn Sơn"]),
    ("Tran Quoc Bao", "person", ["Trần Quốc Bảo"]),
    (
        "Ho Chi Minh Communist Youth Union",
        "institution",
        ["Đoàn Thanh niên", "Đoàn Thanh niên huyện"],
    ),
    (
        "Senegalese Navy",
        "institution",
        ["Marine nationale sénégalaise", "Marine nationale", "Marine"],
    ),
    (
        "Senegalese Armed Forces Information Directorate (DIRPA)",
        "institution",
        ["Direction de l'information et des relations publiques des Armées", "DIRPA"],
    ),
    ("Ibrahima Ndao", "person", ["Ibrahima Ndao", "capitaine de frégate Ibrahima Ndao"]),
    ("Senegalese Red Cross", "institution", ["Croix-Rouge sénégalaise"]),
    (
        "Senegal National Police",
        "institution",
        ["Police nationale", "Division nationale de lutte contre le trafic de migrants", "DNLT"],
    ),
    (
        "Salvamento Marítimo",
        "institution",
        ["Salvamento Marítimo", "Sociedad de Salvamento y Seguridad Marítima", "Sasemar"],
    ),
    ("Spanish Red Cross", "institution", ["Cruz Roja Española", "Cruz Roja"]),
    ("Juan Carlos Padrón", "person", ["Juan Carlos Padrón", "Padrón"]),
    ("Government of the Canary Islands", "institution", ["Gobierno de Canarias"]),
    (
        "Instituto Nacional de Migración (INM)",
        "institution",
        ["Instituto Nacional de Migración", "INM"],
    ),
    (
        "Comisión Mexicana de Ayuda a Refugiados (COMAR)",
        "institution",
        ["Comisión Mexicana de Ayuda a Refugiados", "COMAR"],
    ),
    ("Colectivo Frontera Digna", "institution", ["Colectivo Frontera Digna"]),
    ("Rosendo Cal", "person", ["Rosendo Cal"]),
    ("Guardia Nacional (Mexico)", "institution", ["Guardia Nacional"]),
    (
        "Ministry of Migrant Workers Protection (Indonesia)",
        "institution",
        ["Kementerian Pelindungan Pekerja Migran Indonesia", "KP2MI", "Kementerian P2MI"],
    ),
    ("Hendra Saputra", "person", ["Hendra Saputra", "Menteri P2MI Hendra Saputra", "Hendra"]),
    (
        "Embassy of Indonesia in Kuala Lumpur",
        "institution",
        ["KBRI Kuala Lumpur", "Embassy of Indonesia in Malaysia"],
    ),
    (
        "Ministry of Health, Labour and Welfare (Japan)",
        "institution",
        ["Kementerian Kesehatan, Tenaga Kerja dan Kesejahteraan Jepang", "MHLW"],
    ),
    ("Takeshi Morita", "person", ["Takeshi Morita"]),
    (
        "Immigration Department of Malaysia",
        "institution",
        ["Jabatan Imigresen Malaysia", "JIM", "Immigration Department", "Imigresen"],
    ),
    ("Rosli Hamzah", "person", ["Datuk Rosli Hamzah", "Rosli Hamzah", "Rosli"]),
    (
        "Préfecture maritime de la Manche et de la mer du Nord",
        "institution",
        ["préfecture maritime de la Manche et de la mer du Nord", "préfecture maritime"],
    ),
    (
        "CROSS Gris-Nez",
        "institution",
        ["Centre régional opérationnel de surveillance et de sauvetage", "CROSS Gris-Nez"],
    ),
    ("SNSM", "institution", ["SNSM", "Société nationale de sauvetage en mer"]),
    ("Didier Lemaire", "person", ["Didier Lemaire"]),
    ("French Navy", "institution", ["Marine nationale"]),
    ("Police aux frontières", "institution", ["police aux frontières", "PAF"]),
]

ART = {
    "r01": dict(
        file="r01.html",
        format="html",
        save="Webpage, Complete",
        event="E1",
        event_date="2025-10-08",
        pub="2025-10-08",
        ev='"Sáng 8/10, tại Hà Nội" in the sapo; year from pubdate 08/10/2025 and meta. Traps: top bar date 03/12/2025 (save date), law of 2020 effective 1/1/2022, related news dates, comment dates in the saved iframe, licence date 28/7/2023 in the footer.',
        outlet="Báo Điện tử Chính phủ",
        also=["baochinhphu.vn", "Chinhphu.vn", "VGP"],
        obj=[6, 3],
        obj_ok=[5, 7, 10, 23],
        actors=[
            "Ministry of Home Affairs (Viet Nam)",
            "International Organization for Migration (IOM)",
            "Do Thanh Tung",
            "Elena Marchetti",
        ],
        actors_ok=["Viet Nam Association of Manpower Supply (VAMAS)"],
    ),
    "r02": dict(
        file="r02.mhtml",
        format="mhtml",
        save="Webpage, Single File",
        event="E2",
        event_date="2025-11-20",
        pub="2025-11-21",
        ev='"Chiều 20/11"; year from JSON-LD/meta datePublished 2025-11-21. Traps: dateModified, Essex case 10/2019, related links 02/11 and 15/10/2025, top bar 3/12/2025 (save date), MHTML Date header.',
        outlet="Báo điện tử Tiền Phong",
        also=["Tiền Phong", "tienphong.vn"],
        obj=[10, 9],
        obj_ok=[3, 2, 7, 5],
        actors=[
            "Ministry of Public Security (Viet Nam)",
            "International Organization for Migration (IOM)",
            "Le Van Son",
            "Tran Quoc Bao",
        ],
        actors_ok=["Ha Tinh Provincial Police", "Ho Chi Minh Communist Youth Union"],
    ),
    "r03": dict(
        file="r03.html",
        format="html",
        save="HTML only",
        event="E3",
        event_date="2025-09-28",
        pub="2025-09-29",
        ev='"dimanche" resolved against the publication date Monday 29/09/2025 (communiqué "publié lundi"). Traps: top bar date 3 décembre 2025, related items 12/09/2025, 28/08/2025, 26/07/2023, comments 29-30/09/2025, strategy of 2023, 2024 arrivals.',
        outlet="Le Soleil",
        also=["lesoleil.sn"],
        obj=[9, 8],
        obj_ok=[11, 2, 10, 7],
        actors=[
            "Senegalese Navy",
            "Ibrahima Ndao",
            "Senegalese Red Cross",
            "Senegal National Police",
        ],
        actors_ok=["Senegalese Armed Forces Information Directorate (DIRPA)"],
    ),
    "r04": dict(
        file="r04.html",
        format="html",
        save="Webpage, Complete",
        event="E4",
        event_date="2025-09-21",
        pub="2025-09-21",
        ev='Dateline "21 sep (EFE)" and "este domingo"; JSON-LD datePublished 2025-09-21. Traps: live block items 19-22/09, dateModified, related 14/09 and 30/08/2025, statistics period to 15 September, top bar 3 de diciembre de 2025.',
        outlet="Agencia EFE",
        also=["EFE", "EFE Noticias", "efe.com"],
        obj=[8, 9],
        obj_ok=[11, 12, 7, 13],
        actors=["Salvamento Marítimo", "Spanish Red Cross", "Juan Carlos Padrón"],
        actors_ok=["Government of the Canary Islands"],
    ),
    "r05": dict(
        file="r05.html",
        format="html",
        save="HTML only (windows-1252)",
        encoding="windows-1252",
        event="E5",
        event_date="2025-10-01",
        pub="2025-10-01",
        ev='"la madrugada de este miércoles" = publication day 1 octubre 2025 (Wednesday). Traps: Jetpack related posts 18 junio and 5 agosto 2025, comments 1-2 octubre, top bar diciembre 3, 2025.',
        outlet="Diario del Sur",
        also=["diariodelsur.com.mx"],
        obj=[7, 11],
        obj_ok=[5, 12, 3, 8, 2],
        actors=["Colectivo Frontera Digna", "Rosendo Cal", "Instituto Nacional de Migración (INM)"],
        actors_ok=["Comisión Mexicana de Ayuda a Refugiados (COMAR)", "Guardia Nacional (Mexico)"],
    ),
    "r06": dict(
        file="r06.mhtml",
        format="mhtml",
        save="Webpage, Single File",
        event="E6",
        event_date="2025-09-10",
        pub="2025-09-10",
        ev="\"Rabu (10/9/2025)\" in the lead; date line 10 Sep 2025 19:15 WIB. Traps: 'Baca juga' links inside the body, related 18 Agu 2025 and 21 Okt 2024, top bar 03 Des 2025, statistics Januari-Agustus 2025.",
        outlet="detikNews",
        also=["detikcom", "detik.com", "detiknews"],
        obj=[21, 7],
        obj_ok=[6, 14, 10, 9],
        actors=[
            "Ministry of Migrant Workers Protection (Indonesia)",
            "Hendra Saputra",
            "Embassy of Indonesia in Kuala Lumpur",
        ],
        actors_ok=[],
    ),
    "r07": dict(
        file="r07.html",
        format="html",
        save="HTML only (AMP)",
        event="E7",
        event_date="2025-07-15",
        pub="2025-07-16",
        ev='"di Tokyo, Selasa (15/7/2025)"; statement "Rabu (16/7/2025)" = publication day. Traps: EPA since 2008, related 12 Jun 2025 and 10 Apr 2024.',
        outlet="CNN Indonesia",
        also=["cnnindonesia.com"],
        obj=[6, 5],
        obj_ok=[18, 2, 22, 23],
        actors=[
            "Ministry of Migrant Workers Protection (Indonesia)",
            "Hendra Saputra",
            "Ministry of Health, Labour and Welfare (Japan)",
            "Takeshi Morita",
        ],
        actors_ok=[],
    ),
    "r08": dict(
        file="r08.mhtml",
        format="mhtml",
        save="Webpage, Single File",
        event="E8",
        event_date="2025-11-04",
        pub="2025-11-04",
        ev='"awal pagi tadi" = publication day 04 November 2025. Traps: Jetpack related 21 Oktober and 2 Ogos 2025, comments 4-5 November, dateModified, top bar 3 Disember 2025, Act of 1959/63.',
        outlet="Sinar Harian",
        also=["sinarharian.com.my"],
        obj=[13, 11],
        obj_ok=[21, 10, 6, 7],
        actors=["Immigration Department of Malaysia", "Rosli Hamzah"],
        actors_ok=[],
    ),
    "r09": dict(
        file="r09.html",
        format="html",
        save="HTML only",
        event="E8",
        event_date="2025-11-04",
        pub="2025-11-04",
        ev='"on Tuesday (Nov 4)"; date line Tuesday, 04 Nov 2025. Traps: related 21 Oct and 02 Aug 2025, top bar 03 Dec 2025, copyright 1995-2025.',
        outlet="The Star",
        also=["thestar.com.my", "The Star Online"],
        obj=[13, 11],
        obj_ok=[21, 10, 6, 7],
        actors=["Immigration Department of Malaysia", "Rosli Hamzah"],
        actors_ok=[],
    ),
    "r10": dict(
        file="r10.html",
        format="html",
        save="Webpage, Complete (paywall)",
        event="E9",
        event_date="2025-08-14",
        pub="2025-08-14",
        ev='"jeudi 14 août au matin"; year from Publié le 14/08/2025. Traps: cookie banner, related 28/07 and 19/07/2025, top bar 3 décembre 2025, paywalled remainder.',
        outlet="La Voix du Nord",
        also=["lavoixdunord.fr"],
        obj=[8, 9],
        obj_ok=[11, 10, 7],
        actors=[
            "Préfecture maritime de la Manche et de la mer du Nord",
            "CROSS Gris-Nez",
            "SNSM",
        ],
        actors_ok=["French Navy", "Police aux frontières"],
    ),
}

URLS = {}
for name in ART:
    p = Path(__file__).parent / ART[name]["file"]
    raw = p.read_bytes()
    import re

    m = re.search(rb'rel="canonical" href="([^"]+)"', raw) or re.search(
        rb"Snapshot-Content-Location: (\S+)", raw
    )
    URLS[name] = m.group(1).decode()

articles = []
for name, t in ART.items():
    a = A[name]
    articles.append(
        {
            "file": t["file"],
            "format": t["format"],
            "saved_as": t["save"],
            "encoding": t.get("encoding", "utf-8"),
            "bom": False,
            "line_endings": "CRLF" if t["format"] == "mhtml" else "LF",
            "unicode_normalization": "NFC",
            "language": a["lang"],
            "event_id": t["event"],
            "event_date": t["event_date"],
            "year_knowable": True,
            "date_evidence": t["ev"],
            "publication_date_if_stated": t["pub"],
            "title": a["title"],
            "outlet": t["outlet"],
            "outlet_also_acceptable": t["also"],
            "source_url_if_any": URLS[name],
            "gcm_objectives": t["obj"],
            "gcm_objectives_also_acceptable": t["obj_ok"],
            "actors": t["actors"],
            "actors_also_acceptable": t["actors_ok"],
            "body_truth": f"{name}.body.txt",
            "notes": None,
        }
    )

truth = {
    "description": "Realistic full-size saved web pages (Webpage Complete, Chromium MHTML single file, HTML only) from imitated CMS templates: "
    "WordPress/Jetpack, Drupal, Next.js, AMP, a Vietnamese state portal, an Indonesian portal, an agency with a live block, a French "
    "regional daily with paywall and cookie banner. Events, officials and figures are invented. Same conventions as dev_corpus.",
    "gcm_objectives_reference": "Objective numbers 1-23 of the GCM (A/RES/73/195).",
    "actor_directory": [{"name": n, "kind": k, "aliases": al} for n, k, al in D],
    "events": [
        {"event_id": t["event"], "event_date": t["event_date"], "gcm_objectives": t["obj"]}
        for t in ART.values()
        if t["file"] != "r09.html"
    ],
    "articles": articles,
    "translation_groups": [
        {"event_id": "E8", "files": ["r08.mhtml", "r09.html"], "languages": ["en", "ms"]}
    ],
    "singleton_events": [
        {"event_id": t["event"], "file": t["file"]} for t in ART.values() if t["event"] != "E8"
    ],
    "off_topic_events": [],
    "distractor_pairs": [
        {
            "event_ids": ["E6", "E7"],
            "files_event_a": ["r06.mhtml"],
            "files_event_b": ["r07.html"],
            "shared": "Indonesian migrant workers ministry and minister, 2025",
            "differs": "deportation from Malaysia vs placement agreement with Japan",
        }
    ],
}
(Path(__file__).parent / "truth.json").write_text(
    json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8"
)
