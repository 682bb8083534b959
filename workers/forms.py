"""The worker form of the back office: checks the ID number and the phone, finds duplicates,
and fills what the ID number tells (birth date, gender)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.idcard import parse_id_number
from portal.phones import normalised_mobile
from workers.choices import Gender
from workers.models import Worker


class WorkerForm(WagtailAdminModelForm):
    # Longer than the stored values: staff type numbers with spaces or +86.
    id_number = forms.CharField(
        label=_("ID number"),
        max_length=30,
        required=False,
        help_text=_("The 18 characters of the resident identity card. Kept encrypted."),
    )
    phone = forms.CharField(label=_("mobile phone"), max_length=30, help_text=_("Kept encrypted."))
    shared_phone = forms.BooleanField(
        label=_("This phone is shared with another worker on file"),
        required=False,
        help_text=_("Tick only after checking that the other record is not this worker."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parsed_id = None
        if self.instance.pk is None and self.for_user is not None:
            self.initial.setdefault("counsellor", self.for_user.pk)

    def others(self):
        return Worker.objects.exclude(pk=self.instance.pk)

    def clean_id_number(self):
        value = self.cleaned_data["id_number"]
        if not value.strip():
            return ""
        self.parsed_id = parse_id_number(value)
        number = self.parsed_id.number
        if self.others().with_id_number(number).exists():
            raise ValidationError(
                _(
                    "A worker with this ID number is already on file. Search for the number "
                    "and open that record instead of adding the worker again."
                ),
                code="duplicate",
            )
        return number

    def clean_phone(self):
        return normalised_mobile(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        phone = cleaned.get("phone")
        if phone and not cleaned.get("shared_phone"):
            sharing = self.others().with_phone(phone).count()
            if sharing:
                self.add_error(
                    "phone",
                    ValidationError(
                        _(
                            "%(count)s other worker(s) on file have this phone. Search for "
                            "it: if one of them is this worker, open that record; if the "
                            "phone is really shared, tick the box below."
                        ),
                        code="shared",
                        params={"count": sharing},
                    ),
                )
        if self.parsed_id is not None:
            self.agree_with_id_number(cleaned)
        return cleaned

    def agree_with_id_number(self, cleaned):
        """The birth date and gender are those of the ID number: filled in if left empty,
        refused if they differ."""
        born, gender = (
            self.parsed_id.birth_date,
            Gender.MALE if self.parsed_id.male else Gender.FEMALE,
        )
        if not cleaned.get("date_of_birth"):
            cleaned["date_of_birth"] = born
        elif cleaned["date_of_birth"] != born:
            self.add_error(
                "date_of_birth",
                _("The ID number gives %(date)s as the birth date.") % {"date": born.isoformat()},
            )
        if cleaned.get("gender") and cleaned["gender"] != gender:
            self.add_error(
                "gender",
                _("The ID number is that of a %(gender)s.")
                % {"gender": Gender(gender).label.lower()},
            )

    def save(self, commit=True):
        # A worker nobody is responsible for would vanish from the caseload of who recorded it.
        if self.instance.counsellor_id is None and self.instance.service_centre_id is None:
            self.instance.counsellor = self.for_user
        # Consent rows added now were taken by the member of staff who saves them.
        for form in self.formsets["consents"].forms:
            if form.instance.pk is None and form.has_changed():
                form.instance.taken_by = self.for_user
        return super().save(commit=commit)
