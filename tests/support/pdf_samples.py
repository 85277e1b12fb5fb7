"""Articles in several scripts for the PDF tests and the benchmark, built via the store."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from reader.core.library import Store
from reader.core.models import NewArticle

# Each: (script, title, author, paragraphs). The texts carry what trips a PDF
# text layer: ideographs that share glyphs with Kangxi radicals (一二人大金長),
# CJK Extension B characters of Cantonese (𠝹 𨋢), Arabic lam-alef and
# contextual forms, Latin letters that fonts ligate (office, fluffy), Cyrillic
# ё/ъ, French no-break spaces, an em dash and guillemets. The Arabic has no
# brackets or guillemets: shaping draws them mirrored in right-to-left lines
# (the PDF holds the glyph of ")" where the text has "(") and pdftotext does
# not mirror them back, which no ToUnicode map can fix; nor does it keep a
# period after digits at the end of a right-to-left line in place.
SCRIPTS: list[tuple[str, str, str | None, list[str]]] = [
    (
        "ja",
        "東京都、新たな気候変動対策を発表",
        "山田太郎",
        [
            "東京都は17日、新たな気候変動対策を発表した。知事は記者会見で「2030年までに温室効果ガスの"
            "排出量を半減させる」と述べた。",
            "対策には一般家庭への太陽光パネルの設置義務化や、電気自動車の充電設備の拡充が含まれる。"
            "人口が集中する大都市として責任は大きいという。",
        ],
    ),
    (
        "ko",
        "서울시, 새로운 기후 변화 대책 발표",
        None,
        [
            '서울시는 17일 새로운 기후 변화 대책을 발표했다. 시장은 기자회견에서 "2030년까지 '
            '온실가스 배출량을 절반으로 줄이겠다"고 말했다.',
            "대책에는 공공 건물의 태양광 설치와 전기차 충전소 확충이 포함된다.",
        ],
    ),
    (
        "ru",
        "Переговоры в Женеве продолжатся",
        "Анна Соколова",
        [
            "Министр иностранных дел заявил во вторник, что переговоры продолжатся в Женеве. "
            "«Мы надеемся на скорейшее урегулирование», — подчеркнул он.",
            "Съёмочная группа объединённой редакции прибыла в Улан-Удэ; подъезд к зданию "
            "был закрыт.",
        ],
    ),
    (
        "ar",
        "المحادثات في جنيف ستستمر الأسبوع المقبل",
        "ليلى حسن",
        [
            "قال وزير الخارجية يوم الثلاثاء إن المحادثات ستستمر في جنيف، الأسبوع المقبل.",
            "وأضاف أن الوفد لا يزال يأمل في التوصل إلى تسوية سريعة في ٢٠٢٤ مع الأطراف كلها.",
        ],
    ),
    (
        "fr",
        "Négociations à Genève : « un règlement rapide » espéré",
        "Zoë Łukasiewicz-Ærø",
        [
            "Le ministre a déclaré mardi que les négociations reprendraient à Genève.\u00a0« Nous "
            "espérons un règlement rapide\u00a0», a-t-il souligné dans son bureau officiel.",
            "L'œuvre de Dvořák, jouée à Łódź puis à São Paulo, a ému une foule affairée : naïve "
            "façade, fluffy soufflé, Ångström et Søren Kierkegaard.",
        ],
    ),
    (
        "zh-hant",
        "香港立法會通過新法案 一二人大金長",
        None,
        [
            "香港立法會週三通過新法案，議員表示這是一個重要的決定。一二三人大金長民。",
            "有市民話佢哋𠝹咗條繩，又話大廈𨋢門壞咗好耐，管理處一直無人理會。",
        ],
    ),
]


def add_script_articles(db_path: Path) -> dict[str, int]:
    """Store one article per script; returns script -> article id."""
    ids: dict[str, int] = {}
    with Store.open(db_path) as store:
        source = store.source_id("scripts.example", title="Scripts")
        for number, (script, title, author, paragraphs) in enumerate(SCRIPTS):
            body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
            article = NewArticle(
                title=title,
                url=f"https://news.example/{script}/{number}",
                published=datetime(2024, 3, 1 + number, 9, 30, tzinfo=UTC),
                html=body,
                text="\n\n".join(paragraphs),
                author=author,
            )
            [ids[script]] = store.add_articles(source, [article]).added
    return ids
