"""Choosing a township, grouped by district or county, in the worker's language."""

import re

import pytest
from django import forms
from django.utils import translation

from regions.forms import TownshipChoiceField, township_choices


class HomeForm(forms.Form):
    home = TownshipChoiceField(required=False)


class NearFilter(forms.Form):
    near = forms.ChoiceField(choices=township_choices, required=False)


def optgroups(html):
    return re.findall(r'<optgroup label="([^"]+)">', html)


@pytest.mark.django_db
def test_the_field_groups_townships_by_area_with_the_catch_alls_last():
    html = str(HomeForm()["home"])
    groups = optgroups(html)
    assert groups[:3] == ["城关区", "堆龙德庆区", "达孜区"]
    assert groups[-2:] == ["西藏其他地区", "区外"]
    assert len(groups) == 10
    dazi = html.split('<optgroup label="达孜区">')[1].split("</optgroup>")[0]
    assert "德庆镇" in dazi and "帕古乡" not in dazi


@pytest.mark.django_db
def test_the_same_form_shows_tibetan_names_in_tibetan():
    """Every public form exists in zh-Hans and bo."""
    form = HomeForm()
    with translation.override("bo"):
        html = str(form["home"])
    assert optgroups(html)[0] == "ཁྲིན་ཀོན་ཆུས།"
    assert optgroups(html)[-1] == "བོད་ལྗོངས་ཀྱི་ཕྱི་རོལ།"
    assert "བར་སྐོར་ཁྲོམ་གཞུང་།" in html
    assert "八廓街道" not in html


@pytest.mark.django_db
def test_the_field_saves_a_township(townships):
    deqing = townships["dazi-deqing"]
    form = HomeForm({"home": str(deqing.pk)})
    assert form.is_valid()
    assert form.cleaned_data["home"] == deqing


@pytest.mark.django_db
def test_a_filter_uses_township_codes_so_links_stay_readable(townships):
    html = str(NearFilter()["near"])
    assert '<option value="dazi-deqing">德庆镇</option>' in html
    assert optgroups(html)[-1] == "区外"
    assert NearFilter({"near": "dazi-deqing"}).is_valid()
    assert not NearFilter({"near": "lhasa-nowhere"}).is_valid()
    with translation.override("bo"):
        assert "བདེ་ཆེན་གྲོང་རྡལ།" in str(NearFilter()["near"])
