# ruff: noqa: E501  (answer-key literals: URLs, titles and aliases as the articles write them)
"""Write ../truth.json for this corpus (kept as source so the answer key can be reviewed)."""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

D = []


def actor(name, kind, *aliases):
    D.append({"name": name, "kind": kind, "aliases": list(aliases)})
    return name


DMW = actor(
    "Department of Migrant Workers (Philippines)",
    "institution",
    "Department of Migrant Workers",
    "DMW",
    "Bộ Lao động di cư Philippines",
    "Kementerian Pekerja Migran Filipina",
    "Jabatan Pekerja Migran Filipina",
    "Migrant Workers Office (MWO) in Kuwait",
    "Migrant Workers Office",
    "MWO",
)
ILO = actor(
    "International Labour Organization (ILO)",
    "institution",
    "ILO",
    "International Labour Organization",
    "Tổ chức Lao động quốc tế",
    "Organisasi Perburuhan Internasional",
    "Pertubuhan Buruh Antarabangsa",
)
ACMW = actor("ASEAN Committee on Migrant Workers (ACMW)", "institution", "ACMW")
SSS = actor("Social Security System (Philippines)", "institution", "Social Security System", "SSS")
MOHA = actor(
    "Ministry of Home Affairs (Viet Nam)",
    "institution",
    "Bộ Nội vụ",
    "Bo Noi vu",
    "Ministry of Home Affairs",
    "Minister of Home Affairs",
    "Cục Quản lý lao động ngoài nước",
    "Cuc Quan ly lao dong ngoai nuoc",
)
KP2MI = actor(
    "Ministry of Protection of Indonesian Migrant Workers (KP2MI)",
    "institution",
    "KP2MI",
    "Kementerian Pelindungan Pekerja Migran Indonesia",
    "Vice Minister for the Protection of Migrant Workers",
)
BPJS = actor("BPJS Ketenagakerjaan", "institution", "BPJS Ketenagakerjaan")
KESUMA = actor(
    "Ministry of Human Resources (Malaysia)",
    "institution",
    "Ministry of Human Resources",
    "KESUMA",
    "Kementerian Sumber Manusia",
    "Minister of Human Resources",
    "Menteri Sumber Manusia",
)
PERKESO = actor(
    "Social Security Organisation (PERKESO)",
    "institution",
    "PERKESO",
    "Pertubuhan Keselamatan Sosial",
    "Social Security Organisation",
)
MACARAEG = actor("Rodolfo Macaraeg", "person", "Rodolfo Macaraeg", "Macaraeg")
ARIMURA = actor("Keiko Arimura", "person", "Keiko Arimura")
VILLAFLOR = actor("Ramon Villaflor", "person", "Ramon Villaflor")
HUY = actor("Pham Quang Huy", "person", "Phạm Quang Huy", "Pham Quang Huy")
DEWI = actor("Dewi Anggraini Lubis", "person", "Dewi Anggraini Lubis", "Dewi")
NORHAYATI = actor("Norhayati Abdul Rahman", "person", "Norhayati Abdul Rahman")

SASEMAR = actor(
    "Salvamento Marítimo (Spain)",
    "institution",
    "Salvamento Marítimo",
    "Salvamento Maritimo",
    "Sociedad de Salvamento y Seguridad Marítima",
    "Spain's maritime rescue service",
)
CRE = actor(
    "Spanish Red Cross", "institution", "Cruz Roja Española", "Cruz Roja", "Croix-Rouge espagnole"
)
DELEG = actor(
    "Government Delegation in the Canary Islands",
    "institution",
    "Delegación del Gobierno en Canarias",
    "delegado del Gobierno en Canarias",
)
GOBCAN = actor("Government of the Canary Islands", "institution", "Gobierno de Canarias")
GC = actor("Guardia Civil", "institution", "Guardia Civil")
MAESN = actor(
    "Ministry of African Integration and Foreign Affairs (Senegal)",
    "institution",
    "ministère de l'Intégration africaine et des Affaires étrangères",
    "Ministry of African Integration and Foreign Affairs",
)
CONSN = actor(
    "Consulate General of Senegal in Las Palmas",
    "institution",
    "consulat général du Sénégal à Las Palmas",
)
MEDINA = actor("Francisco Medina Ruiz", "person", "Francisco Medina Ruiz")
HERNANDEZ = actor(
    "Elena Hernández Padrón", "person", "Elena Hernández Padrón", "Elena Hernandez Padron"
)
BETANCOR = actor("Juan Carlos Betancor", "person", "Juan Carlos Betancor")
NDIAYE = actor("Mame Diarra Ndiaye", "person", "Mame Diarra Ndiaye")

