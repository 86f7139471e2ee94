"""Language-neutral features: names, places, figures, acronyms and dates across languages."""

from __future__ import annotations

import datetime as dt
import unicodedata

from sqlalchemy import select

from desktop.core.linking import features as F
from desktop.core.linking.actors import ActorRegistry, registry
from desktop.core.linking.dates import find_dates
from desktop.core.linking.features import ArticleInput, extract, main_date
from desktop.core.linking.gazetteer import gazetteer, load_gazetteer
from desktop.core.linking.scan import Scan
from desktop.core.util.textfold import fold
from desktop.db.models import Actor, ActorAlias

NO_ACTORS = ActorRegistry()


def feats(title: str, body: str, **meta: object) -> dict[str, set[str]]:
    fs = extract(ArticleInput(1, title, body, **meta), NO_ACTORS, gazetteer())  # type: ignore[arg-type]
    out: dict[str, set[str]] = {}
    for kind, value in fs.weights:
        out.setdefault(kind, set()).add(value)
    return out


FR = (
    "Bangkok, 12 mars (VNA) - L'ambassadeur Phan Chi Thanh a rencontré Luong Thanh Quang "
    "en Thaïlande. L'événement a rassemblé plus de 400 délégués et 23 objectifs du GCM, "
    "adopté le 19/12/2018."
)
VI = (
    "Từ ngày 10-12/3, Đại sứ Phan Chí Thành và Phó Cục trưởng Lương Thanh Quảng tham dự Hội "
    "nghị tại Băng Cốc, Thái Lan. Hơn 400 đại biểu đánh giá 23 mục tiêu của Thỏa thuận GCM, "
    "thông qua ngày 19/12/2018."
)


def test_scan_folds_like_fold_and_keeps_offsets():
    samples = [FR, VI, "Đà Nẵng İstanbul Kementerian Luar Negeri"]
    for sample in samples:
        scan = Scan.of(sample)
        assert len(scan.folded) == len(scan.shape) == len(sample)
        assert scan.folded == fold(sample) and scan.grown == ()


def test_scan_of_ascii_text_gives_the_forms_of_any_text():
    # ASCII text takes a faster path: its forms are those of the same text followed by
    # a non-ASCII word (the general path), less that word
    samples = ["The IOM's 2021 review, in Bangkok (UNESCAP)\n\tGCM_x -- 12/3.", "A b", "-"]
    for sample in samples:
        fast, general = Scan.of(sample), Scan.of(sample + " é")
        assert fast.folded == general.folded[:-2] and fast.shape == general.shape[:-2]
        assert fast.spaced == general.spaced[:-2]


def test_scan_forms_of_every_character_are_its_own_three_forms():
    # Text that is not ASCII is translated once, the three forms packed in each
    # character; a letter whose forms leave Latin-1 (Greek, CJK) takes three passes.
    from desktop.core.linking import scan as S

    def three(text: str) -> tuple[str, str, str]:
        return text.translate(S._FOLDED), text.translate(S._SHAPE), text.translate(S._SPACED)

    chars = [chr(c) for c in range(0x80, 0x30000) if not 0xD800 <= c < 0xE000]
    fit = "".join(ch for ch in chars if ord(S._PACKED[ord(ch)]) >> 16 != S._UNFIT)
    unfit = [ch for ch in chars if ord(S._PACKED[ord(ch)]) >> 16 == S._UNFIT]
    assert len(fit) > 2_000 and "ệ" in fit and "Σ" in unfit and "中" in unfit
    text = "".join(map(chr, range(128))) + fit  # every character the packed pass takes
    assert S._forms(text)[:3] == three(text)
    assert all(S._forms(f"é{ch}")[:3] == three(f"é{ch}") for ch in unfit[::50])
    assert S._forms(VI)[:3] == three(VI)
    # the folded form is fold's own (shared with the search index) exactly when every
    # character folds to exactly one
    for ch in fit:
        assert S._forms(f"é{ch}")[3] == (() if len(fold(ch)) == 1 else (1,)), repr(ch)
    assert S._forms("Straße œuvre")[3] == (4, 7) and S._forms(VI)[3] == ()
    assert S._forms("Journée")[3] == () and S._forms("ΟΔΟΣ")[3] is None


