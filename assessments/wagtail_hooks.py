from wagtail import hooks

from assessments.views import assessment_viewset


@hooks.register("register_admin_viewset")
def register_assessment_viewset():
    return assessment_viewset


@hooks.register("register_admin_viewset")
def register_self_assessment_group():
    from assessments.self_admin import SelfAssessmentGroup

    return SelfAssessmentGroup()
