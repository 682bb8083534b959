"""The public booking forms (clauses 4.3.1(4), 4.3.2(2), 5.2).

Two steps, both usable without JavaScript: `ChoiceForm` (GET: the service, where, the language;
nothing personal, so it may stand in the address) and `BookingForm` (POST: a free slot among
those that fit the choice, the name and the mobile number). Every message is the portal's own,
so that it reads in Tibetan on /bo/.
"""

import re
from itertools import groupby

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout
from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from appointments.models import Channel, Language, ServiceType, Slot
from home.models import ServiceCentre
from portal.dates import LHASA
from portal.forms import HONEYPOT, HoneypotMixin, MobileField, PlainTextField

REMOTE = "remote"
TOO_LONG = _("Use at most %(limit_value)d characters; this has %(show_value)d.")
# Markup is never part of a name; refusing it keeps the name readable in the SMS and the admin.
MARKUP = re.compile(r"[<>{}\[\]]")


# What a page that links to the booking (home/links.py: appointment_url) says it is about: a
# course or job id, a self-assessment reference. Anything else is dropped.
ABOUT = ("course", "job", "assessment")
ABOUT_VALUE = re.compile(r"[A-Za-z0-9-]{1,20}")


def about_of(query):
    """{"assessment": "K7MA-3PXE"}: what the booking is about, from the query string."""
    return {key: query[key] for key in ABOUT if ABOUT_VALUE.fullmatch(query.get(key, ""))}


def errors(required, **more):
    return {"required": required, "max_length": TOO_LONG, **more}


def localized(centre):
    """The centre in the reader's language: its Tibetan row on /bo/ when there is one."""
    if translation.get_language() != "bo":
        return centre
    found = ServiceCentre.objects.filter(
        translation_key=centre.translation_key, locale__language_code="bo"
    ).first()
    return found or centre


def place_of(slot):
    if slot.remote:
        return str(_("By video or telephone"))
    return str(localized(slot.centre))


class ChoiceForm(forms.Form):
    service = forms.ModelChoiceField(
        label=_("Which service?"),
        queryset=ServiceType.objects.all(),
        widget=forms.RadioSelect,
        error_messages=errors(
            _("Choose a service."), invalid_choice=_("Choose one of the options in the list.")
        ),
    )
    where = forms.ChoiceField(
        label=_("Where?"),
        error_messages=errors(
            _("Choose a service centre, or by video or telephone."),
            invalid_choice=_("Choose one of the options in the list."),
        ),
    )
    language = forms.ChoiceField(
        label=_("In which language?"),
        choices=Language.choices,
        widget=forms.RadioSelect,
        error_messages=errors(
            _("Choose a language."), invalid_choice=_("Choose one of the options in the list.")
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.centres = list(
            ServiceCentre.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        )
        self.fields["where"].choices = [
            ("", _("Choose where")),
            *((str(centre.pk), str(localized(centre))) for centre in self.centres),
            (REMOTE, _("By video or telephone, from home")),
        ]
        self.fields["service"].label_from_instance = lambda service: service.name
        self.helper = FormHelper()
        self.helper.form_tag = False

    @property
    def centre(self):
        """The chosen centre, or None for remote."""
        where = self.cleaned_data["where"]
        return None if where == REMOTE else next(c for c in self.centres if str(c.pk) == where)

    def slots(self):
        """The free slots that fit the choice, soonest first."""
        data = self.cleaned_data
        slots = Slot.objects.open().at(self.centre).speaking(data["language"])
        return slots.select_related("centre", "room", "counsellor").order_by("starts_at", "pk")


def by_day(slots):
    """[(day, [slot, …]), …] by the day in Lhasa."""
    day_of = lambda slot: timezone.localtime(slot.starts_at, LHASA).date()  # noqa: E731
    return [(day, list(group)) for day, group in groupby(slots, key=day_of)]


class BookingForm(HoneypotMixin, forms.Form):
    slot = forms.ModelChoiceField(
        label=_("Time"),
        queryset=Slot.objects.none(),
        widget=forms.RadioSelect,
        error_messages=errors(
            _("Choose a time."),
            invalid_choice=_("This time has just been taken, or has passed. Choose another time."),
        ),
    )
    name = PlainTextField(
        label=_("Your name"), max_length=60, error_messages=errors(_("Enter your name."))
    )
    phone = MobileField(
        label=_("Mobile phone"),
        help_text=_("We send the confirmation and a reminder to this number by text message."),
        error_messages=errors(_("Enter your mobile number.")),
    )
    channel = forms.ChoiceField(
        label=_("Video or telephone?"),
        required=False,
        choices=[(Channel.VIDEO, Channel.VIDEO.label), (Channel.PHONE, Channel.PHONE.label)],
        widget=forms.RadioSelect,
        error_messages=errors(
            _("Choose video or telephone."),
            invalid_choice=_("Choose one of the options in the list."),
        ),
    )
    notes = PlainTextField(
        label=_("What would you like to talk about? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=errors(""),
    )

    def __init__(self, *args, slots, remote, **kwargs):
        super().__init__(*args, **kwargs)
        self.remote = remote
        self.fields["slot"].queryset = slots
        if not remote:
            del self.fields["channel"]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        fields = ["name", "phone", *(["channel"] if remote else []), "notes"]
        self.helper.layout = Layout(*fields, Div(HONEYPOT, hidden=""))

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"])
        if MARKUP.search(name):
            raise forms.ValidationError(
                _("Write your name without the signs < > { } [ ]."), code="markup"
            )
        return name

    def clean_channel(self):
        channel = self.cleaned_data.get("channel")
        if self.remote and not channel:
            raise forms.ValidationError(self.fields["channel"].error_messages["required"])
        return channel or Channel.IN_PERSON

    def clean_notes(self):
        return self.cleaned_data["notes"].strip()


class MoveForm(forms.Form):
    slot = forms.ModelChoiceField(
        label=_("New time"),
        queryset=Slot.objects.none(),
        widget=forms.RadioSelect,
        error_messages=errors(
            _("Choose a time."),
            invalid_choice=_("This time has just been taken, or has passed. Choose another time."),
        ),
    )

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = slots