def test_scan_forms_of_a_text_in_an_alphabet_are_those_of_its_characters():
    # Western European and Vietnamese text is encoded by a charmap codec and its forms
    # read from tables: the same forms, "“" (its own fold) and "œ" (two) included
    import codecs
    import random

    from desktop.core.linking import scan as S

    def three(text: str) -> tuple[str, str, str]:
        return text.translate(S._FOLDED), text.translate(S._SHAPE), text.translate(S._SPACED)

    rnd = random.Random(5)
    for alphabet in S._ALPHABETS:
        members = [
            ch
            for ch in map(chr, range(1, 0x10000))
            if not 0xD800 <= ord(ch) < 0xE000
            and codecs.charmap_encode(ch, "ignore", alphabet.codec)[0]
        ]
        assert 200 < len(members) <= 255
        for _ in range(200):
            text = "".join(rnd.choices(members, k=rnd.randint(1, 40)))
            assert alphabet.forms(text) is not None
            forms = S._forms(text)
            assert forms[:3] == three(text)
            assert forms[3] == tuple(i for i, ch in enumerate(text) if len(fold(ch)) != 1)
    assert S._forms("« Œuvre » – “x”")[3] == (2,)
    assert S._ALPHABETS[1].forms(VI) is not None and S._ALPHABETS[0].forms(FR) is not None


def test_scan_gives_fold_of_any_part_of_its_text():
    # the search index takes the folded title and body from the scan of an article
    from desktop.core.linking import scan as S

    samples = [FR, VI, "Straße\nœuvre à Ærø ﬁn", "ΟΔΟΣ ß", "e\u0301 x", "ß", ""]
    chars = [chr(c) for c in range(0x80, 0x30000) if not 0xD800 <= c < 0xE000]
    fit = [ch for ch in chars if ord(S._PACKED[ord(ch)]) >> 16 != S._UNFIT]
    samples += ["a" + "".join(fit[i : i + 300]) for i in range(0, len(fit), 300)]
    known = 0
    for sample in map(unicodedata.normalize, ["NFC"] * len(samples), samples):
        scan = S.Scan.of(sample)
        assert scan.text == sample
        if scan.grown is None:
            assert scan.fold(0, len(sample)) is None
            continue
        known += 1
        for start, end in [(0, len(sample)), (0, 3), (1, len(sample) - 1), (2, 2)]:
            assert scan.fold(start, end) == fold(sample[start:end]), (sample, start)
    assert known > 10


def test_phrases_match_across_any_punctuation_with_offsets_of_the_text():
    gaz = load_gazetteer(
        {"places": [{"id": "hcm", "kind": "city", "names": {"vi": ["Hồ Chí Minh"]}}]}
    )
    text = "Tại TP.  Hồ -- Chí\nMinh, hôm nay"
    assert gaz.find(text) == ["hcm"]
    assert gaz.find("Hồ Chí Minhville") == []


def test_names_places_figures_acronyms_meet_across_languages():
    fr, vi = feats("", FR), feats("", VI)
    assert {"phan chi thanh", "luong thanh quang"} <= fr[F.NAME] & vi[F.NAME]
    assert {"bangkok", "thailand"} <= fr[F.PLACE] & vi[F.PLACE]
    assert {"400", "23"} <= fr[F.NUMBER] & vi[F.NUMBER]
    assert "GCM" in fr[F.ACRONYM] & vi[F.ACRONYM]
    assert "2018-12-19" in fr[F.CITED] & vi[F.CITED]
    # parts of dates are not figures; small numbers are trivial
    assert not {"12", "10", "3", "19"} & (fr[F.NUMBER] | vi[F.NUMBER])


def test_trivial_and_glued_numbers_are_not_figures():
    got = feats("", "COVID-19 touche 3 pays; 1.500 migrants; 2,5 millions; en 2017-2024.")
    assert got[F.NUMBER] == {"1500", "2.5", "2017", "2024"}


def test_capital_lines_are_not_acronyms_and_titles_are_stripped():
    got = feats(
        "", "CÓ THỂ BẠN QUAN TÂM\nMme Kendra Rinas, cheffe de mission de l'OIM, et le PNUD."
    )
    assert got[F.ACRONYM] == {"OIM", "PNUD"}
    assert "kendra rinas" in got[F.NAME]


def test_dates_in_several_languages():
    def found(text: str) -> list[tuple[int | None, int | None, int, int | None]]:
        return [(m.day, m.day_end, m.month, m.year) for m in find_dates(fold(text))]

    assert found("les 12 et 13 mars") == [(12, 13, 3, None)]
    assert found("Từ ngày 10-12/3") == [(10, 12, 3, None)]
    assert found("vào ngày 19/12/2018") == [(19, None, 12, 2018)]
    assert found("ngày 12 tháng 3 năm 2021") == [(12, None, 3, 2021)]
    assert found("Pada 19 Disember, di Hanoi") == [(19, None, 12, None)]
    assert found("el 18 de diciembre de 2024") == [(18, None, 12, 2024)]
    assert found("on March 12-13, 2021") == [(12, 13, 3, 2021)]
    assert found("10 out of 12 people, 3.5 million") == []
    stamp = find_dates(fold("Thứ bảy, 13/03/2021 09:33"))
    assert stamp[0].stamp


