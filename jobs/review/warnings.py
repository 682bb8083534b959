"""What a job reviewer should look at twice before a job goes public (clause 6.3.1):
requirements that may be discriminatory, and wages below the Tibet minimum wage.

A warning is a question for the reviewer, not a verdict: a few limits are lawful for some work
(the state bars women from a few kinds of work; heavy work may justify an age limit). The
wordings are kept in two tables below, DISCRIMINATION and AGES. To catch a new wording add a row,
and add the phrase, with any lawful look-alike that must stay quiet, to tests/jobs/test_review.py.
"""

import html
import re

from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from jobs.choices import WageUnit
from jobs.models.wages import MinimumWage
from portal.dates import lhasa_today

SEX = "sex"
ETHNICITY = "ethnicity"
HUKOU = "hukou"
FAMILY = "family"
HEALTH = "health"
CHILD_LABOUR = "child_labour"
AGE_LIMIT = "age_limit"

REASONS = {
    # Employment Promotion Law art. 27; Law on the Protection of Women's Rights art. 43.
    SEX: _(
        "“%(text)s”: a requirement about sex. Unless the state bars women from the work, a job "
        "is open to men and women alike."
    ),
    # Employment Promotion Law art. 3 and 28.
    ETHNICITY: _(
        "“%(text)s”: a requirement about ethnicity. Workers of every ethnicity have an equal "
        "right to work."
    ),
    # Employment Promotion Law art. 31: no discriminatory limits on rural workers.
    HUKOU: _(
        "“%(text)s”: a requirement of local household registration (hukou). Workers from "
        "elsewhere, rural workers included, must not be shut out."
    ),
    # Law on the Protection of Women's Rights art. 43.
    FAMILY: _(
        "“%(text)s”: a requirement about marriage or children. Marriage, pregnancy and "
        "childbirth must not be conditions of hiring."
    ),
    # Employment Promotion Law art. 30.
    HEALTH: _(
        "“%(text)s”: carriers of hepatitis B or another infectious disease must not be turned "
        "away, except where the law says so."
    ),
    # Labour Law art. 15.
    CHILD_LABOUR: _("“%(text)s”: hiring anyone under 16 is child labour, which the law forbids."),
    AGE_LIMIT: _(
        "“%(text)s”: an upper age limit below retirement age may be age discrimination. Keep it "
        "only if the work truly needs it."
    ),
}

# Names of ethnic groups a posting might restrict to. A preference for minority workers is
# lawful (Employment Promotion Law art. 28 asks employers to give them due consideration), so
# 少数民族优先 is not listed.
ETHNIC_GROUP = r"(?:汉|藏|回|蒙古|维吾尔|满|壮|苗|彝|土家|门巴|珞巴|纳西)族"
# "Only" or "not wanted" after a Tibetan noun.
ONLY_BO = r"་?(?:ཁོ་ན|མི་དགོས)"
# The places a household registration may be required of.
LOCAL = r"(?:本地|本市|本县|本区|区内|当地|拉萨|西藏|城镇)(?:市|区|县|自治区)?"
# A refusal after a phrase: 勿扰, 免谈, 不要...
REFUSED = r"(?:者)?(?:勿扰|免谈|不要|不招|谢绝|不予录用)"

