from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from regions.forms import TownshipChoiceField
from workers.records import WorkerRecordForm


class PlacementForm(WorkerRecordForm):
    workplace = TownshipChoiceField(label=_("workplace (township)"))

    def save(self, commit=True):
        if self.instance.pk is None:
            self.instance.recorded_by = self.for_user
        return super().save(commit)


class FollowUpForm(WagtailAdminModelForm):
    def save(self, commit=True):
        if self.instance.done_on is not None and self.instance.done_by is None:
            self.instance.done_by = self.for_user
        return super().save(commit)