IOM = actor(
    "International Organization for Migration (IOM)",
    "institution",
    "IOM",
    "OIM",
    "International Organization for Migration",
    "Organisation internationale pour les migrations",
    "Organización Internacional para las Migraciones",
    "IOM Guinea",
)
MINTMA = actor(
    "Ministry of Interior (Morocco)",
    "institution",
    "ministère de l'Intérieur",
    "ministère de l’Intérieur",
    "Ministry of Interior",
    "Ministerio del Interior de Marruecos",
)
EMBGN = actor(
    "Embassy of Guinea in Morocco",
    "institution",
    "ambassade de la République de Guinée à Rabat",
    "Embassy of Guinea in Rabat",
    "Embajada de Guinea en Rabat",
)
MAEGN = actor(
    "Ministry of Foreign Affairs, African Integration and Guineans Abroad (Guinea)",
    "institution",
    "ministère des Affaires étrangères, de l'Intégration africaine et des Guinéens établis à l'étranger",
    "ministère des Affaires étrangères, de l’Intégration africaine et des Guinéens établis à l’étranger",
)
EU = actor(
    "European Union", "institution", "Union européenne", "European Union", "EU", "Unión Europea"
)
BIANCHI = actor("Marta Bianchi Romero", "person", "Marta Bianchi Romero")
BAH = actor("Mamadou Saliou Bah", "person", "Mamadou Saliou Bah")

CRM = actor(
    "Regional Conference on Migration (RCM)",
    "institution",
    "Conferencia Regional sobre Migración",
    "CRM",
    "Regional Conference on Migration",
    "RCM",
    "Proceso Puebla",
)
RREESV = actor(
    "Ministry of Foreign Affairs (El Salvador)",
    "institution",
    "Ministerio de Relaciones Exteriores",
)
SRE = actor(
    "Secretariat of Foreign Affairs (Mexico)",
    "institution",
    "Secretaría de Relaciones Exteriores",
    "SRE",
    "Mexico's Foreign Ministry",
    "Cancillería",
)
UNHCR = actor(
    "United Nations High Commissioner for Refugees (UNHCR)",
    "institution",
    "UNHCR",
    "ACNUR",
    "Alto Comisionado de las Naciones Unidas para los Refugiados",
    "UN refugee agency",
)
DGME = actor(
    "General Directorate of Migration and Foreigners (Costa Rica)",
    "institution",
    "General Directorate of Migration and Foreigners",
    "DGME",
)
MENJIVAR = actor(
    "Carolina Menjívar Rivas", "person", "Carolina Menjívar Rivas", "Carolina Menjivar Rivas"
)
GUTIERREZ = actor(
    "Héctor Gutiérrez Lozano", "person", "Héctor Gutiérrez Lozano", "Hector Gutierrez Lozano"
)
LUNDQVIST = actor("Ingrid Lundqvist", "person", "Ingrid Lundqvist")
ROJAS = actor("Marlon Rojas Quesada", "person", "Marlon Rojas Quesada")

EMBPHKW = actor(
    "Embassy of the Philippines in Kuwait", "institution", "Philippine Embassy in Kuwait"
)
OWWA = actor(
    "Overseas Workers Welfare Administration (OWWA)",
    "institution",
    "Overseas Workers Welfare Administration",
    "OWWA",
)
PAM = actor(
    "Public Authority for Manpower (Kuwait)", "institution", "Public Authority for Manpower"
)
NRCO = actor(
    "National Reintegration Center for OFWs",
    "institution",
    "National Reintegration Center for OFWs",
)
RAMOS = actor("Carmelita Ramos Ignacio", "person", "Carmelita Ramos Ignacio")