def test_main_date_from_text_takes_year_of_stamp_and_skips_old_citations():
    text = (
        "Thứ bảy, 13/03/2021 09:33\nNgày 19/12/2018 GCM được thông qua. Từ ngày 10-12/3 hội nghị."
    )
    folded = fold(text)
    date = main_date(ArticleInput(1, "", text), find_dates(folded))
    assert date is not None
    assert (date.month, date.first_day, date.last_day, date.year) == (3, 10, 12, 2021)


def test_main_date_prefers_metadata_and_joins_text_range():
    text = "Bangkok, 12 mars - la conférence, les 12 et 13 mars à Bangkok."
    date = main_date(ArticleInput(1, "", text, event_month=3, event_day=12), find_dates(fold(text)))
    assert date is not None and (date.first_day, date.last_day, date.year) == (12, 13, None)
    dated = main_date(
        ArticleInput(1, "", text, event_date=dt.date(2021, 3, 12)), find_dates(fold(text))
    )
    assert dated is not None and dated.year == 2021
    got = feats("", text, event_date=dt.date(2021, 3, 12))
    assert got[F.DATE] == {"2021-03-12", "2021-03-13"} and got[F.YEAR] == {"2021"}


def test_gazetteer_exact_names_need_their_accents():
    gaz = load_gazetteer(
        {
            "places": [
                {"id": "us", "kind": "country", "names": {"en": ["United States"]}, "exact": ["Mỹ"]}
            ]
        }
    )
    assert gaz.find("Người lao động tại Mỹ") == ["us"]
    assert gaz.find("this is my house") == []


def test_registry_aliases_resolve_across_languages(archive):
    with archive.session() as session, session.begin():
        actor = Actor(name="Test Migration Agency", kind="organisation")
        actor.aliases = [
            ActorAlias(alias="TMA", folded="tma"),
            ActorAlias(alias="Agence test des migrations", folded="agence test des migrations"),
            ActorAlias(alias="Cơ quan Di cư Thử nghiệm", folded="co quan di cu thu nghiem"),
        ]
        session.add(actor)
        session.flush()
        actor_id = actor.id
    with archive.session() as session:
        reg = registry(session)
        found = []
        for text in (
            "Selon l'Agence test des migrations, 40 personnes.",
            "Theo Cơ quan Di cư Thử nghiệm (TMA), 40 người.",
        ):
            fs = extract(ArticleInput(1, "", text), reg, gazetteer())
            found.append({v for k, v in fs.weights if k == F.ACTOR})
    assert found[0] == found[1] == {str(actor_id)}


def test_generic_ministry_names_resolve_to_the_country_spoken_of(archive):
    with archive.session() as session, session.begin():
        ids = {}
        for code in ("VN", "MY"):
            actor = Actor(name=f"Foreign ministry {code}", kind="government", country=code)
            actor.aliases = [ActorAlias(alias="Ministry of Foreign Affairs", folded="x")]
            session.add(actor)
            session.flush()
            ids[code] = str(actor.id)
    with archive.session() as session:
        reg = registry(session)
        country = {str(a.id): a.country for a in session.scalars(select(Actor))}

    def actors(text: str) -> set[str]:
        fs = extract(ArticleInput(1, "", text, "en"), reg, gazetteer())
        return {v for k, v in fs.weights if k == F.ACTOR}

    # The shipped registry holds these ministries too: every actor found is of the country
    # spoken of, and the test's own ministry of that country is among them.
    found = actors("In Malaysia, the Ministry of Foreign Affairs said 40 workers left.")
    assert ids["MY"] in found and {country[i] for i in found} == {"MY"}
    # the country named right next to it wins over the one named more often
    found = actors("Malaysia and Malaysia again: Viet Nam's Ministry of Foreign Affairs.")
    assert ids["VN"] in found and {country[i] for i in found} == {"VN"}


def test_ranks_and_honorifics_are_left_out_of_names_across_languages():
    texts = [
        "Polisi menahan tersangka, kata Brigjen Pol. Rudi Hartono di Medan.",
        "The arrest was confirmed by Brigadier General Rudi Hartono in Medan.",
        "Según el general de brigada Rudi Hartono, la red operaba en Medan.",
        "Thượng tá Rudi Hartono cho biết tại Medan.",
        "Kenyataan Datuk Seri Rudi Hartono di Medan.",
    ]
    for text in texts:
        assert "rudi hartono" in feats("", text)[F.NAME], text


