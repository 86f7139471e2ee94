"""Event and publication dates of whole pages: date lines against saved-page bars and
lists of links, relative days against the dateline or the publication date, ranges,
cited dates, and honest confidence (stated only with the year written; anything a
curator could find wrong is flagged)."""

from __future__ import annotations

import datetime as dt

from desktop.core.extract import ExtractSettings, extract_file

TODAY = dt.date(2026, 6, 1)

EN_BODY = (
    "Delegates from ministries, trade unions and employers discussed recruitment fees, "
    "social protection and the return of workers who had been deceived by online offers."
)


def run(tmp_path, text, language, name="page.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    settings = ExtractSettings(today=TODAY, languages=(language,))
    return extract_file(path, path.read_bytes(), settings)


def flagged(result) -> bool:
    return bool([r for r in result.review_reasons if "outlet" not in r])


def test_saved_page_bar_is_not_the_publication_date(tmp_path):
    text = (
        "Monday, June 1, 2026 | Sign in | Subscribe\n"
        "THE DAILY COURIER\nNews | World | Business | Sport\n\n"
        "Regional ministers agree on fair recruitment\n\n"
        "By a staff reporter\nMarch 12, 2025 - 10:42\n\n"
        "Labour ministers from six countries agreed on Tuesday to cap recruitment fees "
        f"charged to migrant workers. {EN_BODY}\n\n"
        f"{EN_BODY}\n\nRELATED\n- Ministers meet on migration (February 3, 2025)\n"
        "- Unions call for fee cap (January 20, 2025)\n"
    )
    result = run(tmp_path, text, "en")
    assert (result.published, result.published_confidence) == (dt.date(2025, 3, 12), "stated")
    assert result.event_date == dt.date(2025, 3, 11)  # the Tuesday before
    assert result.event_date_confidence == "inferred"
    assert "Tuesday" in result.evidence["event_date"]["evidence"]
    assert not flagged(result)


def test_a_bare_top_date_alone_is_used_but_flagged(tmp_path):
    text = (
        "Monday, June 1, 2026\n\nMinisters agree on fair recruitment\n\n"
        f"Labour ministers agreed yesterday to cap recruitment fees. {EN_BODY}\n"
    )
    result = run(tmp_path, text, "en")
    assert result.published_confidence == "inferred"
    assert result.event_date == dt.date(2026, 5, 31)
    assert any("saved" in reason for reason in result.review_reasons)


def test_dates_of_related_links_give_no_date(tmp_path):
    text = (
        "Ministers agree on fair recruitment\n\n"
        f"Labour ministers agreed yesterday to cap recruitment fees. {EN_BODY}\n\n"
        "Read more:\n- Ministers meet on migration (12/02/2025)\n"
        "- Unions call for fee cap (20/01/2025)\n"
    )
    result = run(tmp_path, text, "en")
    assert result.published is None
    assert result.event_date is None
    assert flagged(result)


def test_dateline_is_the_reference_of_yesterday(tmp_path):
    text = (
        "Agencia de noticias\nInicio | Mundo | Economía\n\n"
        "Expertos revisan la ley contra la trata de personas\n\n"
        "Lima, 15 jun (Agencia) Expertos de organismos internacionales y funcionarios "
        "analizaron ayer el proyecto de ley sobre la trata de personas y la protección "
        "de las víctimas, informaron fuentes oficiales.\n\n"
        "El taller reunió a representantes de ministerios, de la sociedad civil y de "
        "organizaciones internacionales que trabajan con migrantes.\n\n"
        "Publicado: 15 de junio de 2024, 08:10\n"
        "Noticias relacionadas\n- Otra noticia (3 de junio de 2024)\n"
    )
    result = run(tmp_path, text, "es")
    assert result.published == dt.date(2024, 6, 15)
    assert result.event_date == dt.date(2024, 6, 14)
    assert "ayer" in result.evidence["event_date"]["evidence"]


def test_dateline_with_its_year_and_today_is_stated(tmp_path):
    text = (
        "Press release\n\nWorkshop on remittances\n\n"
        f"MANILA, 4 April 2024 – Ministers met today to discuss remittances. {EN_BODY}\n"
    )
    result = run(tmp_path, text, "en")
    assert (result.event_date, result.event_date_confidence) == (dt.date(2024, 4, 4), "stated")


def test_ranges_give_their_first_day(tmp_path):
    cases = [
        (
            "fr",
            "Publié le 14/03/2025\n\nUn forum régional\n\nLe forum régional s'est tenu du "
            "10 au 12 mars à Bangkok avec des délégations de toute l'Asie et du Pacifique, "
            "consacré aux migrations de travail et à la protection sociale des travailleurs.",
        ),
        (
            "vi",
            "Thứ Sáu, 14/03/2025 09:00\n\nDiễn đàn khu vực\n\nTừ ngày 10-12/3, tại Bangkok, "
            "đoàn đại biểu Việt Nam đã tham dự diễn đàn khu vực về di cư lao động và bảo trợ "
            "xã hội cho người lao động di cư.",
        ),
        (
            "ms",
            "14 Mac 2025, 9:00 pagi\n\nForum serantau\n\nForum serantau itu diadakan dari "
            "10 hingga 12 Mac di Bangkok dengan penyertaan wakil kerajaan, majikan dan kesatuan "
            "sekerja dari seluruh rantau ini.",
        ),
        (
            "en",
            "March 14, 2025 - 09:00\n\nA regional forum\n\nThe regional forum, held on "
            f"10-12 March in Bangkok, discussed labour migration. {EN_BODY}",
        ),
    ]
    for language, text in cases:
        result = run(tmp_path, text, language)
        assert result.event_date == dt.date(2025, 3, 10), language
        assert result.evidence["event_date"]["range_days"] == [10, 12], language


def test_year_from_publication_not_from_a_cited_future_event(tmp_path):
    text = (
        "Publié le 19/03/2025 à 10h00\n\nUne réunion à Hanoï\n\n"
        "Le 18 mars, à Hanoï, les ministères ont examiné la mise en œuvre du Pacte mondial "
        "sur les migrations avec les organisations internationales partenaires.\n\n"
        "La prochaine réunion régionale se tiendra en mai 2026 à Bangkok."
    )
    result = run(tmp_path, text, "fr")
    assert result.event_date == dt.date(2025, 3, 18)
    assert result.event_date_confidence == "inferred"
    assert not flagged(result)


def test_stated_only_with_the_year_written(tmp_path):
    body = (
        "tại Hà Nội, Bộ Ngoại giao phối hợp với các tổ chức quốc tế tổ chức hội thảo về di cư "
        "an toàn và bảo hộ công dân ở nước ngoài."
    )
    stated = run(tmp_path, f"Hội thảo về di cư\n\nNgày 14/6/2024, {body}", "vi")
    assert (stated.event_date, stated.event_date_confidence) == (dt.date(2024, 6, 14), "stated")
    line = "Thứ Sáu, 14/06/2024 - 16:45"
    inferred = run(tmp_path, f"Hội thảo về di cư\n{line}\n\nSáng 14/6, {body}", "vi")
    assert (inferred.event_date, inferred.event_date_confidence) == (
        dt.date(2024, 6, 14),
        "inferred",
    )


def test_dates_of_cited_laws_and_international_days_are_passed_over(tmp_path):
    vi = (
        "Thứ Sáu, 13/12/2024 - 08:00\n\nHội thảo về di cư an toàn\n\n"
        "Sau khi Luật được Quốc hội thông qua ngày 28/11/2024, sáng 12/12, tại Hà Nội, "
        "Bộ Ngoại giao tổ chức hội thảo về di cư an toàn với sự tham gia của nhiều bộ ngành."
    )
    assert run(tmp_path, vi, "vi").event_date == dt.date(2024, 12, 12)
    en = (
        "December 13, 2024 - 08:15\n\nWorkshop on safe migration\n\n"
        "Ahead of International Migrants Day on December 18, officials met in Hanoi on "
        f"Thursday to review the national plan. {EN_BODY}"
    )
    assert run(tmp_path, en, "en").event_date == dt.date(2024, 12, 12)


def test_weekday_written_with_a_date_that_does_not_fit_is_flagged(tmp_path):
    text = (
        "Jumat, 13 Desember 2024 14:27 WIB\n\nLokakarya migrasi\n\n"
        "Pemerintah menggelar lokakarya di Jakarta, Kamis (13/12), untuk membahas "
        "perlindungan pekerja migran dan penipuan lowongan kerja daring."
    )
    result = run(tmp_path, text, "id")
    assert result.event_date == dt.date(2024, 12, 13)
    assert any("Kamis" in reason for reason in result.review_reasons)


def test_uncertain_phrase_is_flagged(tmp_path):
    text = (
        "12 Mac 2025, 10:00 pagi\n\nMesyuarat menteri\n\n"
        "Menteri-menteri buruh serantau bermesyuarat di Putrajaya kelmarin untuk membincangkan "
        "perlindungan sosial pekerja asing dan yuran pengambilan."
    )
    result = run(tmp_path, text, "ms")
    assert result.event_date == dt.date(2025, 3, 10)
    assert any("kelmarin" in reason for reason in result.review_reasons)


def test_event_after_publication_is_flagged(tmp_path):
    text = (
        "March 1, 2025 - 09:00\n\nForum planned\n\nOn 20 March, ministers gather in "
        f"Bangkok for the regional review. {EN_BODY}"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2025, 3, 20)
    assert any("after the publication" in reason for reason in result.review_reasons)


def test_no_time_expression_falls_back_on_the_publication_date_flagged(tmp_path):
    text = f"March 1, 2025 - 09:00\n\nMinisters agree\n\n{EN_BODY}\n\n{EN_BODY}"
    result = run(tmp_path, text, "en")
    assert (result.event_date, result.event_date_confidence) == (dt.date(2025, 3, 1), "inferred")
    assert flagged(result)


def test_year_from_the_source_url(tmp_path):
    html = (
        "<html><head><title>Rapatriement</title>"
        '<link rel="canonical" href="https://example.org/2025/03/12/rapatriement-hanoi/">'
        "</head><body><article><h1>Rapatriement à Hanoï</h1>"
        "<p>Le pont aérien entre la frontière et Hanoï s'est intensifié mardi : deux vols ont "
        "transporté des ressortissants libérés des centres d'escroquerie en ligne.</p>"
        "<p>Les autorités ont remercié les partenaires pour leur aide et leur soutien.</p>"
        "</article></body></html>"
    )
    result = run(tmp_path, html, "fr", name="page.html")
    assert result.published == dt.date(2025, 3, 12)
    assert result.event_date == dt.date(2025, 3, 11)


def test_indonesian_words_read_in_a_text_detected_as_malay(tmp_path):
    text = (
        "Selasa, 3 Oktober 2023 10:12 WIB\n\nForum buruh migran\n\n"
        "Forum itu dibuka di Jakarta kemarin dengan penyertaan wakil kerajaan, majikan dan "
        "kesatuan sekerja dari negara-negara anggota ASEAN."
    )
    result = run(tmp_path, text, "ms")  # Indonesian "kemarin" in a text taken for Malay
    assert result.event_date == dt.date(2023, 10, 2)


def test_a_time_before_the_date_makes_a_publication_line(tmp_path):
    text = (
        "Thứ Sáu, 28/11/2025 | Đăng nhập\nTrang chủ | Thời sự | Xã hội\n\n"
        "Hội nghị người Việt Nam ở nước ngoài\n\nCập nhật: 14:30 | 21/11/2025\n\n"
        "Chiều qua, tại Hà Nội, Ủy ban Nhà nước về người Việt Nam ở nước ngoài tổ chức hội nghị "
        "tổng kết công tác năm với sự tham dự của đại diện nhiều bộ, ngành."
    )
    result = run(tmp_path, text, "vi")
    assert (result.published, result.published_confidence) == (dt.date(2025, 11, 21), "stated")
    assert result.event_date == dt.date(2025, 11, 20)
    assert not flagged(result)


def test_an_event_long_before_publication_is_flagged(tmp_path):
    text = (
        "May 20, 2025 - 09:00\n\nA look back\n\nOn 2 March 2025, ministers met in Bangkok to "
        f"review the regional plan. {EN_BODY}"
    )
    result = run(tmp_path, text, "en")
    assert (result.event_date, result.event_date_confidence) == (dt.date(2025, 3, 2), "stated")
    assert any("days before the publication" in reason for reason in result.review_reasons)


def test_a_bare_date_below_the_article_is_used_but_flagged(tmp_path):
    text = (
        "Ministers agree on fair recruitment\n\n"
        f"Labour ministers agreed yesterday to cap recruitment fees. {EN_BODY}\n\n"
        "Workers' group welcomes the cap\n12/02/2025\n"
    )
    result = run(tmp_path, text, "en")
    assert result.published_confidence == "inferred"
    assert result.event_date == dt.date(2025, 2, 11)
    assert any("another article" in reason for reason in result.review_reasons)


def test_the_date_of_an_earlier_event_is_passed_over(tmp_path):
    text = (
        "Thứ Ba, 18/06/2024 - 18:12\n\nGóp ý dự thảo luật\n\n"
        "Trước đó, ngày 14/6, Bộ Công an đã tổ chức tham vấn chuyên gia quốc tế. Chiều 18/6, "
        "tại Hà Nội, Hội Liên hiệp Phụ nữ Việt Nam tổ chức hội thảo góp ý dự thảo luật."
    )
    result = run(tmp_path, text, "vi")
    assert result.event_date == dt.date(2024, 6, 18)


def test_a_publication_line_with_an_update_date_gives_the_publication_date(tmp_path):
    text = (
        "L'Écho du Sud\nMonde | Europe | Afrique | Économie | Sport\n\n"
        "Les ministres du travail adoptent une feuille de route sur le recrutement\n\n"
        "Par Claire Dubois\n"
        "Publié le 12 mars 2024 à 09h15, modifié le 13 mars 2024 à 11h02\n"
        "Partager | Imprimer\n\n"
        "Les ministres du travail de dix pays ont adopté lundi à Vientiane une feuille de "
        "route commune sur le recrutement équitable des travailleurs migrants.\n\n"
        "Le texte prévoit la suppression progressive des frais payés par les travailleurs.\n"
    )
    result = run(tmp_path, text, "fr")
    assert result.published == dt.date(2024, 3, 12)
    assert result.event_date == dt.date(2024, 3, 11)  # "lundi", not the line's dates


def test_the_earliest_labelled_date_of_a_line_is_the_publication_date(tmp_path):
    text = (
        "Berita Harian Rakyat\nNasional | Dunia | Bisnes | Sukan\n\n"
        "Menteri buruh setuju hapus yuran pengambilan pekerja asing\n\n"
        "Dikemaskini 13 Mac 2024, 4:20 petang | Diterbitkan 12 Mac 2024, 10:05 pagi\n"
        "Saiz huruf A A A\n\n"
        "Menteri-menteri buruh bersetuju semalam untuk menghapuskan yuran pengambilan "
        "yang dibayar oleh pekerja asing dalam tempoh lima tahun.\n\n"
        "Perjanjian itu dicapai selepas rundingan di Vientiane, kata kenyataan bersama.\n"
    )
    result = run(tmp_path, text, "ms")
    assert result.published == dt.date(2024, 3, 12)
    assert result.event_date == dt.date(2024, 3, 11)


def test_a_timed_date_bar_above_the_navigation_bar_is_not_the_publication_date(tmp_path):
    text = (
        "Thứ Hai, ngày 01/06/2026 - Cập nhật lúc 07:30\n"
        "BÁO MIỀN TRUNG - Tiếng nói của nhân dân các tỉnh ven biển miền Trung\n"
        "Thời sự | Xã hội | Kinh tế | Thế giới | Giáo dục | Sức khỏe\n\n"
        "Hỗ trợ việc làm cho lao động hết hạn hợp đồng trở về từ nước ngoài\n\n"
        "Chương trình giúp người lao động trở về tìm việc làm phù hợp với kỹ năng.\n\n"
        "Thứ Tư, 10:20, 12/03/2025\nCỡ chữ: A | A | A | In bài\n\n"
        "Sáng 12/3, tại Quảng Bình, Sở Lao động phối hợp với Tổ chức Di cư quốc tế tổ chức "
        "hội nghị triển khai chương trình hỗ trợ lao động trở về.\n\n"
        "Theo kế hoạch, chương trình sẽ hỗ trợ khoảng hai nghìn lao động trong ba năm tới.\n"
    )
    result = run(tmp_path, text, "vi")
    assert result.published == dt.date(2025, 3, 12)
    assert result.event_date == dt.date(2025, 3, 12)
    assert not flagged(result)


SOUTH_AGENCY = (
    "Agencia Informativa del Sur\nPortada | Mundo | Economía | Sociedad | Cultura\n\n"
    "Tailandia detiene a una red que enviaba trabajadores a centros de fraude\n\n"
    "Bangkok, 14 mar (AIS).- La Policía de Tailandia detuvo ayer a cinco presuntos miembros "
    "de una red que enviaba trabajadores migrantes de forma irregular a centros de fraude en "
    "línea, informaron hoy fuentes oficiales.\n\n"
    "Las víctimas serán devueltas a sus países de origen, indicó el portavoz policial.\n\n"
    "Noticias relacionadas\n- La ONU alerta sobre la trata en el sudeste asiático (20 feb. 2023)\n"
)


def test_relative_day_after_a_dateline_without_a_year_keeps_the_year_open(tmp_path):
    result = run(tmp_path, SOUTH_AGENCY, "es")
    assert result.event_date is None
    assert (result.event_month, result.event_day) == (3, 13)  # "ayer", not the dateline's 14
    assert flagged(result)


def test_a_copyright_year_is_a_flagged_last_resort(tmp_path):
    result = run(tmp_path, SOUTH_AGENCY + "\n© AIS 2024. Prohibida la redistribución.\n", "es")
    assert result.event_date == dt.date(2024, 3, 13)
    assert result.event_date_confidence == "inferred"
    assert "copyright" in " ".join(result.review_reasons)


def test_relative_day_after_a_french_dateline_with_le(tmp_path):
    text = (
        "Le Courrier d'Asie | Bangkok\nActualité | Économie | Culture | Pratique | Agenda\n\n"
        "Thaïlande : un centre d'accueil pour les travailleurs migrants rapatriés\n\n"
        "Rédaction Bangkok | Publié le 12/03 à 08:15\n\n"
        "Bangkok, le 12 mars – Le ministère thaïlandais du Travail et l'Organisation "
        "internationale du travail ont inauguré hier un centre d'accueil destiné aux "
        "travailleurs migrants rapatriés.\n\n"
        "Le centre doit accompagner les travailleurs dans leur recherche d'emploi.\n"
    )
    result = run(tmp_path, text, "fr")
    assert (result.event_month, result.event_day) == (3, 11)
    assert flagged(result)


def test_an_event_of_several_days_reported_by_its_last_day_gives_its_first_day(tmp_path):
    text = (
        "La Gazette du Mékong\nInternational | Politique | Société | Économie\n\n"
        "Le Mékong cherche une réponse commune à la traite des travailleurs\n\n"
        "Par Paul Martin\nPublié le 8 mai 2025 à 17h20\n\n"
        "Le forum de trois jours s'est clôturé jeudi 8 mai à Vientiane. Les délégations de "
        "six pays ont discuté de la traite des travailleurs migrants.\n\n"
        "Les participants ont appelé à un meilleur partage des données entre polices.\n"
    )
    result = run(tmp_path, text, "fr")
    assert result.event_date == dt.date(2025, 5, 6)
    assert result.event_date_confidence == "inferred"
    assert flagged(result)


def test_an_end_verb_without_a_day_count_flags_the_date(tmp_path):
    text = (
        "The Harbour Times\nNews | World | Business | Sport\n\n"
        "Regional forum on labour migration closes in Manila\n\n"
        "May 9, 2025 - 18:10\n\n"
        "The regional forum on labour migration concluded on Thursday in Manila with a call "
        f"for cheaper remittances. {EN_BODY}\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2025, 5, 8)
    assert any("last day" in r for r in result.review_reasons)


def test_a_vietnamese_weekday_is_not_a_day_count(tmp_path):
    from desktop.core.extract.multiday import last_day

    text = "Thứ Hai ngày 12/5, hội nghị kết thúc tại Hà Nội."
    assert last_day(text, text.index("tại"), ("vi",)) is not None
    assert last_day(text, text.index("tại"), ("vi",)).days is None
    count = "Hội nghị kéo dài hai ngày kết thúc chiều 13/5 tại Hà Nội."
    assert last_day(count, count.index("chiều"), ("vi",)).days == 2


def test_a_date_line_outside_the_main_text_of_a_web_page_is_read(tmp_path):
    paragraph = (
        "Para calon pekerja itu diketahui tidak memiliki dokumen penempatan yang sah dari "
        "dinas tenaga kerja setempat dan dijanjikan gaji tinggi oleh perekrut."
    )
    page = (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        "<title>Imigrasi gagalkan keberangkatan 30 calon pekerja migran</title></head><body>"
        '<div class="brand"><a href="/">Warta Nusantara</a></div>'
        '<div class="nav"><a href="/a">Nasional</a> <a href="/b">Ekonomi</a></div>'
        '<div class="h">Imigrasi gagalkan keberangkatan 30 calon pekerja migran</div>'
        '<div class="when">Warta Nusantara | Kamis, 13 Mar 2025 14:05 WIB</div>'
        '<div class="content"><div class="p">Surabaya, Warta Nusantara -- Kantor Imigrasi '
        "menggagalkan keberangkatan 30 calon pekerja migran Indonesia yang hendak bekerja "
        "secara nonprosedural ke Malaysia pada Rabu (12/3).</div>"
        f'<div class="p">{paragraph}</div><div class="p">{paragraph}</div></div>'
        '<div class="related"><a href="/x">Polisi ungkap perekrut ilegal</a> '
        "<span>Senin, 3 Feb 2025</span></div></body></html>"
    )
    result = run(tmp_path, page, "id", name="page.html")
    assert result.published == dt.date(2025, 3, 13)
    assert result.published_confidence == "stated"
    assert result.event_date == dt.date(2025, 3, 12)


def test_a_labelled_date_on_the_first_line_above_the_masthead_is_a_site_bar(tmp_path):
    text = (
        "Published: Monday, June 1, 2026 07:30\n"
        "THE COASTAL HERALD - The voice of the islands since 1921\n\n"
        "Ministers agree on a regional return and reintegration plan\n\n"
        "March 12, 2025 10:20\n\n"
        "Labour ministers from five countries agreed on Wednesday to a regional plan for "
        f"the return and reintegration of migrant workers. {EN_BODY}\n"
    )
    result = run(tmp_path, text, "en")
    assert result.published == dt.date(2025, 3, 12)
    assert result.event_date == dt.date(2025, 3, 12)


def test_a_date_line_closed_by_a_byline_is_the_publication_date(tmp_path):
    text = (
        "THE COASTAL HERALD\nHome | Region | Business | Sport\n\n"
        "Port workers win back unpaid wages\n\n"
        "April 24, 2025  by Herald Staff\n\n"
        f"Forty seafarers stranded in the port were paid their wages on Tuesday. {EN_BODY}\n\n"
        "Related: Dock strike ends after talks (April 15, 2025)\n"
    )
    result = run(tmp_path, text, "en")
    assert (result.published, result.published_confidence) == (dt.date(2025, 4, 24), "stated")
    assert result.event_date == dt.date(2025, 4, 22)  # the Tuesday before


def test_the_date_of_a_related_link_is_never_the_event_date(tmp_path):
    text = (
        "Seafarers stranded for months finally paid\n\n"
        f"Forty seafarers stranded in the port were paid their wages on Tuesday. {EN_BODY}\n\n"
        "Read more: Dock strike ends after talks (April 15, 2025)\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date != dt.date(2025, 4, 15)


def test_circular_as_an_adjective_cites_no_text(tmp_path):
    text = (
        "Two countries open a seasonal route for farm workers\n\n"
        "Posted: 2024-05-16\n\n"
        "The two governments launched a circular migration scheme for farm workers "
        f"on May 14 in the capital. {EN_BODY}\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2024, 5, 14)


def test_a_circular_cited_with_its_capital_is_still_a_text(tmp_path):
    text = (
        "Recruitment agencies told to publish their fees\n\n"
        "Posted: 2024-05-16\n\n"
        "Under Circular 21 of May 2, 2024, agencies must publish their fees; inspectors "
        f"began checks yesterday. {EN_BODY}\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2024, 5, 15)


def test_a_day_of_the_lead_before_the_dateline_is_the_event_date(tmp_path):
    text = (
        "Ministers agree on a joint hotline for domestic workers\n\n"
        "KUALA LUMPUR, 14 March -- Both countries will run a joint complaints hotline for "
        "domestic workers, officials said after talks.\n\n"
        "The agreement was reached at a meeting held here on 11 and 12 March, attended by "
        f"labour and immigration officials. {EN_BODY}\n\n"
        "Published: 14/03/2025 10:20\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2025, 3, 11)


def test_a_range_holding_the_dateline_day_leaves_the_dateline_day(tmp_path):
    text = (
        "Country statement delivered at the regional review\n\n"
        "GENEVA, 9 October -- The delegation delivered its statement at the regional "
        "review, which runs from 8 to 10 October, and called for safer pathways.\n\n"
        f"{EN_BODY}\n\nPublished: 09/10/2025 18:00\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2025, 10, 9)


def test_the_bounds_of_a_period_of_figures_are_not_the_event_date(tmp_path):
    text = (
        "Rescatan a 231 migrantes al sur de El Hierro\n\n"
        "Salvamento Marítimo rescató este domingo a 231 migrantes que viajaban en cuatro "
        "cayucos, según informaron fuentes del servicio de rescate.\n\n"
        "Según el Ministerio del Interior, 18.643 personas han llegado a Canarias por vía "
        "marítima entre el 1 de enero y el 15 de septiembre, un 41 % menos que un año antes.\n\n"
        "Publicado: 21 de septiembre de 2025, 10:05\n"
    )
    result = run(tmp_path, text, "es")
    assert result.published == dt.date(2025, 9, 21)
    assert result.event_date == dt.date(2025, 9, 21)


def test_a_short_span_is_still_an_event(tmp_path):
    text = (
        "Workers' forum held in Jakarta\n\n"
        "The forum took place between 2 October and 3 October in Jakarta. " + EN_BODY + "\n\n"
        "Published: 5 October 2023\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2023, 10, 2)
