import pytest

from etl.rules.places import CITIES, resolve_place, resolve_publisher_city


def test_there_are_21_cities():
    assert len(CITIES) == 21
    assert len({code for code, _, _ in CITIES}) == 21


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("深圳", "4403"), ("深圳市", "4403"), ("Shenzhen", "4403"), ("SHENZHEN", "4403"), (" 广 州 市 ", "4401"),
        ("南山区", "4403"), ("深汕特别合作区", "4403"), ("前海", "4403"), ("大鹏新区", "4403"),
        ("深圳市南山区", "4403"), ("顺德区", "4406"), ("云浮市", "4453"), ("4419", "4419"),
    ],
)  # fmt: skip
def test_cities_districts_and_zones(text, code):
    place = resolve_place(text)
    assert place.kind == "city"
    assert place.code == code


def test_multi_city_and_unassigned_are_kept_as_such():
    multi = resolve_place("广州、佛山")
    assert (multi.kind, multi.code, multi.name_zh) == ("multi_city", None, "广州、佛山")
    assert resolve_place("佛山市，广州市").name_zh == "广州、佛山"  # canonical order by code
    assert resolve_place("不分市").kind == "unassigned"
    assert resolve_place("广州市、广州市").kind == "city"


def test_unknown_places_are_not_guessed():
    assert resolve_place("南宁市").kind == "unknown"
    assert resolve_place("某某镇").kind == "unknown"


def test_blank_place_falls_back_to_the_default():
    default = resolve_place("佛山")
    assert resolve_place("", default=default) == default


def test_publisher_city_must_be_a_city_or_the_province():
    assert resolve_publisher_city("广东省").code == "44"
    with pytest.raises(ValueError, match="neither"):
        resolve_publisher_city("广州、佛山")


def test_a_project_across_the_province_border_is_counted_where_its_guangdong_part_is():
    assert resolve_place("湛江市遂溪县、广西北海市").code == "4408"
    assert resolve_place("韶关市，湖南省郴州市").code == "4402"
    assert resolve_place("珠海市、澳门").code == "4404"
    assert resolve_place("广西北海市").kind == "unknown"  # nothing of it in Guangdong
    assert resolve_place("深圳市、东莞市、广西").kind == "multi_city"


def test_a_district_whose_own_name_holds_a_unit_word_then_a_town():
    """梅县区 is a district of 梅州 whose name holds 县: 梅县区松源镇 is read as 梅县区's, not as a place named 梅."""
    assert resolve_place("梅县区松源镇").code == "4414"
    assert resolve_place("梅县区").code == "4414"
    assert resolve_place("南沙区万顷沙镇").code == "4401"  # the shortest name first, as before
    assert resolve_place("梅某区某镇").kind == "unknown"