MLVT = actor(
    "Ministry of Labour and Vocational Training (Cambodia)",
    "institution",
    "Ministry of Labour and Vocational Training",
    "Minister of Labour and Vocational Training",
    "Menteri Buruh dan Latihan Vokasional Kemboja",
)
SOK = actor("Sok Vannak", "person", "Sok Vannak")
RAMLI = actor("Ramli Hassan", "person", "Ramli Hassan", "Ramli")
SOPHEA = actor("Sophea Lim", "person", "Sophea Lim")

KBRIAD = actor(
    "Embassy of Indonesia in Abu Dhabi",
    "institution",
    "KBRI Abu Dhabi",
    "Kedutaan Besar Republik Indonesia (KBRI) Abu Dhabi",
)
ICP = actor(
    "Federal Authority for Identity, Citizenship, Customs and Port Security (UAE)",
    "institution",
    "ICP",
    "Otoritas Federal untuk Identitas, Kewarganegaraan, Bea Cukai dan Keamanan Pelabuhan",
)
ARIEF = actor("Arief Budiman Sitompul", "person", "Arief Budiman Sitompul", "Arief")

EMBVNSA = actor(
    "Embassy of Viet Nam in Saudi Arabia",
    "institution",
    "Đại sứ quán Việt Nam tại Ả Rập Xê Út",
    "Dai su quan Viet Nam tai A Rap Xe Ut",
)
MHRSD = actor(
    "Ministry of Human Resources and Social Development (Saudi Arabia)",
    "institution",
    "Bộ Nhân lực và Phát triển xã hội Ả Rập Xê Út",
)
HUNG = actor("Tran Quoc Hung", "person", "Trần Quốc Hưng", "Tran Quoc Hung")

SBV = actor(
    "State Bank of Viet Nam",
    "institution",
    "Ngân hàng Nhà nước Việt Nam",
    "Ngan hang Nha nuoc Viet Nam",
)
VNBA = actor("Vietnam Banks Association", "institution", "Hiệp hội Ngân hàng Việt Nam")
TAM = actor("Le Minh Tam", "person", "Lê Minh Tâm", "Le Minh Tam")
MPEM = actor(
    "Ministry of Fisheries and Maritime Infrastructure (Senegal)",
    "institution",
    "ministère des Pêches, des Infrastructures maritimes et portuaires",
    "Direction des Pêches maritimes",
    "Direction de la protection et de la surveillance des pêches",
)
CLPA = actor(
    "Local Council for Artisanal Fisheries (Kayar)",
    "institution",
    "Conseil local de pêche artisanale",
)
SENE = actor("Abdoulaye Sène", "person", "Abdoulaye Sène", "Abdoulaye Sene")
SARR = actor("Mbaye Sarr", "person", "Mbaye Sarr")