def test_hyphenated_place_names_meet_across_languages():
    fr = feats("", "Un canot a chaviré au large de Saint-Valery-en-Caux, près de Fécamp.")
    en = feats("", "A dinghy capsized off Saint-Valery-en-Caux on Monday, officials said.")
    vi = feats("", "Một xuồng bị lật ngoài khơi Saint-Valery-en-Caux, miền Bắc nước Pháp.")
    assert "saint-valery-en-caux" in fr[F.NAME] & en[F.NAME] & vi[F.NAME]


def test_hyphenated_first_name_inside_a_full_name_is_not_a_name_of_its_own():
    got = feats("", "Selon Jean-Baptiste Morel, le projet avance; Hélène Vasseur approuve.")
    assert "jean-baptiste" not in got[F.NAME]
    assert not any("-" in name for name in got[F.NAME] if name.count(" ") == 0)


def test_a_time_stamp_alone_dates_the_event_in_the_week_up_to_it():
    text = "18 mars 09h40\nLe Cambodge a remis jeudi 80 travailleurs aux autorités thaïlandaises."
    date = main_date(ArticleInput(1, "", text), find_dates(fold(text)))
    assert date is not None
    assert (date.month, date.first_day, date.last_day, date.year) == (3, 12, 18, None)


def test_a_stamp_week_agrees_with_a_version_dated_in_it_not_with_a_later_day():
    from desktop.core.linking.features import date_facts_of
    from desktop.core.linking.scoring import date_check

    def facts(text: str, **meta: object):
        fs = extract(ArticleInput(1, "", text, **meta), NO_ACTORS, gazetteer())  # type: ignore[arg-type]
        return date_facts_of(fs.weights)

    stamped = facts("3 mai 20h05\nLes deux pays ont signé mardi un accord sur les travailleurs.")
    same = facts("Signed on 2 May.", event_date=dt.date(2024, 5, 2))
    later = facts("Signed on 4 May.", event_date=dt.date(2024, 5, 4))
    assert date_check(stamped, same).veto is None
    assert date_check(stamped, later).veto == "days"


def test_shape_patterns_find_what_their_plain_forms_find():
    # the patterns over a text's shape take each word at once: they must find exactly
    # what the plain patterns (which try every split of a word) find
    import random
    import re

    from desktop.core.linking import mentions as M

    word = r"[Aa]*a[Aa]*"
    plain = {
        M._NAME_RUN: rf"A(?<![Aa0_]A){word}(?![Aa0_])(?: A{word}(?![Aa0_]))+",
        M._COMPOUND: rf"A(?<![Aa0_]A){word}(?:\.(?:a{{1,4}}\.){{0,2}}A{word})+(?![Aa0_])",
    }
    rnd = random.Random(5)
    shapes = [M._NAME_RUN.pattern, "Aa Aaa.a.Aa AA Aa0 Aa_Aa .Aa.Aaa A", " Aa Aa"]
    shapes += [
        "".join(rnd.choice("AAaaa  ._0") for _ in range(rnd.randint(1, 60))) for _ in range(20_000)
    ]
    for fast, slow in plain.items():
        slow_re = re.compile(slow)
        for shape in shapes:
            got = [m.span() for m in fast.finditer(shape)]
            assert got == [m.span() for m in slow_re.finditer(shape)], shape


def test_numbers_found_from_the_shape_are_those_of_the_pattern():
    import random

    from desktop.core.linking import mentions as M

    rnd = random.Random(1)
    alphabet = "0123456789٣²½.,\u00a0\u202f -–aZé_\n"
    texts = [FR, VI, "1.000,5 2,5 ²3 ½4 ٣٣ 12.345.678 x2 3x"]
    texts += [
        "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(20_000)
    ]
    for text in texts:
        scan = Scan.of(text)
        expected = [m.span() for m in M._NUMBER.finditer(scan.folded)]
        assert [m.span() for m in M._numbers(scan.folded, scan.shape)] == expected, text


def test_a_lone_surrogate_in_a_text_is_scanned_as_it_stands():
    # Text decoded with surrogateescape, or a JSON headline holding half a pair.
    for text in ("café \ud800 x", "abc \udcff", "Hội nghị ở Hà Nội \ud83d hôm nay"):
        scan = Scan.of(text)
        assert scan.folded == fold(text)
        assert len(scan.shape) == len(text)


def test_no_country_is_read_from_an_abbreviation_the_fold_makes_of_a_short_name():
    """The link scan folds diacritics: a short name such as Vietnamese "Séc" (Czechia)
    would be read in "the SEC said" or "Sec. 4"; such names stay in longer forms."""
    from desktop.core.linking.actors import _country_names

    folded = {fold(name) for name, _code, _capital in _country_names(frozenset({"CZ"}))}
    assert "cong hoa sec" in folded
    assert not {"sec", "checo", "checa"} & folded
