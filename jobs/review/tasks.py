"""The task of the job review workflow (clause 6.3.1).

Like Wagtail's group approval task, except that "Request changes" needs a reason. The reason is
kept as the task state's comment, written to the page's history and workflow history, and
mailed by Wagtail to the editor who submitted the job. A job from the public form has no
submitter in the admin: the employer reads the reason on the job's private status page, whose
signed link the thank-you page gave them (jobs/intake/status.py).

Built on AbstractGroupApprovalTask, the base Wagtail keeps for group approval tasks of one's
own; Wagtail's mail to the group and its dashboard treat it as a group approval task.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask


class ReasonForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Reason"),
        help_text=_("What must change before the job can go public. The submitter reads this."),
        widget=forms.Textarea({"rows": 3}),
        error_messages={
            "required": _("Give the reason, so that the submitter knows what to change.")
        },
    )


class JobReviewTask(AbstractGroupApprovalTask):
    class Meta:
        verbose_name = _("job review task")
        verbose_name_plural = _("job review tasks")

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve jobs; requesting changes needs a reason.")

    def get_form_for_action(self, action):
        if action == "reject":
            return ReasonForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The editor's own action menu posts what its modal collected without the form itself;
        # a rejection without its reason is refused whichever way it arrives.
        if action_name == "reject" and not kwargs.get("comment", "").strip():
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)