EVENTS = [
    (
        "V01",
        "2026-03-24",
        "Pasay City, Manila (Philippines)",
        "ACMW meeting (24-25 March 2026) hosted by the Philippine DMW with ILO support: draft ASEAN guidelines on "
        "portability of social security for migrant workers; Viet Nam, Indonesia, Malaysia delegations.",
        [22, 23],
    ),
    (
        "V02",
        "2026-01-12",
        "La Restinga, El Hierro (Spain)",
        "Cayuco with 187 people from Joal (Senegal) rescued by Salvamento Marítimo south of La Restinga; three dead; "
        "Red Cross care; Senegal's foreign ministry reacts.",
        [8, 9],
    ),
    (
        "V03",
        "2025-12-02",
        "La Restinga, El Hierro (Spain)",
        "LOOK-ALIKE of V02: cayuco with 142 people from Nouadhibou escorted into La Restinga, no deaths.",
        [8, 9],
    ),
    (
        "V04",
        "2026-02-19",
        "Casablanca (Morocco)",
        "IOM-chartered assisted voluntary return flight Casablanca-Conakry with 145 Guineans, with Morocco's Interior "
        "Ministry and Guinea's embassy; EU-funded reintegration.",
        [21, 23],
    ),
    (
        "V05",
        "2025-09-10",
        "San Salvador (El Salvador)",
        "Vice-ministerial meeting of the Regional Conference on Migration (10-11 Sept 2025) on a regional roadmap for "
        "dignified return and sustainable reintegration.",
        [23, 21],
    ),
    (
        "V06",
        "2026-03-09",
        "NAIA, Manila (Philippines)",
        "41 distressed OFWs from the MWO Kuwait shelter repatriated by DMW, received by DMW and OWWA.",
        [14, 21],
    ),
    (
        "V07",
        "2025-11-05",
        "Phnom Penh (Cambodia)",
        "Cambodia (MLVT) and Malaysia (KESUMA) sign MoU on Cambodian domestic workers; employers pay recruitment costs.",
        [6, 5],
    ),
    (
        "V08",
        "2026-03-02",
        "Abu Dhabi (UAE) / Jakarta",
        "Indonesian embassy in Abu Dhabi repatriates 63 migrant workers under the UAE amnesty; KP2MI receives them.",
        [14, 21],
    ),
    (
        "V09",
        "2025-10-14",
        "Tan Son Nhat airport, Ho Chi Minh City",
        "27 Vietnamese women domestic workers protected by the embassy in Saudi Arabia return home.",
        [14, 21],
    ),
    (
        "V10",
        "2025-08-20",
        "Hanoi",
        "OFF-TOPIC (banking IT): a bank migrates its core banking system to the cloud.",
        [],
    ),
    (
        "V11",
        "2025-07-07",
        "Kayar (Senegal)",
        "OFF-TOPIC (fisheries): one-month biological rest for artisanal fishing.",
        [],
    ),
]
EV = {e[0]: e for e in EVENTS}


def art(
    file,
    lang,
    ev,
    title,
    outlet,
    also_outlet,
    url,
    pub,
    evidence,
    actors,
    actors_also=(),
    obj_also=(),
    year_knowable=True,
    fmt=None,
    notes=None,
):
    fmt = fmt or file.split(".")[1]
    enc = {"docx": "binary (docx)", "mhtml": "utf-8 (quoted-printable MHTML, CRLF)"}.get(
        fmt, "utf-8"
    )
    return {
        "file": file,
        "format": fmt,
        "encoding": enc,
        "bom": False,
        "line_endings": "CRLF" if fmt == "mhtml" else ("n/a" if fmt == "docx" else "LF"),
        "unicode_normalization": "NFC",
        "language": lang,
        "event_id": ev,
        "event_date": EV[ev][1],
        "year_knowable": year_knowable,
        "date_evidence": evidence,
        "publication_date_if_stated": pub,
        "title": title,
        "outlet": outlet,
        "outlet_also_acceptable": list(also_outlet),
        "source_url_if_any": url,
        "gcm_objectives": list(EV[ev][4]),
        "gcm_objectives_also_acceptable": list(obj_also),
        "actors": list(actors),
        "actors_also_acceptable": list(actors_also),
        "notes": notes,
    }


