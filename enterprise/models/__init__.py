"""Entrepreneurship guidance (clauses 6.4, 4.4.1(3), 4.4.1(5)): the directory of support
resources, the workers' business projects with their feasibility checklist, business plan and
referrals, and the risk rules that score the checklist."""

from enterprise.models.projects import BudgetLine, BusinessProject, Referral
from enterprise.models.resources import SupportResource
from enterprise.models.rules import RiskRule

__all__ = ["BudgetLine", "BusinessProject", "Referral", "RiskRule", "SupportResource"]
