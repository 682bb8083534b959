"""Form fields of the intake form that Django does not have as such."""

from itertools import groupby

from django import forms
from django.forms.models import ModelChoiceIterator

from occupations.models import Occupation


class ByMajorGroup(ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        majors = {
            major.code: major.name
            for major in Occupation.objects.filter(level=Occupation.Level.MAJOR)
        }
        for code, members in groupby(self.queryset, key=lambda o: o.code.partition("-")[0]):
            yield (majors.get(code, code), [self.choice(member) for member in members])


class OccupationChoiceField(forms.ModelChoiceField):
    """An occupation (the finest level of the national classification), chosen from a list
    grouped by major group and named in the active language."""

    iterator = ByMajorGroup

    def __init__(self, **kwargs):
        super().__init__(Occupation.objects.occupations().order_by("code"), **kwargs)

    def label_from_instance(self, occupation):
        return occupation.name