A = [
    art(
        "v01.txt",
        "en",
        "V01",
        "ASEAN labor officials eye portable social security for migrant workers",
        "Philippine News Agency",
        ["PNA", "pna.gov.ph"],
        None,
        "2026-03-25",
        '"on Tuesday opened a two-day regional meeting", "held March 24 to 25", byline March 25, 2026 -> 24 Mar '
        "(first day). Traps: scrape bar Thursday, December 3, 2026; ministers' meeting October 2026; related links.",
        [DMW, ILO, SSS, MOHA, KESUMA, MACARAEG, ARIMURA, VILLAFLOR, HUY, DEWI, NORHAYATI],
        [ACMW, KP2MI],
        [6, 20, 21],
    ),
    art(
        "v02.html",
        "vi",
        "V01",
        "ASEAN thúc đẩy chuyển đổi quyền lợi an sinh xã hội cho lao động di cư",
        "Báo Quân đội nhân dân",
        ["QĐND", "qdnd.vn", "Quân đội nhân dân"],
        "https://www.qdnd.vn/quoc-te/asean/asean-thuc-day-chuyen-doi-quyen-loi-an-sinh-xa-hoi-cho-lao-dong-di-cu-874512",
        "2026-03-25",
        '"Hôm qua ... đã khai mạc" with date line Thứ Tư, 25/03/2026; "hai ngày 24 và 25/3" -> 24 Mar 2026. Traps: '
        "top bar 03/12/2026, tháng 10/2026, related 18/10/2025, 1/7/2025.",
        [DMW, ILO, MOHA, MACARAEG, ARIMURA, HUY],
        [ACMW],
        [6, 20, 21],
    ),
    art(
        "v03.txt",
        "id",
        "V01",
        "ASEAN Godok Pedoman Portabilitas Jaminan Sosial Pekerja Migran",
        "Bisnis.com",
        ["Bisnis", "bisnis.com"],
        None,
        "2026-03-25",
        '"dibuka di Manila, Filipina, kemarin" with date line Rabu, 25 Maret 2026 -> 24 Mar 2026. Trap: '
        '"Rabu (25/3/2026)" is the date of the written statement; Oktober 2026.',
        [KP2MI, DMW, ILO, DEWI, MACARAEG],
        [ACMW, BPJS],
        [6, 20, 21],
    ),
    art(
        "v04.md",
        "ms",
        "V01",
        "Malaysia sokong pedoman ASEAN mudah alih faedah keselamatan sosial pekerja asing",
        "Malaysia Gazette",
        ["malaysiagazette.com"],
        "https://malaysiagazette.com/2026/03/25/malaysia-sokong-pedoman-asean-keselamatan-sosial-pekerja/",
        "2026-03-25",
        '"selepas sesi pembukaan mesyuarat itu semalam" with front matter / byline 25 Mac 2026 -> 24 Mar 2026. '
        "Traps: PERKESO since 2019; related 18 Mac 2026, 2 Februari 2026.",
        [KESUMA, DMW, ILO, NORHAYATI, MACARAEG],
        [ACMW, PERKESO],
        [6, 20, 21],
    ),
    art(
        "v05.html",
        "es",
        "V02",
        "Mueren tres personas en un cayuco con 187 ocupantes rescatado al sur de El Hierro",
        "RTVE",
        ["RTVE.es", "rtve.es"],
        "https://www.rtve.es/noticias/20260112/mueren-tres-personas-cayuco-187-ocupantes-el-hierro/16890123.shtml",
        "2026-01-12",
        '"ha rescatado este lunes" with published 12.01.2026 -> 12 Jan 2026. Traps: departure "el pasado 4 de '
        'enero"; related 02.12.2025, 18.03.2025.',
        [SASEMAR, CRE, DELEG, GOBCAN, GC, MEDINA, HERNANDEZ],
        [],
        [2, 7, 10, 14, 23],
    ),
    art(
        "v06.txt",
        "es",
        "V02",
        "Tres muertos en un cayuco que llegó a El Hierro tras ocho días de travesía desde Senegal",
        "Canarias7",
        ["CANARIAS7", "canarias7.es"],
        None,
        "2026-01-13",
        '"Salvamento Marítimo rescató ayer" with date line Martes, 13 de enero 2026 -> 12 Jan 2026. Traps: '
        '"zarpado el 4 de enero"; related 10/01/2026, 22/12/2025.',
        [SASEMAR, CRE, DELEG, GOBCAN, GC, MEDINA, HERNANDEZ, BETANCOR],
        [],
        [2, 7, 10, 14, 23],
    ),
    art(
        "v07.txt",
        "fr",
        "V02",
        "Drame en mer : trois Sénégalais morts dans une pirogue arrivée aux Canaries",
        "Seneweb",
        ["SENEWEB.COM", "seneweb.com"],
        None,
        "2026-01-13",
        '"avant son arrivée hier lundi à El Hierro", published 13/01/2026 -> 12 Jan 2026. Traps: departure "nuit '
        'du 4 au 5 janvier"; related 08/01/2026, 05/01/2026.',
        [MAESN, SASEMAR, CRE, NDIAYE],
        [CONSN],
        [2, 7, 10, 14, 23],
    ),
    art(
        "v08.mhtml",
        "en",
        "V02",
        "Three dead as migrant boat from Senegal reaches Spain's El Hierro",
        "Africanews",
        ["africanews", "africanews.com"],
        "https://www.africanews.com/2026/01/13/three-dead-as-migrant-boat-from-senegal-reaches-spains-el-hierro/",
        "2026-01-13",
        '"reached ... El Hierro on Monday", published 2026-01-13 (Tuesday) -> 12 Jan 2026. Traps: MHTML Date '
        'header 3 Dec 2026; byline "13/01 - 09:20"; "left Joal ... on January 4"; IOM 2025 figures.',
        [SASEMAR, CRE, MAESN, NDIAYE],
        [IOM],
        [2, 7, 10, 14, 23],
    ),
    art(
        "v09.txt",
        "es",
        "V03",
        "Llega a La Restinga un cayuco con 142 personas tras cinco días de navegación desde Mauritania",
        "20minutos",
        ["20minutos.es", "20minutos / EFE", "EFE"],
        None,
        "2025-12-02",
        '"llegó este martes" with date line 02.12.2025 -> 2 Dec 2025. Traps: top bar 3 de diciembre de 2026; '
        '"Desde el 1 de enero"; related 28/11/2025, 30/11/2025.',
        [SASEMAR, CRE, DELEG, BETANCOR, MEDINA],
        [],
        [2, 7, 13],
    ),
    art(
        "v10.html",
        "fr",
        "V04",
        "Retour volontaire: 145 migrants guinéens rapatriés depuis Casablanca avec l’appui de l’OIM",
        "Le360",
        ["le360.ma", "Le360.ma"],
        "https://fr.le360.ma/societe/retour-volontaire-145-migrants-guineens-rapatries-depuis-casablanca-avec-lappui-de-loim_QWERTY123/",
        "2026-02-19",
        '"a décollé ce jeudi" with "Le 19/02/2026" -> 19 Feb 2026. Traps: "Depuis 2005"; related 12/02/2026, '
        "15/09/2025.",
        [IOM, MINTMA, EMBGN, BIANCHI, BAH],
        [MAEGN, EU],
        [7, 14, 15, 3],
    ),
    art(
        "v11.txt",
        "en",
        "V04",
        "145 Guinean Migrants Return Home From Casablanca on IOM-Chartered Flight",
        "Morocco World News",
        ["MWN", "moroccoworldnews.com"],
        None,
        "2026-02-20",
        '"to Conakry on Thursday" with byline February 20, 2026 (Friday) -> 19 Feb 2026. Traps: strategy of 2014; '
        "related February 3, 2026, January 9, 2026.",
        [IOM, MINTMA, EMBGN, BIANCHI, BAH],
        [EU],
        [7, 14, 15, 3],
    ),
    art(
        "v12.md",
        "es",
        "V04",
        "La OIM repatria desde Casablanca a 145 migrantes guineanos en un vuelo de retorno voluntario",
        "Atalayar",
        ["atalayar.com"],
        "https://www.atalayar.com/articulo/politica/oim-repatria-casablanca-145-migrantes-guineanos/20260220120000211455.html",
        "2026-02-20",
        '"fletó el pasado jueves" with fecha 20/02/2026 (Friday) -> 19 Feb 2026. Traps: "abril de 2022"; related '
        "15/01/2026, 01/12/2025.",
        [IOM, MINTMA, EMBGN, BIANCHI],
        [EU],
        [7, 14, 15, 3],
    ),
    art(
        "v13.html",
        "es",
        "V05",
        "Países de la CRM discuten en San Salvador una hoja de ruta regional para el retorno de migrantes",
        "La Prensa Gráfica",
        ["laprensagrafica.com", "LPG"],
        "https://www.laprensagrafica.com/elsalvador/Paises-de-la-CRM-discuten-en-San-Salvador-una-hoja-de-ruta-regional-para-el-retorno-de-migrantes-20250910-0089.html",
        "2025-09-10",
        '"iniciaron este miércoles ... dos días" with byline 10 de septiembre de 2025 -> 10 Sep 2025 (first day). '
        'Traps: top bar 3 de diciembre de 2026; "entre enero y agosto de 2025"; "este jueves" closing; related.',
        [RREESV, SRE, IOM, UNHCR, MENJIVAR, GUTIERREZ, LUNDQVIST],
        [CRM],
        [14, 7, 1, 12],
    ),
    art(
        "v14.txt",
        "es",
        "V05",
        "México propone protocolo común para recibir a connacionales retornados en Centroamérica",
        "Milenio",
        ["MILENIO", "milenio.com"],
        None,
        "2025-09-11",
        '"reunión ... que inició ayer en San Salvador y concluye hoy" with 11.09.2025 -> 10 Sep 2025. Traps: related '
        "06/09/2025, 01/09/2025.",
        [SRE, IOM, GUTIERREZ],
        [CRM],
        [14, 7, 1, 12],
    ),
    art(
        "v15.txt",
        "en",
        "V05",
        "Regional migration conference backs roadmap on returns and reintegration",
        "The Tico Times",
        ["Tico Times", "ticotimes.net"],
        None,
        "2025-09-12",
        '"held Sept. 10-11" -> 10 Sep 2025 (first day); byline September 12, 2025. Traps: related Aug. 29, 2025, '
        "July 15, 2025.",
        [SRE, IOM, UNHCR, DGME, MENJIVAR, ROJAS],
        [CRM],
        [14, 7, 1, 12],
    ),
    art(
        "v16.docx",
        "en",
        "V06",
        "41 distressed OFWs from Kuwait shelter arrive home",
        "Department of Migrant Workers (Philippines)",
        ["DMW", "Department of Migrant Workers", "dmw.gov.ph"],
        None,
        "2026-03-09",
        '"arrived ... on Monday, 9 March 2026"; release dated 9 March 2026. Traps: docx core properties 2026-12-03; '
        "related 5 February 2026.",
        [DMW, EMBPHKW, OWWA, PAM, MACARAEG, RAMOS],
        [NRCO],
        [6, 7, 22],
    ),
    art(
        "v17.html",
        "en",
        "V07",
        "Cambodia, Malaysia ink deal on domestic workers, employers to bear recruitment costs",
        "Phnom Penh Post",
        ["The Phnom Penh Post", "phnompenhpost.com"],
        "https://www.phnompenhpost.com/national/cambodia-malaysia-ink-deal-domestic-workers-employers-bear-recruitment-costs",
        "2025-11-06",
        '"on Wednesday signed" with publication date 06 November 2025 (Thursday) -> 5 Nov 2025. Traps: top bar '
        "03 December 2026; related 29 October 2025, 12 September 2025.",
        [MLVT, KESUMA, ILO, SOK, RAMLI, SOPHEA],
        [PERKESO],
        [22, 23, 7],
    ),
    art(
        "v18.txt",
        "ms",
        "V07",
        "Malaysia, Kemboja meterai MoU pembantu rumah, majikan tanggung kos pengambilan",
        "Free Malaysia Today",
        ["FMT", "freemalaysiatoday.com"],
        None,
        "2025-11-06",
        '"di sini pada Rabu" with byline 6 Nov 2025 (Thursday) -> 5 Nov 2025. Traps: top bar Khamis, 3 Disember '
        '2026; "sejak 2011"; related 28 Okt 2025, 10 Okt 2025.',
        [KESUMA, MLVT, RAMLI, SOK],
        [PERKESO],
        [22, 23, 7],
    ),
    art(
        "v19.txt",
        "id",
        "V08",
        "KBRI Abu Dhabi Pulangkan 63 PMI Bermasalah Lewat Program Amnesti UEA",
        "Tribunnews.com",
        ["Tribunnews", "TRIBUNNEWS.COM"],
        None,
        None,
        '"pada Senin (2/3)" with date line "Selasa, 3 Maret 09:15 WIB" (no year anywhere) -> 2 Mar (2026). '
        'Traps: "berakhir pada 31 Maret"; related (20/2), (14/2).',
        [KBRIAD, KP2MI, ARIEF],
        [ICP],
        [7, 3, 13],
        year_knowable=False,
    ),
    art(
        "v20.txt",
        "vi",
        "V09",
        "27 lao động nữ gặp nạn ở Ả Rập Xê Út được đưa về nước an toàn",
        "VTC News",
        ["Báo điện tử VTC News", "vtc.vn"],
        None,
        "2025-10-15",
        '"Tối 14/10 ... đã về tới sân bay" with date line Thứ Tư, 15/10/2025 -> 14 Oct 2025. Traps: top bar '
        "03/12/2026; related 02/10/2025, 20/03/2024.",
        [EMBVNSA, MOHA, HUNG],
        [MHRSD],
        [6, 7],
    ),
    art(
        "v21.txt",
        "vi",
        "V10",
        "Ngân hàng hoàn tất dịch chuyển hệ thống lõi lên điện toán đám mây",
        "VnEconomy",
        ["Tạp chí Kinh tế Việt Nam", "vneconomy.vn"],
        None,
        "2025-08-20",
        '"lễ công bố chiều 20/8" with date line 20/08/2025. Traps: top bar 03/12/2026; 2025-2030; Thông tư '
        "09/2020; related.",
        [SBV, TAM],
        [VNBA],
    ),
    art(
        "v22.txt",
        "fr",
        "V11",
        "Kayar : la pêche artisanale suspendue un mois pour le repos biologique",
        "Dakaractu",
        ["dakaractu.com"],
        None,
        "2025-07-07",
        '"entré en vigueur ce lundi" with date line Lundi 7 Juillet 2025 and 07/07/2025. Traps: related 02/07/2025, '
        "28/06/2025.",
        [MPEM, SENE, SARR],
        [CLPA],
    ),
]

