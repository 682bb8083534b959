"""The employer form of the staff admin."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from jobs.credit_code import normalise, validate_credit_code
from jobs.employers.verification import IDENTITY, withdraw
from jobs.models import Employer


class EmployerAdminForm(WagtailAdminModelForm):
    # Longer than the 18 characters of a code: staff paste codes with spaces, which are removed
    # before the code is checked.
    credit_code = forms.CharField(
        label=_("unified social credit code"),
        max_length=40,
        help_text=_(
            "The 18 characters on the business licence. Changing the name or the code of a "
            "verified employer withdraws the verification."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_identity = {name: getattr(self.instance, name) for name in IDENTITY}
        self.verification_withdrawn = False

    def clean_credit_code(self):
        code = normalise(self.cleaned_data["credit_code"])
        validate_credit_code(code)
        other = Employer.objects.filter(credit_code=code).exclude(pk=self.instance.pk).first()
        if other is not None:
            raise ValidationError(
                _(
                    "“%(name)s” is already registered with this credit code: edit that employer "
                    "instead of adding it again."
                ),
                code="duplicate",
                params={"name": other.name},
            )
        return code

    def save(self, commit=True):
        instance = self.instance
        changed = any(getattr(instance, name) != self.checked_identity[name] for name in IDENTITY)
        if instance.pk and instance.verified and changed:
            withdraw(instance)
            self.verification_withdrawn = True
        return super().save(commit=commit)