# (kind, regular expression), read in order; a phrase already matched by a row is not reported
# again by a later one. Lawful look-alikes that must not match are noted beside each kind.
DISCRIMINATION = [
    # Sex. Lawful: 男女不限, 性别不限, 不限男女, 子女优先 (children of ...), ཕོ་མོ་གང་རུང་།
    (SEX, r"(?<!不)(?:仅|只)?限(?:男|女)(?![男女])"),
    (SEX, r"(?:只|仅)(?:招|要|收)(?:男|女)"),
    (SEX, r"(?<![子儿男女])(?:男|女)(?:性|士|生|工)?(?:优先|勿扰|免谈)"),
    (SEX, r"(?:谢绝|不招|不要)(?:男|女)"),
    (SEX, r"性别(?:要求)?\s*[:：]\s*(?:男|女)(?![男女])"),
    (SEX, rf"(?:སྐྱེས་པ|བུད་མེད|བུ་མོ){ONLY_BO}"),
    # Ethnicity. Lawful: 民族不限, 不限民族, 少数民族优先, 懂藏语 (a language, not an ethnicity)
    (ETHNICITY, rf"(?<!不)(?:仅|只)?限{ETHNIC_GROUP}"),
    (ETHNICITY, rf"(?:只|仅)(?:招|要|收){ETHNIC_GROUP}"),
    (ETHNICITY, rf"(?:谢绝|不招|不要|非){ETHNIC_GROUP}"),
    (ETHNICITY, rf"{ETHNIC_GROUP}(?:人员)?(?:优先|勿扰|免谈)"),
    (ETHNICITY, rf"(?:བོད|རྒྱ|ཧུའེ)་རིགས{ONLY_BO}"),
    # Household registration. Lawful: 户籍不限, 不限本地户口, 携带户口本 (an identity paper),
    # 农村户籍返乡人员优先 (the returning workers this service is for).
    (HUKOU, rf"(?<!不限){LOCAL}(?:常住)?(?:户口|户籍)(?!不限|均可)"),
    (HUKOU, r"(?:ས་གནས|ལྷ་ས(?:འི)?|རང་ཁུལ)(?:་ཀྱི)?་ཐེམ་ཐོ"),
    # Marriage and children. Lawful: 生育保险 (maternity insurance), 婚假, 产假, 孕期保护.
    (FAMILY, r"未婚|未育|已婚已育|婚育情况"),
    (FAMILY, rf"(?:孕妇|怀孕){REFUSED}"),
    (FAMILY, r"(?:[一二两三四五\d]年内)?(?:不得|不能|不准)(?:结婚|怀孕|生育|生孩子|要孩子)"),
    (FAMILY, r"孕检|妊娠(?:测试|检查)"),
    (FAMILY, r"ཁྱིམ་ཐབ་མ་བྱས|གཉེན་སྒྲིག་མ་བྱས|སྦྲུམ་མ"),
    # Health. Lawful: 身体健康, 持健康证 (required by law for food work).
    (HEALTH, r"乙肝|乙型肝炎|两对半|澳抗|HBsAg|艾滋|HIV|མཆིན་ཚད"),
]

NUMBER = r"(?<!\d)(\d{1,2})(?!\d)"
DASH = r"\s*[-－–—~～至到]\s*"
# Ages a posting states, as (regular expression, what each number in it is). Ages are read in
# Arabic, full-width or Tibetan digits; ages written in Chinese numerals (三十五岁) are not.
AGES = [
    (rf"年龄\D{{0,4}}?{NUMBER}\s*周?岁?{DASH}{NUMBER}", ("from", "to")),
    (rf"{NUMBER}\s*周?岁?{DASH}{NUMBER}\s*周?岁", ("from", "to")),
    (rf"{NUMBER}\s*周?岁\s*(?:以下|以内|之内)", ("to",)),
    (rf"(?:不超过|不大于|不高于|不得超过|小于)\s*{NUMBER}\s*周?岁", ("to",)),
    (rf"{NUMBER}\s*周?岁\s*(?:及)?以上\s*{REFUSED}", ("to",)),
    (rf"{NUMBER}\s*周?岁\s*(?:及)?以上", ("from",)),
    (rf"(?:年满|满|不低于|不小于|不少于|大于)\s*{NUMBER}\s*周?岁", ("from",)),
    # ལོ་ཚད་ 18 ནས་ 35 བར། (aged 18 to 35), ལོ་ 35 མན་ཆད། (35 and under), ལོ་ 16 ཡན་ཆད། (16 and over)
    (rf"ལོ་(?:ཚད་|ན་)?\s*{NUMBER}\s*(?:ལོ་)?\s*ནས་?\s*{NUMBER}", ("from", "to")),
    (rf"ལོ་(?:ཚད་|ན་)?\s*{NUMBER}\s*(?:ལོ་)?\s*མན་", ("to",)),
    (rf"ལོ་(?:ཚད་|ན་)?\s*{NUMBER}\s*(?:ལོ་)?\s*ཡན་", ("from",)),
]
# Labour Law art. 15: no one under 16 may be hired.
WORKING_AGE = 16
# An upper limit of 60 or more, men's statutory retirement age before the gradual rise that
# began in 2025, only restates retirement.
RETIREMENT_AGE = 60

