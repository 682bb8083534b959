"""What changed between two versions of a plan (6.1.3: the plan is revised and tracked).

Steps are matched by what they say: a new version starts as a copy of the one before, so a step
with the same action in both is the same step, changed if its date or status moved; a reworded
step shows as one removed and one added.
"""

from dataclasses import dataclass

from careerplans.models import PARTS, PlanVersion


@dataclass
class Change:
    label: str
    before: object
    after: object


@dataclass
class StepChange:
    kind: str  # "added", "removed" or "changed"
    before: object = None
    after: object = None


def label(field_name):
    return PlanVersion._meta.get_field(field_name).verbose_name


def differences(older, newer):
    parts = [
        Change(label(part), getattr(older, part), getattr(newer, part))
        for part in PARTS
        if getattr(older, part) != getattr(newer, part)
    ]
    before = {step.what: step for step in older.steps.all()}
    after = {step.what: step for step in newer.steps.all()}
    steps = [
        StepChange("removed", before=step) for what, step in before.items() if what not in after
    ]
    for what, step in after.items():
        if what not in before:
            steps.append(StepChange("added", after=step))
        elif (before[what].due_on, before[what].status) != (step.due_on, step.status):
            steps.append(StepChange("changed", before=before[what], after=step))
    return {"parts": parts, "steps": steps}
