"""The staff roles of the service: one Django group each.

The groups and their permissions are created by data migrations (staff/migrations/); a part of
the service that adds records grants its permissions in a migration of its own.
"""

EDITORS = "编辑"
MODERATORS = "审核发布员"
TRANSLATORS = "翻译员"
JOB_REVIEWERS = "岗位审核员"
COUNSELLORS = "职业指导员"
COMPLAINT_OFFICERS = "投诉处理员"
SUPERVISORS = "主管"

ALL_ROLES = [
    EDITORS,
    MODERATORS,
    TRANSLATORS,
    JOB_REVIEWERS,
    COUNSELLORS,
    COMPLAINT_OFFICERS,
    SUPERVISORS,
]