groups = {}
for a in A:
    groups.setdefault(a["event_id"], []).append(a)
truth = {
    "description": "Blind probe corpus (synthetic but realistic) of 22 scraped/archived news items on migration topics "
    "relevant to the GCM (A/RES/73/195), same conventions as the dev corpus README. Texts, officials "
    "and figures are invented (institutions are real). 11 events: 5 linked groups (V01 in 4 languages, "
    "V02 in 3 languages/4 files, V04, V05, V07), 4 singletons (V03 look-alike of V02 at another date, "
    "V06, V08 year not knowable, V09), 2 off-topic (V10, V11).",
    "gcm_objectives_reference": "Objective numbers 1-23 of the GCM (A/RES/73/195). gcm_objectives = 2-3 core "
    "objectives; [] for off-topic items.",
    "actor_directory": D,
    "events": [
        {
            "event_id": e[0],
            "event_date": e[1],
            "place": e[2],
            "description": e[3],
            "gcm_objectives": e[4],
        }
        for e in EVENTS
    ],
    "articles": A,
    "translation_groups": [
        {
            "event_id": k,
            "files": [a["file"] for a in v],
            "languages": sorted({a["language"] for a in v}),
        }
        for k, v in groups.items()
        if len(v) > 1
    ],
    "singleton_events": [
        {"event_id": k, "file": v[0]["file"]} for k, v in groups.items() if len(v) == 1 and EV[k][4]
    ],
    "off_topic_events": [
        {"event_id": k, "file": v[0]["file"]}
        for k, v in groups.items()
        if len(v) == 1 and not EV[k][4]
    ],
    "distractor_pairs": [
        {
            "event_ids": ["V02", "V03"],
            "files_event_a": [a["file"] for a in groups["V02"]],
            "files_event_b": [a["file"] for a in groups["V03"]],
            "shared": "La Restinga, El Hierro; cayuco arrivals; Salvamento Marítimo's Salvamar Adhara, Red Cross, "
            "Government Delegation in the Canaries; officials Francisco Medina Ruiz and Juan Carlos Betancor",
            "differs": "12 Jan 2026 vs 2 Dec 2025; 187 people from Joal (Senegal), three dead vs 142 people from "
            "Nouadhibou, no deaths",
        }
    ],
}
(HERE / "truth.json").write_text(
    json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
)
print(len(A), "articles,", len(D), "directory entries")