DIGITS = str.maketrans("༠༡༢༣༤༥༦༧༨༩０１２３４５６７８９", "0123456789" * 2)
TEXT_FIELDS = ["title", "summary", "working_hours", "description", "how_to_apply"]

_DISCRIMINATION = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in DISCRIMINATION]
_AGES = [(re.compile(pattern), bounds) for pattern, bounds in AGES]


def warnings_for(job):
    """Everything the reviewer of `job` should check, as messages in the active language."""
    return discrimination_warnings(job) + wage_warnings(job)


def posting_text(job):
    """The words of a posting, rich text as plain text, digits as ASCII digits."""
    parts = (html.unescape(strip_tags(getattr(job, name, "") or "")) for name in TEXT_FIELDS)
    return "\n".join(parts).translate(DIGITS)


def discrimination_warnings(job):
    text = posting_text(job)
    taken = []
    found = []

    def claim(match):
        """The match, unless a phrase reported before overlaps it."""
        start, end = match.span()
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            return None
        taken.append((start, end))
        return match.group().strip()

    for kind, pattern in _DISCRIMINATION:
        for match in pattern.finditer(text):
            if phrase := claim(match):
                found.append(REASONS[kind] % {"text": phrase})
    for pattern, bounds in _AGES:
        for match in pattern.finditer(text):
            ages = dict(zip(bounds, map(int, match.groups()), strict=True))
            # An upper limit of 16 or less speaks of children ("不招16周岁以下"), not of age.
            kinds = [CHILD_LABOUR] if ages.get("from", WORKING_AGE) < WORKING_AGE else []
            if WORKING_AGE < ages.get("to", RETIREMENT_AGE) < RETIREMENT_AGE:
                kinds.append(AGE_LIMIT)
            if kinds and (phrase := claim(match)):
                found.extend(REASONS[kind] % {"text": phrase} for kind in kinds)
    return found


def wage_warnings(job):
    """The wage against the Tibet minimum wage in force when the work starts (today, or the
    start date if later). Piece rates cannot be compared, so the reviewer gets the daily
    equivalent to check them against."""
    if job.wage_min is None:
        return []
    on = max(day for day in (lhasa_today(), job.start_date) if day)
    minimum = MinimumWage.objects.current(on)
    if minimum is None:
        return [
            gettext(
                "No Tibet minimum wage is recorded, so the wage was not checked. Add the rate in "
                "force under Minimum wages."
            )
        ]
    monthly, daily = yuan(minimum.monthly), yuan(minimum.daily())
    if job.wage_unit == WageUnit.MONTH and job.wage_min < minimum.monthly:
        return [
            gettext(
                "The wage starts at %(wage)s yuan a month, below the Tibet minimum wage of "
                "%(minimum)s yuan a month."
            )
            % {"wage": job.wage_min, "minimum": monthly}
        ]
    if job.wage_unit == WageUnit.DAY and job.wage_min < minimum.daily():
        return [
            gettext(
                "The wage starts at %(wage)s yuan a day, below the Tibet minimum wage of "
                "%(minimum)s yuan a day (%(monthly)s yuan a month over 21.75 days)."
            )
            % {"wage": job.wage_min, "minimum": daily, "monthly": monthly}
        ]
    if job.wage_unit == WageUnit.PIECE:
        return [
            gettext(
                "Paid per piece: check that a normal working day earns at least %(minimum)s yuan "
                "(the Tibet minimum wage of %(monthly)s yuan a month over 21.75 days)."
            )
            % {"minimum": daily, "monthly": monthly}
        ]
    return []


def yuan(amount):
    """1850.00 as 1850, 85.06 as 85.06."""
    return f"{amount:.2f}".removesuffix(".00")
